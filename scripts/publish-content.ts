/**
 * Checks the authored reviews in content/reviews and publishes them as the
 * app's built-in API in public/api/v2. Runs before dev, build and tests.
 * Usage: npx tsx scripts/publish-content.ts [--check]   (--check: validate only)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { reviewSchema, type Review } from '../src/features/reviews/format/review-schema';
import { publishArchive } from './lib/publish-archive';
import { CONTENT_DIR, SAMPLE_API_DIR } from './lib/project-paths';

const files = readdirSync(CONTENT_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();
const slugs = new Set(files.map((name) => name.replace(/\.json$/, '')));
const problems: string[] = [];
const reviews: Review[] = [];
for (const file of files) {
  const result = v.safeParse(reviewSchema, JSON.parse(readFileSync(join(CONTENT_DIR, file), 'utf8')));
  if (!result.success) {
    problems.push(`${file}: ${v.summarize(result.issues)}`);
    continue;
  }
  const review = result.output;
  if (`${review.slug}.json` !== file)
    problems.push(`${file}: its slug is ${review.slug}; name the file after the slug`);
  for (const mention of review.mentions) {
    if (mention.slug && !slugs.has(mention.slug))
      problems.push(`${file}: mentions ${mention.slug}, which has no review`);
  }
  reviews.push(review);
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} problem(s) in content/reviews: nothing published.`);
  process.exit(1);
}
if (process.argv.includes('--check')) {
  console.log(`${reviews.length} reviews checked: no problems.`);
} else {
  const { build, files: written } = publishArchive(reviews, SAMPLE_API_DIR);
  console.log(`Published ${reviews.length} reviews as ${written} files in public/api/v2 (build ${build}).`);
}
