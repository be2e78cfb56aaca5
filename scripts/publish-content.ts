/**
 * Checks the reviews in the configured content folder (site.config.ts: content/reviews by default;
 * Markdown with YAML front matter), and publishes them as the app's API: by default where the dev server
 * reads it (node_modules/.cache/dev-site/api/v2, DEV_API_DIR); the build gives its own output with --out.
 * Every problem in every file is reported at once, as
 * file:line:column; if there is any, nothing is published and the previous
 * API stays as it was. Lead images are encoded into <out>/images
 * (scripts/images/lead-images.ts), from a cache when they have not changed.
 *
 * Usage: npx tsx scripts/publish-content.ts [--check] [--drafts] [--out <folder>]
 *   --check   check only
 *   --drafts  publish drafts too (INCLUDE_DRAFTS=1 does the same)
 *   --out     the API's folder to publish into
 */
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PARSE_CACHE_DIR } from './content/parse-cache';
import { readContent } from './content/read-content';
import { formatProblem } from './content/problems';
import { publishImages } from './images/lead-images';
import { writeArchive } from './lib/publish-archive';
import { siteSettings } from './config/site-settings';
import { DEV_API_DIR, ROOT } from './lib/project-paths';

const { values } = parseArgs({
  options: { check: { type: 'boolean' }, drafts: { type: 'boolean' }, out: { type: 'string' } },
});
const out = values.out === undefined ? DEV_API_DIR : resolve(values.out);
const settings = siteSettings();
const drafts = values.drafts || settings.includeDrafts;
const started = performance.now();
const content = await readContent(settings.contentDir, {
  drafts,
  cacheDir: PARSE_CACHE_DIR,
  titleCards: settings.titleCards,
});

if (content.problems.length) {
  console.error(content.problems.map(formatProblem).join('\n'));
  const files = new Set(content.problems.map((problem) => problem.file)).size;
  console.error(
    `\n${content.problems.length} problem${content.problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}: nothing was published.`,
  );
  process.exit(1);
}
const left = content.drafts.length
  ? ` (${content.drafts.length} draft${content.drafts.length === 1 ? '' : 's'} left out: ${content.drafts.join(', ')})`
  : '';
if (values.check) {
  console.log(`${content.reviews.length} reviews checked: no problems${left}.`);
} else {
  // The images first: the reviews name them, so they are there before any review does.
  const encoded = await publishImages(content.images, join(out, 'images'));
  const { build, files } = writeArchive(content.archive, out);
  console.log(
    `Published ${content.reviews.length} reviews as ${files} files in ${relative(ROOT, out) || '.'} (build ${build})${left}, ` +
      `with ${content.images.length} lead images (${encoded} files encoded, the rest from the cache) ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
}
