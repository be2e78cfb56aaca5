import { MAX_MARKS, MAX_QUOTES } from '../../src/format/limits';

/** A mistake in a content file, where it is, and what to do about it. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** "content/reviews/ballerina-2023.md:12:3  unknown key …": what an editor or terminal can jump to. */
export function formatProblem({ file, line, column, message }: Problem): string {
  return `${file}:${line}:${column}  ${message}`;
}

/** Problems in file order, then line, then column. */
export function byPosition(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

/** 1,234: a count in a message. */
export const count = (value: number) => value.toLocaleString('en-GB');

/** "3.1 MB", "64.2 kB" (of 1,024 bytes): rounded up, so a size over a limit never reads as the limit itself. */
export function formatSize(bytes: number): string {
  const [unit, size] = bytes >= 1024 * 1024 ? ['MB', bytes / 1024 / 1024] : ['kB', bytes / 1024];
  return `${Math.ceil(size * 10) / 10} ${unit}`;
}

const NESTED = {
  quotes: ['block quotes', MAX_QUOTES],
  marks: ['emphasis, strong, links and spoilers', MAX_MARKS],
} as const;

/** "block quotes nested 6 deep: at most 4 levels": rich text nested past its limit. */
export function tooDeep(kind: keyof typeof NESTED, depth: number): string {
  const [what, limit] = NESTED[kind];
  return `${what} nested ${count(depth)} deep: at most ${limit} levels`;
}
