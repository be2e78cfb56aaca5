/**
 * What every content file shares (a review, a critic, a list): YAML front
 * matter between `---` lines, then Markdown. Splits a file, reads its YAML
 * and checks it against a schema, and says every problem at its line and
 * column, with the fix, as critics read them (docs/review-format.md).
 */
import { closest, distance } from 'fastest-levenshtein';
import * as v from 'valibot';
import { isMap, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../../src/format/limits';
import type { MarkdownProblem } from './markdown-body';
import { count } from './problems';
import { fileProblem } from './source-guard';

/** Where something is in a file: 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** A content file's front matter, read and checked, and its Markdown. */
export interface FrontMatterFile<T> {
  problems: MarkdownProblem[];
  /** The Markdown after the front matter, and the file's line it starts on; null when the file could not be split. */
  body: { text: string; line: number } | null;
  /** The front matter as YAML reads it; null when YAML cannot. */
  data: Record<string, unknown> | null;
  /** The front matter as the schema makes it; null when it has a problem. */
  output: T | null;
  /** Where a value is, by its path in the front matter (for a missing one, the nearest thing on the way to it). */
  at: (path: readonly (string | number)[]) => Position;
}

/**
 * The problem with a content file's name, which is its page's address
 * (`what`: "review"; `example`: "ballerina-2023.md"), or null.
 */
export function fileNameProblem(slug: string, what: string, example: string): string | null {
  if (SLUG_PATTERN.test(slug) && slug.length <= MAX_SLUG_LENGTH) return null;
  return `the file name is the ${what}'s address: use lowercase letters, digits and single hyphens, like ${example}`;
}

/** A content file's text as the checker reads it: without a byte-order mark, every line ending a line feed. */
export const normalised = (source: string) => source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** What usually causes YAML's errors in front matter, and the fix. */
export const YAML_HINTS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY:
    ' (a value with a colon and a space in it goes in quotes: "Ballerina: a review"; or check the indentation)',
  UNEXPECTED_TOKEN: ' (a value that starts with a quote, *, [ or { must be quoted as a whole: "*Great* film")',
  BAD_SCALAR_START: ' (a value that starts with @, ` or % goes in quotes)',
  DUPLICATE_KEY: ' (this key is given twice: keep one)',
  BAD_INDENT: ' (indent with spaces, each level by the same amount)',
  TAB_AS_INDENT: ' (indent with spaces, not tabs)',
  MULTILINE_IMPLICIT_KEY: ' (each field is a name, a colon, a space and its value: "rating: 4")',
  MISSING_CHAR: ' (each field is a name, a colon, a space and its value: "rating: 4")',
};

/** Valibot's messages, said for a critic where its own would puzzle ("Expected !0 but received 0"). */
function authorMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'non_empty' && typeof issue.input === 'string') return 'Invalid text: it is empty';
  if (issue.type === 'iso_date') return 'Invalid date: write it as YYYY-MM-DD, e.g. 2023-10-09';
  if (issue.type === 'max_length' && typeof issue.input === 'string') {
    return `too long: ${count(issue.input.length)} characters, at most ${count(issue.requirement as number)}`;
  }
  if (issue.type === 'max_length' && Array.isArray(issue.input)) {
    return `too many: ${count(issue.input.length)}, at most ${count(issue.requirement as number)}`;
  }
  if (issue.type === 'regex' && issue.requirement === SLUG_PATTERN) {
    return 'Invalid slug: lowercase letters, digits and single hyphens, like taken-2008';
  }
  return issue.message;
}

/**
 * Of a value that may be written two ways (a name, or a name with `person:`),
 * the problem with the way it was written, at its own path.
 */
function chosen(issue: v.BaseIssue<unknown>): v.BaseIssue<unknown> {
  if (issue.type !== 'union' || !issue.issues?.length) return issue;
  const inner = issue.issues.find((candidate) => candidate.kind === 'validation') ?? issue.issues[0]!;
  return chosen({ ...inner, path: [...(issue.path ?? []), ...(inner.path ?? [])] as typeof inner.path });
}

/**
 * Reads a content file's front matter (the text with its BOM and CR line
 * ends already removed) against `schema`. `kind` names the file in messages:
 * "a review", "a critic's file".
 */
