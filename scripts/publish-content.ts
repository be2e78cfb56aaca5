/**
 * Checks the reviews in the configured content folder (site.config.ts: content/reviews by default;
 * Markdown with YAML front matter), and publishes them as the app's API: by default where the dev server
 * reads it (node_modules/.cache/dev-site/api/v2, DEV_API_DIR), or into --out. (A build publishes into its
 * own output: scripts/build/site-steps.ts; both use scripts/content/publish-content.ts.)
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
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ContentProblems, draftsLeftOut, publishContent, readCheckedContent } from './content/publish-content';
import { siteSettings } from './config/site-settings';
import { DEV_API_DIR } from './lib/project-paths';

const { values } = parseArgs({
  options: { check: { type: 'boolean' }, drafts: { type: 'boolean' }, out: { type: 'string' } },
});
const settings = siteSettings();
const options = { drafts: values.drafts || settings.includeDrafts };
try {
  if (values.check) {
    const content = await readCheckedContent(settings.contentDir, options);
    console.log(`${content.reviews.length} reviews checked: no problems${draftsLeftOut(content)}.`);
  } else {
    const out = values.out === undefined ? DEV_API_DIR : resolve(values.out);
    console.log((await publishContent({ contentDir: settings.contentDir, out, ...options })).summary);
  }
} catch (error) {
  if (!(error instanceof ContentProblems)) throw error;
  console.error(`${error.report}\n\n${error.message}`);
  process.exitCode = 1;
}
