import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { CONTENT_DIR } from '../scripts/lib/project-paths';
import { reviewSchema, type Review } from '../src/features/reviews/format/review-schema';

export type Json = Record<string, unknown>;

/** An authored review from content/reviews, as raw JSON (a fresh copy each time). */
export function readContent(file: string): Json {
  return JSON.parse(readFileSync(join(CONTENT_DIR, file), 'utf8')) as Json;
}

/** A deep copy of a document with one change at a dot path ("film.cast.0.name"); undefined deletes. */
export function changed(document: Json, path: string, value: unknown): Json {
  const copy = structuredClone(document);
  const keys = path.split('.');
  const last = keys.pop()!;
  let target = copy;
  for (const key of keys) target = target[key] as Json;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

/** The authored Ballerina review, with one change at a dot path. */
export function ballerinaWith(path: string, value: unknown): Json {
  return changed(readContent('ballerina-2023.json'), path, value);
}

/** The dot paths of the problems the review schema finds, e.g. ["film.year"]; [] when it accepts. */
export function problemPaths(input: unknown): string[] {
  const result = v.safeParse(reviewSchema, input);
  return result.success ? [] : result.issues.map((issue) => v.getDotPath(issue) ?? '(root)');
}

/** The review the schema makes of the input, or a failed test naming the problems. */
export function accepted(input: unknown): Review {
  const result = v.safeParse(reviewSchema, input);
  if (!result.success) throw new Error(`rejected: ${v.summarize(result.issues)}`);
  return result.output;
}
