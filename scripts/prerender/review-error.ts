import { join, relative } from 'node:path';
import { formatProblem } from '../content/problems';
import { ROOT } from '../lib/project-paths';

/**
 * A build step that failed because of one review: the message names its file
 * as the checker's problems do (`content/reviews/<slug>.md:1:1  …`, or under
 * the configured content folder), so it reads the same after crossing a worker thread, where
 * only the message survives.
 */
export class ReviewError extends Error {
  /** `contentDir`: the folder of review files the build read (scripts/config/site-settings.ts). */
  constructor(contentDir: string, slug: string, reason: string, options?: ErrorOptions) {
    const file = relative(ROOT, join(contentDir, `${slug}.md`));
    super(formatProblem({ file, line: 1, column: 1, message: reason }), options);
    this.name = 'ReviewError';
  }
}

/** The message of anything thrown. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
