/**
 * Reads one review file, content/reviews/<slug>.md: YAML front matter
 * between `---` lines, then the Markdown body. Returns the review in the
 * published format, or every problem found in it, each at its line and column.
 */
import { closest, distance } from 'fastest-levenshtein';
import * as v from 'valibot';
import { isMap, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../../src/features/reviews/format/limits';
import { reviewSchema, type Review } from '../../src/features/reviews/format/review-schema';
import { frontMatterSchema, type FrontMatter } from './front-matter-schema';
import { parseBody, parseLine, type MarkdownProblem } from './markdown-body';
import { count } from './problems';
import { fileProblem } from './source-guard';

export interface ReviewFile {
  slug: string;
  draft: boolean;
  review: Review | null;
  problems: MarkdownProblem[];
  /** Review slugs this file points to (mentions and links), with where, to check they exist. */
  references: { slug: string; line: number; column: number }[];
  /** The lead image's file, to read and check (read-content.ts): the review is published with it. */
  imageFile?: ImageFile;
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

/** What usually causes YAML's errors in front matter, and the fix. */
const YAML_HINTS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: ' (a value with a colon and a space in it goes in quotes: "Ballerina: a review"; or check the indentation)',
  UNEXPECTED_TOKEN: ' (a value that starts with a quote, *, [ or { must be quoted as a whole: "*Great* film")',
  BAD_SCALAR_START: ' (a value that starts with @, ` or % goes in quotes)',
  DUPLICATE_KEY: ' (this key is given twice: keep one)',
  BAD_INDENT: ' (indent with spaces, each level by the same amount)',
  TAB_AS_INDENT: ' (indent with spaces, not tabs)',
  MULTILINE_IMPLICIT_KEY: ' (each field is a name, a colon, a space and its value: "author: Daniel Okafor")',
  MISSING_CHAR: ' (each field is a name, a colon, a space and its value: "author: Daniel Okafor")',
};

/** Valibot's messages, said for a critic where its own would puzzle ("Expected !0 but received 0"). */
function authorMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'non_empty' && typeof issue.input === 'string') return 'Invalid text: it is empty';
  if (issue.type === 'iso_date') return 'Invalid date: write it as YYYY-MM-DD, e.g. 2023-10-09';
  if (issue.type === 'max_length' && typeof issue.input === 'string') {
    return `too long: ${count(issue.input.length)} characters, at most ${count(issue.requirement as number)}`;
  }
  if (issue.type === 'regex' && issue.requirement === SLUG_PATTERN) {
    return 'Invalid slug: lowercase letters, digits and single hyphens, like taken-2008';
  }
  return issue.message;
}

export function readReviewFile(fileName: string, source: string): ReviewFile {
  const slug = fileName.replace(/\.md$/, '');
  const file: ReviewFile = { slug, draft: false, review: null, problems: [], references: [] };
  const problem = (line: number, column: number, message: string) => file.problems.push({ line, column, message });
  if (!SLUG_PATTERN.test(slug) || slug.length > MAX_SLUG_LENGTH) {
    problem(1, 1, `the file name is the review's address: use lowercase letters, digits and single hyphens, like ballerina-2023.md`);
  }

  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // A file too large to read quickly is not read at all.
  const tooLarge = fileProblem(text);
  if (tooLarge) {
    file.problems.push(tooLarge);
    return file;
  }
  const match = /^---\n([\s\S]*?)\n?^---[ \t]*$\n?/m.exec(text);
  if (!text.startsWith('---\n') || !match) {
    problem(1, 1, 'a review starts with its front matter between two lines of ---, then the Markdown body');
    return file;
  }
  const yaml = match[1]!;
  const bodyLine = match[0].split('\n').length; // after the opening ---, the YAML (maybe none) and the closing ---
  const document = parseDocument(yaml, { uniqueKeys: true, prettyErrors: false });
  // Positions inside the YAML, as lines of the file (the YAML starts on line 2).
  const position = positionsIn(yaml);
  const at = (offset: number | undefined) => {
    const { line, column } = position(offset ?? 0);
    return { line: line + 1, column };
  };
  // The body is checked whatever the front matter holds, so one run reports every mistake.
  const body = parseBody(text.slice(match[0].length));
  const bodyProblems = body.problems.map((found) => ({ ...found, line: found.line + bodyLine - 1 }));
  file.references.push(...body.links.map((link) => ({ ...link, line: link.line + bodyLine - 1 })));

  for (const error of document.errors) {
    const { line, column } = at(error.pos[0]);
    problem(line, column, `YAML: ${error.message.split('\n')[0]}${YAML_HINTS[error.code] ?? ''}`);
  }
  // Valid YAML that does not say what a critic meant: *word is an alias (and cannot be read), a # a comment.
  visit(document, {
    Alias(_, node) {
      const { line, column } = at(node.range?.[0]);
      problem(line, column, `a value that starts with * is read as a YAML alias: put the whole value in quotes, "*${node.source}…"`);
    },
  });
  if (!document.errors.length && !isMap(document.contents)) {
    problem(2, 1, 'the front matter must be a list of fields, such as `headline: …`');
  }
  if (file.problems.length) {
    file.problems.push(...bodyProblems);
    return file;
  }
  const data = document.toJS() as Record<string, unknown>;
  visit(document, {
    Scalar(_, node) {
      if (typeof node.value !== 'string' || !node.comment) return;
      const { line, column } = at(node.range?.[0]);
      problem(line, column, `the words after " #" were read as a YAML comment: put the whole value in quotes`);
    },
  });
  for (const unknownKey of unknownKeys(frontMatterSchema, document.contents as Node, [])) {
    const { line, column } = at(unknownKey.node.range?.[0]);
    const guess = closest(unknownKey.key, unknownKey.known);
    const hint = distance(unknownKey.key, guess) <= Math.max(2, guess.length / 3) ? ` — did you mean "${guess}"?` : '';
    problem(line, column, `unknown key "${unknownKey.path}"${hint} (known here: ${unknownKey.known.join(', ')})`);
  }
  // One message per field: its first problem, the one to fix first.
  const result = v.safeParse(frontMatterSchema, data, { abortPipeEarly: true });
  if (!result.success) {
    for (const issue of result.issues) {
      const path = issue.path?.map((item) => item.key as string | number) ?? [];
      const { line, column } = at(positionOf(document, path));
      const where = path.join('.');
      const missing = issue.input === undefined && path.length > 0;
      problem(line, column, missing ? `missing "${where}"` : `${where ? `${where}: ` : ''}${authorMessage(issue)}`);
    }
  }
  for (const key of ['headline', 'standfirst'] as const) {
    const value = data[key];
    if (typeof value === 'string' && SPOILER_MARK.test(value)) {
      const { line, column } = at(positionOf(document, [key]));
      problem(line, column, `${key}: no spoilers here: it is shown on cards, in search results and in link previews`);
    }
  }

  file.problems.push(...bodyProblems);

  const verdictAt = at(positionOf(document, ['verdict']));
  const verdict = parseLine(typeof data.verdict === 'string' ? data.verdict : '');
  if (typeof data.verdict === 'string') {
    for (const found of verdict.problems) problem(verdictAt.line, verdictAt.column, `verdict: ${found.message}`);
    file.references.push(...verdict.links.map((link) => ({ ...link, ...verdictAt })));
  }
  if (Array.isArray(data.mentions)) {
    data.mentions.forEach((mention: unknown, index) => {
      const slug = (mention as { slug?: unknown } | null)?.slug;
      // A slug that is not one is reported by the schema; only well-formed ones are looked up.
      if (typeof slug === 'string' && SLUG_PATTERN.test(slug)) file.references.push({ slug, ...at(positionOf(document, ['mentions', index, 'slug'])) });
    });
  }
  if (!result.success) return file;
  const front = result.output;
  file.draft = front.draft;
  if (file.problems.length) return file;
  if (front.image?.file) {
    const { file: path, alt, credit } = front.image;
    file.imageFile = { file: path, alt, credit, ...at(positionOf(document, ['image', 'file'])) };
  }

  const review = v.safeParse(reviewSchema, toPublished(slug, front, body.content, verdict.content));
  if (review.success) file.review = review.output;
  else problem(1, 1, `the review cannot be published: ${v.summarize(review.issues)}`);
  return file;
}

