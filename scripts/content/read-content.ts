/**
 * Reads every review file in a folder and checks it, alone and against the
 * others (mentions and links must name reviews that will be published), with
 * what sits beside that folder: the critics (critics/<slug>.md, whom every
 * review's `author` must name), their lists (lists/<slug>.md) and the names
 * several people share (people.yml); each review's lead image (a picture
 * file, measured).
 * Checks the API they make (every file within the size the app reads).
 * Returns the content, its API and its images, ready to write, or every
 * problem in every file. A review without a picture is published without a
 * lead image: the app draws its film's cover (title-cover.tsx).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { closest, distance } from 'fastest-levenshtein';
import { MAX_IMAGE_BYTES } from '../../src/format/limits';
import type { Review } from '../../src/format/review-schema';
import { ImageProblem, inspectImage, publishedImage, type PendingImage } from '../images/lead-images';
import { personSlug } from '../lib/person-slug';
import { ROOT } from '../lib/project-paths';
import { buildArchive, type Archive } from '../lib/publish-archive';
import type { CriticSource, ListSource } from '../lib/publish-directory';
import { archiveSizeProblems, type SizeLimits } from './archive-limits';
import { readCriticFile } from './critic-file';
import type { Position } from './front-matter-file';
import { readListFile } from './list-file';
import type { MarkdownProblem } from './markdown-body';
import { parseCache, stampOf } from './parse-cache';
import { parseMissing } from './parse-in-parallel';
import { readPeopleFile, type PeopleFile } from './people-file';
import { byPosition, formatSize, type Problem } from './problems';
import { readReviewFile, type ImageFile, type ReviewFile } from './review-file';

/** The folder beside the reviews that holds their pictures: not a review. */
export const IMAGES_FOLDER = 'images';

export interface Content {
  reviews: Review[];
  critics: CriticSource[];
  /** The lists published in this build. */
  lists: ListSource[];
  /** The API of this content, to write (publish-archive.ts) when there is no problem. */
  archive: Archive;
  problems: Problem[];
  /** Drafts left out of this build: reviews by slug, lists as lists/<slug>. */
  drafts: string[];
  /** The lead images of the reviews, to encode into the API's images/ (lead-images.ts, publishImages). */
  images: PendingImage[];
}

/** Where a site's content is, from its folder of reviews: the critics, lists and shared names are beside it. */
export function contentFolders(reviews: string) {
  const root = dirname(reviews);
  return { reviews, critics: join(root, 'critics'), lists: join(root, 'lists'), people: join(root, 'people.yml') };
}

/** A file of a folder as read: its name from the repository, and what its reader made of it. */
type Read<T> = T & { file: string; problems: MarkdownProblem[] };

/** The names in a folder of content files, sorted: every file but hidden ones, and the images folder. */
function folderNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && !(name === IMAGES_FOLDER && statSync(join(dir, name)).isDirectory()))
    .sort();
}

/** Each Markdown file of a folder by name, with its stamp (parse-cache.ts); none for one that cannot be read. */
function markdownStamps(dir: string): Map<string, string> {
  return new Map(
    folderNames(dir).flatMap((name) => {
      const stats = name.endsWith('.md') ? statSync(join(dir, name), { throwIfNoEntry: false }) : undefined;
      return stats?.isFile() ? [[name, stampOf(stats)] as const] : [];
    }),
  );
}

/**
 * The text of each Markdown file of a folder that can be read, by name
 * (readFolder reports the others), of those `wanted` names.
 */
function markdownSources(dir: string, wanted: (name: string) => boolean): Map<string, string> {
  return new Map(
    folderNames(dir).flatMap((name) => {
      if (!name.endsWith('.md') || !wanted(name)) return [];
      try {
        return [[name, readFileSync(join(dir, name), 'utf8')] as const];
      } catch {
        return [];
      }
    }),
  );
}

/**
 * Every Markdown file of a folder (none if there is no folder), each read by
 * `read`, given the file's text when it asks; anything else is a problem.
 * `sources`: the files' text, when it has been read already.
 */
function readFolder<T extends { problems: MarkdownProblem[] }>(
  dir: string,
  what: string,
  read: (name: string, source: () => string) => T,
  problems: Problem[],
  sources?: ReadonlyMap<string, string>,
): Read<T>[] {
  if (what !== 'review' && !existsSync(dir)) return [];
  return folderNames(dir).flatMap((name) => {
    const file = relative(ROOT, join(dir, name));
    if (!name.endsWith('.md')) {
      problems.push({
        file,
        line: 1,
        column: 1,
        message: `not a ${what}: ${what}s are Markdown files named <slug>.md`,
      });
      return [];
    }
    let found: T;
    try {
      found = read(name, () => sources?.get(name) ?? readFileSync(join(dir, name), 'utf8'));
    } catch (error) {
      // One file the checker cannot cope with (unreadable, or a fault of the checker) is that file's problem.
      problems.push({ file, line: 1, column: 1, message: `this file could not be checked: ${String(error)}` });
      return [];
    }
    problems.push(...found.problems.map((problem) => ({ file, ...problem })));
    return [{ ...found, file }];
  });
}

