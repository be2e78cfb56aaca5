/**
 * Reads one critic's list, content/lists/<slug>.md: YAML front matter (title,
 * one line about it, the critic, dates, and the films in order, each a
 * review's slug and the critic's note), then its introduction in Markdown,
 * without spoilers. Which reviews and critics exist is checked against the
 * other files (read-content.ts).
 */
import type { Inline, Block } from '../../src/format/rich-text-schema';
import { reservedSlugProblem } from './critic-file';
import { fileNameProblem, normalised, readFrontMatter, type Position } from './front-matter-file';
import { listFrontMatterSchema, type ListFrontMatter } from './front-matter-schema';
import { parseBody, parseLine, type MarkdownProblem, type Prose } from './markdown-body';

/** A list as the publisher needs it: its front matter, its introduction and notes as rich text. */
export interface ListSource extends Omit<ListFrontMatter, 'items' | 'draft'> {
  slug: string;
  intro: Block[];
  items: { review: string; note: string | Inline[] }[];
}

export interface ListFile {
  slug: string;
  draft: boolean;
  list: ListSource | null;
  problems: MarkdownProblem[];
  /** Review slugs the introduction and notes link to, with where. */
  references: ({ slug: string } & Position)[];
  /** The critic's slug, and where, to check they have a file. */
  critic: ({ slug: string } & Position) | null;
  /** The films of the list: each review's slug, and where. */
  items: ({ slug: string } & Position)[];
}

export const LIST_INTRO: Prose = {
  subject: "a list's introduction",
  heading: 'the title is in the front matter',
  image: "images are not allowed in a list's introduction",
  empty: 'the list has no introduction: write a paragraph about it below the front matter',
  noSpoilers: "no spoiler marks in a list's introduction: it is shown in full (the reviews keep theirs)",
};

const NOTE: Prose = {
  ...LIST_INTRO,
  subject: 'a note',
  noSpoilers: 'no spoiler mark in a note: it is always shown in full',
};

export function readListFile(fileName: string, source: string): ListFile {
  const slug = fileName.replace(/\.md$/, '');
  const file: ListFile = { slug, draft: false, list: null, problems: [], references: [], critic: null, items: [] };
  const problem = ({ line, column }: Position, message: string) => file.problems.push({ line, column, message });
  const badName = fileNameProblem(slug, 'list', 'revenge-films.md') ?? reservedSlugProblem(slug, 'list');
  if (badName) problem({ line: 1, column: 1 }, badName);

  const front = readFrontMatter(normalised(source), listFrontMatterSchema, 'a list');
  file.problems.push(...front.problems);
  if (!front.body) return file;
  const intro = parseBody(front.body.text, LIST_INTRO);
  const inFile = <T extends Position>(found: T): T => ({ ...found, line: found.line + front.body!.line - 1 });
  file.problems.push(...intro.problems.map(inFile));
  file.references.push(...intro.links.map(inFile));
  const output = front.output;
  if (!output) return file;

  file.draft = output.draft;
  file.critic = { slug: output.critic, ...front.at(['critic']) };
  const seen = new Map<string, number>();
  const items = output.items.map(({ review, note }, index) => {
    const at = front.at(['items', index, 'review']);
    const earlier = seen.get(review);
    if (earlier !== undefined)
      problem(at, `items.${index}.review: ${review} is on this list already, as number ${earlier + 1}`);
    else seen.set(review, index);
    file.items.push({ slug: review, ...at });
    const noteAt = front.at(['items', index, 'note']);
    const line = parseLine(note, NOTE);
    for (const found of line.problems) problem(noteAt, `items.${index}.note: ${found.message}`);
    file.references.push(...line.links.map((link) => ({ ...link, ...noteAt })));
    // A note that is plain words stays a plain string, as a verdict does.
    return {
      review,
      note: line.content.length === 1 && typeof line.content[0] === 'string' ? line.content[0] : line.content,
    };
  });
  if (file.problems.length) return file;
  const { title, standfirst, critic, published, updated } = output;
  file.list = { slug, title, standfirst, critic, published, ...(updated && { updated }), intro: intro.content, items };
  return file;
}
