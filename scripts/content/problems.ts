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