/**
 * `drafts`: publish drafts too (npm run dev). `sizeLimits`: the most bytes of
 * some kinds of published file, smaller than the app's when a test needs it.
 * `cacheDir`: where the readings of review files are kept between runs
 * (parse-cache.ts); none by default, so a test always runs the checker itself.
 */
export async function readContent(
  dir: string,
  {
    drafts = false,
    sizeLimits,
    cacheDir,
  }: { drafts?: boolean; sizeLimits?: Partial<SizeLimits>; cacheDir?: string } = {},
): Promise<Content> {
  const folders = contentFolders(dir);
  const problems: Problem[] = [];
  const at = (file: string, { line, column }: Position, message: string) =>
    problems.push({ file, line, column, message });
  const cache = cacheDir === undefined ? null : parseCache(cacheDir);
  // With a cache, only the files it cannot vouch for by their stamp are read (all, the first time), those it
  // lacks on every core first; then each is found there.
  const stamps = cache ? markdownStamps(dir) : new Map<string, string>();
  const sources = cache ? markdownSources(dir, (name) => !cache.knows(name, stamps.get(name))) : undefined;
  if (cache && sources) await parseMissing(cache, [...sources]);
  const files = readFolder(
    dir,
    'review',
    cache ? cache.cached(readReviewFile, stamps) : whole(readReviewFile),
    problems,
    sources,
  );
  cache?.save();
  const criticFiles = readFolder(folders.critics, 'critic', whole(readCriticFile), problems);
  const listFiles = readFolder(folders.lists, 'list', whole(readListFile), problems);
  const people = readPeople(folders.people, problems);

  const published = files.filter((file) => drafts || !file.draft);
  const slugs = new Set(published.map((file) => file.slug));
  /** Links and mentions must name a review of this build. */
  const checkReferences = (file: string, references: readonly ({ slug: string } & Position)[]) => {
    for (const reference of references) {
      if (slugs.has(reference.slug)) continue;
      at(file, reference, missingReview(reference.slug, files, dir));
    }
  };
  // A critic whose file has a problem still exists: their reviews are not told otherwise.
  const criticSlugs = criticFiles.map((file) => file.slug);
  const critics = criticFiles.flatMap((file) => (file.critic ? [file.critic] : []));
  const names = new Map(critics.map((critic) => [critic.slug, critic.name]));
  const checkCritic = (file: string, critic: ({ slug: string } & Position) | null, key: string) => {
    if (critic && !criticSlugs.includes(critic.slug))
      at(file, critic, noCritic(key, critic.slug, criticSlugs, folders.critics));
  };

  for (const file of published) checkReferences(file.file, file.references);
  for (const file of criticFiles) checkReferences(file.file, file.references);
  const images: PendingImage[] = [];
  for (const file of published) {
    if (!file.review) continue;
    const found = await leadImage(dir, file.imageFile);
    if (typeof found === 'string') {
      problems.push({ file: file.file, line: file.imageFile!.line, column: file.imageFile!.column, message: found });
    } else if (found) {
      file.review.image = found.image;
      images.push(found.pending);
    }
  }
  const reviews = published.flatMap((file) => {
    checkCritic(file.file, file.author, 'author');
    const pages = peoplePages(file, people, (where, message) => at(file.file, where, message));
    if (!file.review) return [];
    const author = { name: names.get(file.author!.slug) ?? file.review.author.name, slug: file.author!.slug };
    return [{ ...file.review, author, film: { ...file.review.film, people: pages } }];
  });

  const publishedLists = listFiles.filter((file) => drafts || !file.draft);
  for (const file of listFiles) {
    checkCritic(file.file, file.critic, 'critic');
    const isPublished = publishedLists.includes(file);
    if (isPublished) checkReferences(file.file, file.references);
    file.items.forEach((item, index) => {
      // A draft list may hold draft reviews: it is published with them, or not at all.
      if (slugs.has(item.slug) || (!isPublished && files.some((other) => other.slug === item.slug))) return;
      at(file.file, item, `items.${index}.review: ${missingReview(item.slug, files, dir)}`);
    });
  }
  const lists = publishedLists.flatMap((file) => (file.list ? [file.list] : []));

  const about = new Map([...people.names.values()].flatMap((shared) => [...shared.people]));
  const words = new Map(published.flatMap((file) => (file.words ? [[file.slug, file.words] as const] : [])));
  const archive = buildArchive(reviews, { critics, lists, about }, { words });
  for (const { slug, source, message } of archiveSizeProblems(archive, sizeLimits)) {
    const file = (source === 'list' ? listFiles : published).find((candidate) => candidate.slug === slug)!.file;
    problems.push({ file, line: 1, column: 1, message });
  }
  return {
    reviews,
    critics,
    lists,
    archive,
    problems: problems.sort(byPosition),
    drafts: [
      ...files.filter((file) => file.draft && !drafts).map((file) => file.slug),
      ...listFiles.filter((file) => file.draft && !drafts).map((file) => `lists/${file.slug}`),
    ],
    images,
  };
}

