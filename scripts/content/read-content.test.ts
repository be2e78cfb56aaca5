import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BYTES } from '../../src/features/reviews/format/archive-layout';
import { CONTENT_DIR, ROOT } from '../lib/project-paths';
import { buildArchive } from '../lib/publish-archive';
import { byPosition, formatProblem, formatSize, type Problem } from './problems';
import { readContent } from './read-content';
import { readReviewFile } from './review-file';
import { contentSite } from '../../tests/content-site';

/**
 * A folder of review files, checked alone and against each other. The site
 * is Ballerina (which mentions and links to four reviews) and those four,
 * each a stand-in made from Ballerina without mentions or links.
 */
const BALLERINA = readFileSync(join(CONTENT_DIR, 'ballerina-2023.md'), 'utf8');
const FRONT_MATTER = BALLERINA.slice(0, BALLERINA.indexOf('\n---\n', 3) + 5);
const MENTIONS = FRONT_MATTER.slice(FRONT_MATTER.indexOf('mentions:\n'), FRONT_MATTER.indexOf('verdict:'));
/** Ballerina's front matter without mentions (the verdict on line 33) and a body on line 36 that links nowhere. */
const STANDALONE = `${FRONT_MATTER.replace(MENTIONS, '')}\nA review that points to no other.\n`;

/** The text with each [from, to] replaced once (a failed test if `from` is not in it). */
function change(text: string, ...changes: [from: string, to: string][]): string {
  return changes.reduce((result, [from, to]) => {
    if (!result.includes(from)) throw new Error(`not in the fixture: ${from}`);
    return result.replace(from, () => to);
  }, text);
}
const draft = (text: string) => change(text, ['author: daniel-okafor', 'author: daniel-okafor\ndraft: true']);

const SITE: Record<string, string> = {
  'ballerina-2023.md': BALLERINA,
  'hard-boiled-1992.md': STANDALONE,
  'john-wick-2014.md': STANDALONE,
  'taken-2008.md': STANDALONE,
  'the-call-2020.md': STANDALONE,
};

const sites: (() => void)[] = [];
afterEach(() => {
  for (const remove of sites.splice(0)) remove();
});

/** A temporary site whose reviews are these files (and whose critics are the sample's): its reviews' folder. */
function folder(files: Record<string, string>): string {
  const site = contentSite(files);
  sites.push(site.remove);
  return site.dir;
}
/** A file's name in problems: relative to the repository, as an editor opens it. */
const fileIn = (dir: string, name: string) => relative(ROOT, join(dir, name));

