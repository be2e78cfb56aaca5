/**
 * Starts a review: writes content/reviews/<title>-<year>.md, ready to fill,
 * as a draft (published only when `draft: true` is removed).
 * Usage: npm run new-review -- "Film title" 2024
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FIRST_YEAR, LAST_YEAR } from '../src/format/fields';
import { slugify } from './lib/slugify';
import { siteSettings } from './config/site-settings';
import { ROOT } from './lib/project-paths';

const [title, yearText] = process.argv.slice(2);
const year = Number(yearText);
if (!title?.trim() || !Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
  console.error('Usage: npm run new-review -- "Film title" <year of release>');
  process.exit(2);
}
const slug = `${slugify(title)}-${year}`;
const file = join(siteSettings().contentDir, `${slug}.md`);
if (existsSync(file)) {
  console.error(`${relative(ROOT, file)} already exists: edit it, or give another title.`);
  process.exit(1);
}
const today = new Date().toISOString().slice(0, 10);
const quoted = JSON.stringify(title.trim());
writeFileSync(
  file,
  `---
# yaml-language-server: $schema=../../docs/schema/front-matter.schema.json
# Every field is explained in docs/review-format.md. Remove "draft: true" to publish.
# In the body and the verdict: *emphasis*, **strong**, [links](/reviews/<slug>) to other reviews
# or to https: pages, > quotes, and :spoiler[a passage] or a :::spoiler section for what gives the ending away.
# author: the name of your file in content/critics, such as daniel-okafor.
draft: true
headline: ${JSON.stringify(`‘${title.trim()}’ review — what the film is, and what you think of it`)}
standfirst: One sentence for the list and for link previews. Plain text, no spoilers.
rating: 3
author: your-name
published: ${today}
film:
  title: ${quoted}
  year: ${year}
  directors: []
  cast: []
  countries: []
  languages: []
  genres: [drama]
mentions: []
watch: []
verdict: One or two sentences with the final judgement.
---

The first paragraph of the review, with film titles in *italics*.

A second paragraph, and :spoiler[a passage that gives the ending away].
`,
);
console.log(`Wrote ${relative(ROOT, file)}. Fill it in, then preview it with npm run dev.`);