/**
 * A review's picture file, measured and checked (or why it cannot be one);
 * nothing for a review without one, or with an image at an address, which is
 * published as the critic gave it.
 */
async function leadImage(
  dir: string,
  imageFile: ImageFile | undefined,
): Promise<string | { image: Review['image']; pending: PendingImage } | undefined> {
  if (!imageFile) return undefined;
  const path = join(dir, imageFile.file);
  const shown = relative(ROOT, path);
  if (!existsSync(path) || !statSync(path).isFile()) return `image.file: there is no file ${shown}`;
  const { size } = statSync(path);
  if (size > MAX_IMAGE_BYTES) {
    return `image.file: ${imageFile.file} is ${formatSize(size)}: at most ${formatSize(MAX_IMAGE_BYTES)}; make it smaller`;
  }
  try {
    const info = await inspectImage(readFileSync(path));
    return { image: publishedImage(info, imageFile), pending: { info, original: () => readFile(path) } };
  } catch (error) {
    if (error instanceof ImageProblem) return `image.file: ${imageFile.file} ${error.message}`;
    throw error;
  }
}

/** A reader of a file's text, for readFolder, which gives the text when asked. */
const whole =
  <T>(read: (name: string, source: string) => T) =>
  (name: string, source: () => string) =>
    read(name, source());

/** people.yml beside the reviews, or no shared names when there is none. */
function readPeople(file: string, problems: Problem[]): PeopleFile {
  if (!existsSync(file)) return { names: new Map(), problems: [] };
  const people = readPeopleFile(readFileSync(file, 'utf8'));
  problems.push(...people.problems.map((problem) => ({ file: relative(ROOT, file), ...problem })));
  return people;
}

/** Why a review named by a link, a mention or a list is not in this build. */
function missingReview(slug: string, files: readonly ReviewFile[], dir: string): string {
  return files.some((file) => file.slug === slug)
    ? `/reviews/${slug} is a draft: it is not published in this build`
    : `there is no review /reviews/${slug} (${relative(ROOT, join(dir, slug))}.md)`;
}

/** A critic's slug with no file, with the likeliest one meant. */
function noCritic(key: string, slug: string, known: readonly string[], dir: string): string {
  const guess = known.length ? closest(slug, [...known]) : '';
  const hint = guess && distance(slug, guess) <= Math.max(2, guess.length / 3) ? ` — did you mean ${guess}?` : '';
  return `${key}: there is no critic ${slug} (${relative(ROOT, join(dir, slug))}.md)${hint}`;
}

/**
 * The page of each person a review names (its `film.people`): their name
 * folded, or, for a name several people share (people.yml), the one its
 * `person:` says. Reports a shared name without `person:`, a `person:` that
 * is not one of that name's, and a name whose page people.yml gives away.
 */
function peoplePages(
  file: ReviewFile,
  people: PeopleFile,
  problem: (where: Position, message: string) => void,
): Record<string, string> {
  const pages = new Map<string, string>();
  const given = new Map(
    [...people.names.values()].flatMap((shared) => [...shared.people.keys()].map((slug) => [slug, shared.name])),
  );
  for (const named of file.people) {
    const fallback = personSlug(named.name);
    const shared = people.names.get(fallback);
    let slug = fallback;
    if (named.person) {
      if (!shared) {
        problem(
          named,
          `person: no one else is named ${named.name} in people.yml: remove person:, or add the name there with each person who has it`,
        );
      } else if (!shared.people.has(named.person)) {
        problem(
          named,
          `person: ${named.person} is not one of the people named ${shared.name} in people.yml (${[...shared.people.keys()].join(', ')})`,
        );
      } else slug = named.person;
    } else if (shared) {
      const choices = [...shared.people].map(([choice, who]) => `${choice} (${who})`).join(', ');
      problem(
        named,
        `${named.name} is the name of ${shared.people.size} people in people.yml: say which with person: ${choices}`,
      );
    } else if (given.has(fallback)) {
      problem(
        named,
        `${named.name} would have the page /people/${fallback}, which people.yml gives to one of the people named ${given.get(fallback)}: add ${named.name} there too`,
      );
    }
    const earlier = pages.get(named.name);
    if (earlier !== undefined && earlier !== slug) {
      problem(named, `two different people named ${named.name} in one film: a review can link to one of them only`);
    } else pages.set(named.name, slug);
  }
  return Object.fromEntries(pages);
}
