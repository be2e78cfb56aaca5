/**
 * Reads one review file, content/reviews/<slug>.md: YAML front matter
 * between `---` lines, then the Markdown body. Returns the review in the
 * published format, or every problem found in it, each at its line and column.
 */
import * as v from 'valibot';
import { SLUG_PATTERN } from '../../src/format/limits';
import { reviewSchema, type Review } from '../../src/format/review-schema';
import { reviewText, wordCounts } from '../../src/format/text-index';
import { fileNameProblem, normalised, readFrontMatter, type Position } from './front-matter-file';
import { frontMatterSchema, type FrontMatter } from './front-matter-schema';
import { parseBody, parseLine, type MarkdownProblem } from './markdown-body';
import { placeProblems } from './place-problems';

/** A person a review names, where, and which person of that name it means (`person:`, content/people.yml). */
export interface NamedPerson extends Position {
  name: string;
  person?: string;
}

export interface ReviewFile {
  slug: string;
  draft: boolean;
  /** As published but for what other files give (read-content.ts): the author's name and the people's pages. */
  review: Review | null;
  problems: MarkdownProblem[];
  /** Review slugs this file points to (mentions and links), with where, to check they exist. */
  references: { slug: string; line: number; column: number }[];
  /** The critic's slug as written, and where, to check a critic's file has it. */
  author: ({ slug: string } & Position) | null;
  /** The directors and cast, with where each is named. */
  people: NamedPerson[];
  /** The lead image's file, to read and check (read-content.ts): the review is published with it. */
  imageFile?: ImageFile;
  /**
   * Each word of the review's text the full-text index holds, with how often
   * it occurs (src/format/text-index.ts): counted here, so that the parse
   * cache keeps the counts and a build after one edit counts one review's.
   */
  words?: [word: string, count: number][];
}

/** A lead image given as a file, relative to the reviews' folder, and where the file names it. */
export interface ImageFile {
  file: string;
  alt: string;
  credit?: string;
  line: number;
  column: number;
}

const SPOILER_MARK = /:spoiler\[|:::spoiler/;

export function readReviewFile(fileName: string, source: string): ReviewFile {
  const slug = fileName.replace(/\.md$/, '');
  const file: ReviewFile = { slug, draft: false, review: null, problems: [], references: [], author: null, people: [] };
  const problem = ({ line, column }: Position, message: string) => file.problems.push({ line, column, message });
  const badName = fileNameProblem(slug, 'review', 'ballerina-2023.md');
  if (badName) problem({ line: 1, column: 1 }, badName);

  const front = readFrontMatter(normalised(source), frontMatterSchema, 'a review');
  file.problems.push(...front.problems);
  if (!front.body) return file;
  // The body is checked whatever the front matter holds, so one run reports every mistake.
  const body = parseBody(front.body.text);
  const inFile = <T extends Position>(found: T): T => ({ ...found, line: found.line + front.body!.line - 1 });
  const bodyProblems = body.problems.map(inFile);
  file.references.push(...body.links.map(inFile));
  const data = front.data;
  if (!data) {
    file.problems.push(...bodyProblems);
    return file;
  }
  for (const key of ['headline', 'standfirst'] as const) {
    const value = data[key];
    if (typeof value === 'string' && SPOILER_MARK.test(value)) {
      problem(
        front.at([key]),
        `${key}: no spoilers here: it is shown on cards, in search results and in link previews`,
      );
    }
  }

  file.problems.push(...bodyProblems);

  const verdictAt = front.at(['verdict']);
  const verdict = parseLine(typeof data.verdict === 'string' ? data.verdict : '');
  if (typeof data.verdict === 'string') {
    for (const found of verdict.problems) problem(verdictAt, `verdict: ${found.message}`);
    file.references.push(...verdict.links.map((link) => ({ ...link, ...verdictAt })));
  }
  if (Array.isArray(data.mentions)) {
    data.mentions.forEach((mention: unknown, index) => {
      const slug = (mention as { slug?: unknown } | null)?.slug;
      // A slug that is not one is reported by the schema; only well-formed ones are looked up.
      if (typeof slug === 'string' && SLUG_PATTERN.test(slug)) {
        file.references.push({ slug, ...front.at(['mentions', index, 'slug']) });
      }
    });
  }
  const output = front.output;
  if (!output) return file;
  file.draft = output.draft;
  file.author = { slug: output.author, ...front.at(['author']) };
  output.film.directors.forEach((director, index) => {
    const named = typeof director === 'string' ? { name: director } : director;
    file.people.push({ ...named, ...front.at(['film', 'directors', index]) });
  });
  output.film.cast.forEach(({ name, person }, index) => {
    file.people.push({ name, ...(person && { person }), ...front.at(['film', 'cast', index]) });
  });
  file.problems.push(...placeProblems(output.film, front.at));
  if (file.problems.length) return file;
  if (output.image?.file) {
    const { file: path, alt, credit } = output.image;
    file.imageFile = { file: path, alt, credit, ...front.at(['image', 'file']) };
  }

  const review = v.safeParse(reviewSchema, toPublished(slug, output, body.content, verdict.content));
  if (review.success) {
    file.review = review.output;
    file.words = [...wordCounts(reviewText(review.output))];
  } else problem({ line: 1, column: 1 }, `the review cannot be published: ${v.summarize(review.issues)}`);
  return file;
}

/** The front matter and body as the published review (format v2). */
function toPublished(slug: string, front: FrontMatter, body: unknown[], verdict: unknown[]): unknown {
  const { author, film, watch, mentions, updated, spoilers, headline, standfirst, rating, published } = front;
  // A verdict that is plain words stays a plain string.
  const plainVerdict = verdict.length === 1 && typeof verdict[0] === 'string' ? verdict[0] : verdict;
  // Which person a name means is published as the film's `people` (read-content.ts), not beside each name.
  const directors = film.directors.map((director) => (typeof director === 'string' ? director : director.name));
  const cast = film.cast.map(({ name, character }) => ({ name, ...(character && { character }) }));
  // An image file is published once it has been read (read-content.ts); one at an address, as given.
  const { url, width, height, alt, credit } = front.image ?? {};
  const image = url ? { url, width, height, alt, ...(credit && { credit }) } : undefined;
  return {
    ...{ version: 2, slug, headline, standfirst, rating, author: { name: author, slug: author }, published, updated },
    ...{ spoilers, film: { ...film, directors, cast }, watch, mentions, body, verdict: plainVerdict, image },
  };
}