/**
 * The line and column (from 1) of an offset in a text. YAML's own LineCounter
 * misses the lines inside a token it could not parse, and then points past
 * the end of a line.
 */
function positionsIn(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    // The last line starting at or before the offset.
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

/** The front matter and body as the published review (format v2). */
function toPublished(slug: string, front: FrontMatter, body: unknown[], verdict: unknown[]): unknown {
  const { author, film, watch, mentions, updated, spoilers, headline, standfirst, rating, published } = front;
  // A verdict that is plain words stays a plain string.
  const plainVerdict = verdict.length === 1 && typeof verdict[0] === 'string' ? verdict[0] : verdict;
  // An image file is published once it has been read (read-content.ts); one at an address, as given.
  const { url, width, height, alt, credit } = front.image ?? {};
  const image = url ? { url, width, height, alt, ...(credit && { credit }) } : undefined;
  return {
    ...{ version: 2, slug, headline, standfirst, rating, author: { name: author }, published, updated, spoilers },
    ...{ film, watch, mentions, body, verdict: plainVerdict, image },
  };
}

interface UnknownKey {
  key: string;
  path: string;
  node: Node;
  known: string[];
}

/** Keys the schema does not have, anywhere in the front matter: a typo must not be silently ignored. */
function unknownKeys(schema: v.GenericSchema, node: unknown, path: (string | number)[]): UnknownKey[] {
  const shape = unwrap(schema);
  if (shape.type === 'object' && isMap(node)) {
    const entries = (shape as unknown as { entries: Record<string, v.GenericSchema> }).entries;
    const known = Object.keys(entries);
    return node.items.flatMap((pair) => {
      const key = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
      const keyPath = [...path, key];
      const entry = Object.hasOwn(entries, key) ? entries[key] : undefined;
      if (!entry) return [{ key, path: keyPath.join('.'), node: pair.key as Node, known }];
      return unknownKeys(entry, pair.value, keyPath);
    });
  }
  if (shape.type === 'array' && isSeq(node)) {
    const item = (shape as unknown as { item: v.GenericSchema }).item;
    return node.items.flatMap((child, index) => unknownKeys(item, child, [...path, index]));
  }
  return [];
}

/** The schema inside optional() wrappers. */
function unwrap(schema: v.GenericSchema): v.GenericSchema {
  let current = schema as v.GenericSchema & { wrapped?: v.GenericSchema };
  while (current.type === 'optional' && current.wrapped) current = current.wrapped as typeof current;
  return current;
}

/** Where a value is in the YAML, or the nearest thing that exists on the way to it (for a missing key, its parent). */
function positionOf(document: Document, path: (string | number)[]): number | undefined {
  for (let length = path.length; length > 0; length--) {
    const node = document.getIn(path.slice(0, length), true) as Node | undefined;
    if (node?.range) return node.range[0];
  }
  return (document.contents as Node | null)?.range?.[0];
}
