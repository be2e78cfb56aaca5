import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '../scripts/lib/project-paths';

/**
 * content/reviews/ballerina-2023.md, the checker's tests' fixture, without
 * its lead image: a folder of review files made from it needs no picture
 * beside them, and the lines the tests name stay where they were. The lead
 * image's own tests add theirs.
 */
export const BALLERINA_SOURCE = readFileSync(join(CONTENT_DIR, 'ballerina-2023.md'), 'utf8').replace(
  /^image:\n(?: {2}.*\n)+/m,
  '',
);