export function readFrontMatter<TSchema extends v.GenericSchema>(
  text: string,
  schema: TSchema,
  kind: string,
): FrontMatterFile<v.InferOutput<TSchema>> {
  const file: FrontMatterFile<v.InferOutput<TSchema>> = {
    problems: [],
    body: null,
    data: null,
    output: null,
    at: () => ({ line: 1, column: 1 }),
  };
  const problem = ({ line, column }: Position, message: string) => file.problems.push({ line, column, message });
  // A file too large to read quickly is not read at all.
  const tooLarge = fileProblem(text);
  if (tooLarge) {
    file.problems.push(tooLarge);
    return file;
  }
  const match = /^---\n([\s\S]*?)\n?^---[ \t]*$\n?/m.exec(text);
  if (!text.startsWith('---\n') || !match) {
    problem(
      { line: 1, column: 1 },
      `${kind} starts with its front matter between two lines of ---, then the Markdown body`,
    );
    return file;
  }
  const yaml = match[1]!;
  // After the opening ---, the YAML (maybe none) and the closing ---.
  file.body = { text: text.slice(match[0].length), line: match[0].split('\n').length };
  const document = parseDocument(yaml, { uniqueKeys: true, prettyErrors: false });
  // Positions inside the YAML, as lines of the file (the YAML starts on line 2).
  const position = positionsIn(yaml);
  const at = (offset: number | undefined) => {
    const { line, column } = position(offset ?? 0);
    return { line: line + 1, column };
  };
  file.at = (path) => at(positionOf(document, path));

  for (const error of document.errors) {
    problem(at(error.pos[0]), `YAML: ${error.message.split('\n')[0]}${YAML_HINTS[error.code] ?? ''}`);
  }
  // Valid YAML that does not say what a critic meant: *word is an alias (and cannot be read), a # a comment.
  visit(document, {
    Alias(_, node) {
      problem(
        at(node.range?.[0]),
        `a value that starts with * is read as a YAML alias: put the whole value in quotes, "*${node.source}…"`,
      );
    },
  });
  if (!document.errors.length && !isMap(document.contents)) {
    problem({ line: 2, column: 1 }, 'the front matter must be a list of fields, such as `headline: …`');
  }
  if (file.problems.length) return file;

  file.data = document.toJS() as Record<string, unknown>;
  visit(document, {
    Scalar(_, node) {
      if (typeof node.value !== 'string' || !node.comment) return;
      problem(at(node.range?.[0]), `the words after " #" were read as a YAML comment: put the whole value in quotes`);
    },
  });
  for (const unknownKey of unknownKeys(schema, document.contents as Node, [])) {
    const guess = closest(unknownKey.key, unknownKey.known);
    const hint = distance(unknownKey.key, guess) <= Math.max(2, guess.length / 3) ? ` — did you mean "${guess}"?` : '';
    problem(
      at(unknownKey.node.range?.[0]),
      `unknown key "${unknownKey.path}"${hint} (known here: ${unknownKey.known.join(', ')})`,
    );
  }
  // One message per field: its first problem, the one to fix first.
  const result = v.safeParse(schema, file.data, { abortPipeEarly: true });
  if (result.success) file.output = result.output;
  else {
    for (const issue of result.issues.map(chosen)) {
      const path = issue.path?.map((item) => item.key as string | number) ?? [];
      const where = path.join('.');
      const missing = issue.input === undefined && path.length > 0;
      problem(file.at(path), missing ? `missing "${where}"` : `${where ? `${where}: ` : ''}${authorMessage(issue)}`);
    }
  }
  return file;
}

/**
 * The line and column (from 1) of an offset in a text. YAML's own LineCounter
 * misses the lines inside a token it could not parse, and then points past
 * the end of a line.
 */
export function positionsIn(text: string): (offset: number) => Position {
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

interface UnknownKey {
  key: string;
  path: string;
  node: Node;
  known: string[];
}

/** Keys the schema does not have, anywhere in the front matter: a typo must not be silently ignored. */
function unknownKeys(schema: v.GenericSchema, node: unknown, path: (string | number)[]): UnknownKey[] {
  const shape = unwrap(schema, node);
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

/** The schema inside optional() and pipe() wrappers; of a union (a name, or a name with `person:`), the object for a map. */
function unwrap(schema: v.GenericSchema, node: unknown): v.GenericSchema {
  let current = schema as v.GenericSchema & { wrapped?: v.GenericSchema; options?: v.GenericSchema[] };
  while (current.type === 'optional' && current.wrapped) current = current.wrapped as typeof current;
  if (current.type === 'union' && isMap(node)) {
    return current.options?.find((option) => option.type === 'object') ?? current;
  }
  return current;
}

/** Where a value is in the YAML, or the nearest thing that exists on the way to it (for a missing key, its parent). */
function positionOf(document: Document, path: readonly (string | number)[]): number | undefined {
  for (let length = path.length; length > 0; length--) {
    const node = document.getIn(path.slice(0, length), true) as Node | undefined;
    if (node?.range) return node.range[0];
  }
  return (document.contents as Node | null)?.range?.[0];
}
