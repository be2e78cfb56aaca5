import type { TestProject } from 'vitest/node';
import { readContent } from '../scripts/content/read-content';
import { CONTENT_DIR } from '../scripts/lib/project-paths';
import { writeArchive } from '../scripts/lib/publish-archive';
import { cachedArchive } from './cached-archive';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder holding the published sample API (index.json, builds/, reviews/, people/, critics/, lists/), for tests/mocks/handlers.ts. */
    sampleApiDir: string;
  }
}

/** What the published sample is made of: the reviews, critics and lists, the code that reads and publishes them, and its dependencies. */
const SAMPLE_INPUTS = [
  'content',
  'scripts/content',
  'scripts/images',
  'scripts/lib',
  'src/format',
  'src/lib',
  'package-lock.json',
];

/**
 * Publishes the authored reviews for the tests to read, as `npm run content`
 * does, so that `npx vitest run` works on a fresh clone. The tests never read
 * DEV_API_DIR, where `npm run dev` publishes drafts too.
 */
export default async function setup(project: TestProject): Promise<void> {
  // Read before the cache is looked at: reading measures the lead images, which is asynchronous (and cached by content).
  const content = await readContent(CONTENT_DIR);
  if (content.problems.length) throw new Error(`content/ has problems: ${JSON.stringify(content.problems)}`);
  const dir = cachedArchive('sample', SAMPLE_INPUTS, (out) => writeArchive(content.archive, out));
  project.provide('sampleApiDir', dir);
}
