/**
 * Checks every authored review in content/reviews against format v1:
 * the schema, file name = slug, and that mentioned slugs exist.
 * Usage: npx tsx scripts/validate-content.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { reviewSchema } from '../src/features/reviews/review-schema';

const dir = join(import.meta.dirname, '..', 'content', 'reviews');
const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
const slugs = new Set(files.map((name) => name.replace(/\.json$/, '')));
let problems = 0;
for (const file of files) {
  const result = v.safeParse(reviewSchema, JSON.parse(readFileSync(join(dir, file), 'utf8')));
  if (!result.success) {
    problems++;
    console.error(`${file}: ${v.summarize(result.issues)}`);
    continue;
  }
  const review = result.output;
  if (`${review.slug}.json` !== file) {
    problems++;
    console.error(`${file}: slug ${review.slug} does not match the file name`);
  }
  for (const mention of review.mentions) {
    if (mention.slug && !slugs.has(mention.slug)) {
      problems++;
      console.error(`${file}: mentions ${mention.slug}, which has no review`);
    }
  }
}
console.log(`${files.length} reviews, ${problems} problems`);
process.exit(problems ? 1 : 0);