describe('readContent', () => {
  it('reads a folder of valid reviews with no problems', () => {
    expect(STANDALONE.split('\n')[32]).toMatch(/^verdict: /);
    const content = readContent(folder(SITE));
    expect(content.problems).toEqual([]);
    expect(content.drafts).toEqual([]);
    expect(content.reviews.map((review) => review.slug)).toEqual(Object.keys(SITE).map((name) => name.slice(0, -3)));
  });

  it('returns every problem in every file, sorted by file and then line', () => {
    const taken = change(
      STANDALONE,
      ['A review that', 'A <b>review</b> that'],
      ['verdict: "Derivative', 'verdict: "In the end :spoiler[she lives]. Derivative'],
    );
    // Read alone, the body's problem comes before the verdict's: readContent puts them in order.
    expect(readReviewFile('taken-2008.md', taken).problems.map((found) => found.line)).toEqual([36, 36, 33]);
    const dir = folder({ ...SITE, 'taken-2008.md': taken, 'hard-boiled-1992.md': change(STANDALONE, ['rating: 4', 'rating: 7']) });
    expect(readContent(dir).problems).toEqual([
      { file: fileIn(dir, 'hard-boiled-1992.md'), line: 4, column: 9, message: expect.stringContaining('rating: Invalid value') },
      { file: fileIn(dir, 'taken-2008.md'), line: 33, column: 10, message: expect.stringContaining('verdict: no spoiler mark') },
      { file: fileIn(dir, 'taken-2008.md'), line: 36, column: 3, message: expect.stringContaining('HTML is not allowed') },
      { file: fileIn(dir, 'taken-2008.md'), line: 36, column: 12, message: expect.stringContaining('HTML is not allowed') },
    ]);
  });

  it('reports a mention and a link to a review that does not exist, naming its missing file', () => {
    const dir = folder(Object.fromEntries(Object.entries(SITE).filter(([name]) => name !== 'the-call-2020.md')));
    const message = `there is no review /reviews/the-call-2020 (${fileIn(dir, 'the-call-2020')}.md)`;
    expect(readContent(dir).problems).toEqual([
      { file: fileIn(dir, 'ballerina-2023.md'), line: 45, column: 11, message },
      { file: fileIn(dir, 'ballerina-2023.md'), line: 49, column: 196, message },
    ]);
  });

  it('reports a mention and a link to a draft in a build, and accepts them when drafts are published', () => {
    const dir = folder({ ...SITE, 'the-call-2020.md': draft(STANDALONE) });
    const message = '/reviews/the-call-2020 is a draft: it is not published in this build';
    const build = readContent(dir);
    expect(build.problems).toEqual([
      { file: fileIn(dir, 'ballerina-2023.md'), line: 45, column: 11, message },
      { file: fileIn(dir, 'ballerina-2023.md'), line: 49, column: 196, message },
    ]);
    expect(build.drafts).toEqual(['the-call-2020']);
    const preview = readContent(dir, { drafts: true });
    expect(preview.problems).toEqual([]);
    expect(preview.reviews.map((review) => review.slug)).toContain('the-call-2020');
  });

  it('leaves drafts out unless asked for them', () => {
    const dir = folder({ ...SITE, 'new-film-2024.md': draft(STANDALONE) });
    const build = readContent(dir);
    expect(build.problems).toEqual([]);
    expect(build.drafts).toEqual(['new-film-2024']);
    expect(build.reviews.map((review) => review.slug)).not.toContain('new-film-2024');
    const preview = readContent(dir, { drafts: true });
    expect(preview.drafts).toEqual([]);
    expect(preview.reviews.map((review) => review.slug)).toContain('new-film-2024');
  });

  it("checks a draft's links only when drafts are published, but its mistakes always", () => {
    const linking = draft(change(STANDALONE, ['A review that', 'A [review](/reviews/missing-2000) that']));
    const dir = folder({ ...SITE, 'new-film-2024.md': linking });
    expect(readContent(dir).problems).toEqual([]);
    expect(readContent(dir, { drafts: true }).problems).toEqual([
      { file: fileIn(dir, 'new-film-2024.md'), line: 37, column: 3, message: expect.stringContaining('/reviews/missing-2000') },
    ]);
    const broken = folder({ ...SITE, 'new-film-2024.md': draft(change(STANDALONE, ['rating: 4', 'rating: 7'])) });
    expect(readContent(broken).problems).toEqual([
      { file: fileIn(broken, 'new-film-2024.md'), line: 4, column: 9, message: expect.stringContaining('rating:') },
    ]);
  });

  it('refuses a file that is not Markdown, and ignores files whose names start with a dot', () => {
    const dir = folder({ ...SITE, 'ballerina-2023.md.bak': BALLERINA, '.DS_Store': 'binary' });
    expect(readContent(dir).problems).toEqual([
      {
        file: fileIn(dir, 'ballerina-2023.md.bak'),
        line: 1,
        column: 1,
        message: 'not a review: reviews are Markdown files named <slug>.md',
      },
    ]);
  });
});

