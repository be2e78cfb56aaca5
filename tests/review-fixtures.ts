import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { readContent } from '../scripts/content/read-content';
import { CONTENT_DIR } from '../scripts/lib/project-paths';
import { reviewSchema, type Review } from '../src/format/review-schema';

export type Json = Record<string, unknown>;

// Read once, when a test file first imports these helpers (reading measures the lead images: it is async).
const content = await readContent(CONTENT_DIR);

/** Every authored review in content/reviews, read as the publisher reads them (a failed test if any has a problem). */
export function authoredReviews(): Review[] {
  if (content.problems.length) throw new Error(`content/reviews has problems: ${JSON.stringify(content.problems)}`);
  return content.reviews;
}

/** An authored review as the JSON document the API publishes for it (without related reviews); a fresh copy each time. */
export function reviewJson(slug: string): Json {
  const review = authoredReviews().find((candidate) => candidate.slug === slug);
  if (!review) throw new Error(`no authored review ${slug}`);
  const json = JSON.parse(JSON.stringify(review)) as Json;
  delete json.related;
  return json;
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

/** The Ballerina review as published, with one change at a dot path. */
export function ballerinaWith(path: string, value: unknown): Json {
  return changed(reviewJson('ballerina-2023'), path, value);
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

/** A fresh temporary folder, and a way to remove it. */
export function temporaryFolder(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `reel-notes-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every file under a folder, as sorted paths relative to it. */
export function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(dir, join(prefix, entry.name)) : [join(prefix, entry.name)]))
    .sort();
}

/** A JSON file under a folder. */
export function readJsonIn(dir: string, path: string): unknown {
  return JSON.parse(readFileSync(join(dir, path), 'utf8'));
}
