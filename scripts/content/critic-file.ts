/**
 * Reads one critic's file, content/critics/<slug>.md: YAML front matter (name,
 * one line about them, their links), then their biography in Markdown, the
 * same subset as a review's body without spoilers. The file's name is the
 * critic's slug: reviews name it as their `author`, lists as their `critic`.
 */
import { RESERVED_SLUG } from '../../src/format/archive-layout';
import type { Block } from '../../src/format/rich-text-schema';
import { fileNameProblem, normalised, readFrontMatter, type Position } from './front-matter-file';
import { criticFrontMatterSchema, type CriticFrontMatter } from './front-matter-schema';
import { parseBody, type MarkdownProblem, type Prose } from './markdown-body';

/** A critic as the publisher needs them: their front matter and their biography as rich text. */
export interface CriticSource extends CriticFrontMatter {
  slug: string;
  bio: Block[];
}

export interface CriticFile {
  slug: string;
  critic: CriticSource | null;
  problems: MarkdownProblem[];
  /** Review slugs the biography links to, with where, to check they exist. */
  references: ({ slug: string } & Position)[];
}

export const BIOGRAPHY: Prose = {
  subject: "a critic's biography",
  heading: "the critic's name is in the front matter",
  image: 'images are not allowed in a biography',
  empty: 'the critic has no biography: write a paragraph or two about them below the front matter',
  noSpoilers: 'no spoiler marks in a biography: it is shown in full',
};

/** A slug no critic or list can have (their folder's index file has it), as a problem, or null. */
export function reservedSlugProblem(slug: string, what: string): string | null {
  return slug === RESERVED_SLUG
    ? `a ${what} cannot be named ${RESERVED_SLUG}.md: the index of every ${what} has that name`
    : null;
}

export function readCriticFile(fileName: string, source: string): CriticFile {
  const slug = fileName.replace(/\.md$/, '');
  const file: CriticFile = { slug, critic: null, problems: [], references: [] };
  const badName = fileNameProblem(slug, 'critic', 'daniel-okafor.md') ?? reservedSlugProblem(slug, 'critic');
  if (badName) file.problems.push({ line: 1, column: 1, message: badName });

  const front = readFrontMatter(normalised(source), criticFrontMatterSchema, "a critic's file");
  file.problems.push(...front.problems);
  if (!front.body) return file;
  const bio = parseBody(front.body.text, BIOGRAPHY);
  const inFile = <T extends Position>(found: T): T => ({ ...found, line: found.line + front.body!.line - 1 });
  file.problems.push(...bio.problems.map(inFile));
  file.references.push(...bio.links.map(inFile));
  if (front.output && !file.problems.length) file.critic = { slug, ...front.output, bio: bio.content };
  return file;
}