describe('readContent: what no later step may refuse', () => {
  it('returns the API of the reviews to publish, as publishing would write it', () => {
    const dir = folder({ ...SITE, 'new-film-2024.md': draft(STANDALONE) });
    const content = readContent(dir);
    expect(content.archive).toEqual(buildArchive(content.reviews, { critics: content.critics, lists: [], about: new Map() }));
    expect(content.archive.slugs).not.toContain('new-film-2024');
    expect(readContent(dir, { drafts: true }).archive.slugs).toContain('new-film-2024');
  });

  it('reports a published file over its size limit at 1:1 of the review responsible', () => {
    const dir = folder(SITE);
    const { archive } = readContent(dir);
    const ballerina = archive.reviewFiles.get('ballerina-2023.json')!;
    const limit = Math.max(...[...archive.reviewFiles.values()].filter((file) => file !== ballerina).map((file) => Buffer.byteLength(file)));
    expect(Buffer.byteLength(ballerina)).toBeGreaterThan(limit);
    const content = readContent(dir, { sizeLimits: { ...MAX_BYTES, review: limit } });
    expect(content.problems).toEqual([
      {
        file: fileIn(dir, 'ballerina-2023.md'),
        line: 1,
        column: 1,
        message: `the review is ${formatSize(Buffer.byteLength(ballerina))} when published, over the ${formatSize(limit)} limit readers' browsers accept: shorten the body`,
      },
    ]);
  });

  it("reports a file it cannot read as that file's problem, and reads the others", () => {
    const dir = folder(SITE);
    mkdirSync(join(dir, 'a-folder-2000.md'));
    const content = readContent(dir);
    expect(content.problems).toEqual([
      {
        file: fileIn(dir, 'a-folder-2000.md'),
        line: 1,
        column: 1,
        message: 'this file could not be checked: Error: EISDIR: illegal operation on a directory, read',
      },
    ]);
    expect(content.reviews).toHaveLength(Object.keys(SITE).length);
  });

  it('answers a folder of the hostile files that once stopped it, each at its own line', () => {
    const body = (markdown: string) => `${STANDALONE.slice(0, STANDALONE.indexOf('\nA review that'))}\n${markdown}\n`;
    const dir = folder({
      ...SITE,
      'deep-quotes-2000.md': body(`${'>'.repeat(200)} deep`),
      'stars-2000.md': body(`${'*'.repeat(2_000)}x${'*'.repeat(2_000)}`),
      'long-2000.md': body('word '.repeat(600_000)),
    });
    expect(readContent(dir).problems.map(formatProblem)).toEqual([
      `${fileIn(dir, 'deep-quotes-2000.md')}:36:1  block quotes nested 200 deep: at most 4 levels`,
      `${fileIn(dir, 'long-2000.md')}:1:1  the file is 2.9 MB: a review file can be at most 32 kB (about 5,000 words)`,
      `${fileIn(dir, 'stars-2000.md')}:36:1  a paragraph with 4,000 *, _ and ~: at most 200 in one paragraph. Split it, or write \\* for a * that is not emphasis`,
    ]);
  });
});

describe('formatProblem', () => {
  it('writes file:line:column, two spaces, then the message', () => {
    const problem: Problem = { file: 'content/reviews/x.md', line: 12, column: 3, message: 'unknown key "raiting"' };
    expect(formatProblem(problem)).toBe('content/reviews/x.md:12:3  unknown key "raiting"');
  });

  it.each([
    [1_024, '1 kB'],
    [65_536, '64 kB'],
    [65_537, '64.1 kB'],
    [2 * 1024 * 1024, '2 MB'],
    [2 * 1024 * 1024 + 1, '2.1 MB'],
    [3_000_000, '2.9 MB'],
  ])('writes %i bytes as %s, rounded up', (bytes, size) => {
    expect(formatSize(bytes)).toBe(size);
  });

  it('orders problems by file, then line, then column', () => {
    const at = (file: string, line: number, column: number): Problem => ({ file, line, column, message: '' });
    const sorted = [at('b.md', 1, 1), at('a.md', 9, 2), at('a.md', 10, 1), at('a.md', 9, 1)].sort(byPosition);
    expect(sorted.map(formatProblem)).toEqual(['a.md:9:1  ', 'a.md:9:2  ', 'a.md:10:1  ', 'b.md:1:1  ']);
  });
});
