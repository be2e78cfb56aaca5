import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BYTES } from '../../src/format/archive-layout';
import { MAX_IMAGE_BYTES } from '../../src/format/limits';
import { ROOT } from '../lib/project-paths';
import { buildArchive } from '../lib/publish-archive';
import { byPosition, formatProblem, formatSize, type Problem } from './problems';
import { readContent } from './read-content';
import { readReviewFile } from './review-file';
import { BALLERINA_SOURCE as BALLERINA } from '../../tests/ballerina-source';
import { contentSite } from '../../tests/content-site';

/**
 * A folder of review files, checked alone and against each other. The site
 * is Ballerina (which mentions and links to four reviews) and those four,
 * each a stand-in made from Ballerina without mentions or links.
 */
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
  it('reads a folder of valid reviews with no problems', async () => {
    expect(STANDALONE.split('\n')[32]).toMatch(/^verdict: /);
    const content = await readContent(folder(SITE));
    expect(content.problems).toEqual([]);
    expect(content.drafts).toEqual([]);
    expect(content.reviews.map((review) => review.slug)).toEqual(Object.keys(SITE).map((name) => name.slice(0, -3)));
  });

  it('returns every problem in every file, sorted by file and then line', async () => {
    const taken = change(
      STANDALONE,
      ['A review that', 'A <b>review</b> that'],
      ['verdict: "Derivative', 'verdict: "In the end :spoiler[she lives]. Derivative'],
    );
    // Read alone, the body's problem comes before the verdict's: readContent puts them in order.
    expect(readReviewFile('taken-2008.md', taken).problems.map((found) => found.line)).toEqual([36, 36, 33]);
    const dir = folder({
      ...SITE,
      'taken-2008.md': taken,
      'hard-boiled-1992.md': change(STANDALONE, ['rating: 4', 'rating: 7']),
    });
    expect((await readContent(dir)).problems).toEqual([
      {
        file: fileIn(dir, 'hard-boiled-1992.md'),
        line: 4,
        column: 9,
        message: expect.stringContaining('rating: Invalid value'),
      },
      {
        file: fileIn(dir, 'taken-2008.md'),
        line: 33,
        column: 10,
        message: expect.stringContaining('verdict: no spoiler mark'),
      },
      {
        file: fileIn(dir, 'taken-2008.md'),
        line: 36,
        column: 3,
        message: expect.stringContaining('HTML is not allowed'),
      },
      {
        file: fileIn(dir, 'taken-2008.md'),
        line: 36,
        column: 12,
        message: expect.stringContaining('HTML is not allowed'),
      },
    ]);
  });

  it('reports a mention and a link to a review that does not exist, naming its missing file', async () => {
    const dir = folder(Object.fromEntries(Object.entries(SITE).filter(([name]) => name !== 'the-call-2020.md')));
    const message = `there is no review /reviews/the-call-2020 (${fileIn(dir, 'the-call-2020')}.md)`;
    expect((await readContent(dir)).problems).toEqual([
      { file: fileIn(dir, 'ballerina-2023.md'), line: 45, column: 11, message },
      { file: fileIn(dir, 'ballerina-2023.md'), line: 49, column: 196, message },
    ]);
  });

  it('reports a mention and a link to a draft in a build, and accepts them when drafts are published', async () => {
    const dir = folder({ ...SITE, 'the-call-2020.md': draft(STANDALONE) });
    const message = '/reviews/the-call-2020 is a draft: it is not published in this build';
    const build = await readContent(dir);
    expect(build.problems).toEqual([
      { file: fileIn(dir, 'ballerina-2023.md'), line: 45, column: 11, message },
      { file: fileIn(dir, 'ballerina-2023.md'), line: 49, column: 196, message },
    ]);
    expect(build.drafts).toEqual(['the-call-2020']);
    const preview = await readContent(dir, { drafts: true });
    expect(preview.problems).toEqual([]);
    expect(preview.reviews.map((review) => review.slug)).toContain('the-call-2020');
  });

  it('leaves drafts out unless asked for them', async () => {
    const dir = folder({ ...SITE, 'new-film-2024.md': draft(STANDALONE) });
    const build = await readContent(dir);
    expect(build.problems).toEqual([]);
    expect(build.drafts).toEqual(['new-film-2024']);
    expect(build.reviews.map((review) => review.slug)).not.toContain('new-film-2024');
    const preview = await readContent(dir, { drafts: true });
    expect(preview.drafts).toEqual([]);
    expect(preview.reviews.map((review) => review.slug)).toContain('new-film-2024');
  });

  it("checks a draft's links only when drafts are published, but its mistakes always", async () => {
    const linking = draft(change(STANDALONE, ['A review that', 'A [review](/reviews/missing-2000) that']));
    const dir = folder({ ...SITE, 'new-film-2024.md': linking });
    expect((await readContent(dir)).problems).toEqual([]);
    expect((await readContent(dir, { drafts: true })).problems).toEqual([
      {
        file: fileIn(dir, 'new-film-2024.md'),
        line: 37,
        column: 3,
        message: expect.stringContaining('/reviews/missing-2000'),
      },
    ]);
    const broken = folder({ ...SITE, 'new-film-2024.md': draft(change(STANDALONE, ['rating: 4', 'rating: 7'])) });
    expect((await readContent(broken)).problems).toEqual([
      { file: fileIn(broken, 'new-film-2024.md'), line: 4, column: 9, message: expect.stringContaining('rating:') },
    ]);
  });

  it('refuses a file that is not Markdown, and ignores files whose names start with a dot', async () => {
    const dir = folder({ ...SITE, 'ballerina-2023.md.bak': BALLERINA, '.DS_Store': 'binary' });
    expect((await readContent(dir)).problems).toEqual([
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
  it('returns the API of the reviews to publish, as publishing would write it', async () => {
    const dir = folder({ ...SITE, 'new-film-2024.md': draft(STANDALONE) });
    const content = await readContent(dir);
    expect(content.archive).toEqual(
      buildArchive(content.reviews, { critics: content.critics, lists: [], about: new Map() }),
    );
    expect(content.archive.slugs).not.toContain('new-film-2024');
    expect((await readContent(dir, { drafts: true })).archive.slugs).toContain('new-film-2024');
  });

  it('reports a published file over its size limit at 1:1 of the review responsible', async () => {
    const dir = folder(SITE);
    const { archive } = await readContent(dir);
    const ballerina = archive.reviewFiles.get('ballerina-2023.json')!;
    const limit = Math.max(
      ...[...archive.reviewFiles.values()].filter((file) => file !== ballerina).map((file) => Buffer.byteLength(file)),
    );
    expect(Buffer.byteLength(ballerina)).toBeGreaterThan(limit);
    const content = await readContent(dir, { sizeLimits: { ...MAX_BYTES, review: limit } });
    expect(content.problems).toEqual([
      {
        file: fileIn(dir, 'ballerina-2023.md'),
        line: 1,
        column: 1,
        message: `the review is ${formatSize(Buffer.byteLength(ballerina))} when published, over the ${formatSize(limit)} limit readers' browsers accept: shorten the body`,
      },
    ]);
  });

  it("reports a file it cannot read as that file's problem, and reads the others", async () => {
    const dir = folder(SITE);
    mkdirSync(join(dir, 'a-folder-2000.md'));
    const content = await readContent(dir);
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

  it('answers a folder of the hostile files that once stopped it, each at its own line', async () => {
    const body = (markdown: string) => `${STANDALONE.slice(0, STANDALONE.indexOf('\nA review that'))}\n${markdown}\n`;
    const dir = folder({
      ...SITE,
      'deep-quotes-2000.md': body(`${'>'.repeat(200)} deep`),
      'stars-2000.md': body(`${'*'.repeat(2_000)}x${'*'.repeat(2_000)}`),
      'long-2000.md': body('word '.repeat(600_000)),
    });
    expect((await readContent(dir)).problems.map(formatProblem)).toEqual([
      `${fileIn(dir, 'deep-quotes-2000.md')}:36:1  block quotes nested 200 deep: at most 4 levels`,
      `${fileIn(dir, 'long-2000.md')}:1:1  the file is 2.9 MB: a review file can be at most 32 kB (about 5,000 words)`,
      `${fileIn(dir, 'stars-2000.md')}:36:1  a paragraph with 4,000 *, _ and ~: at most 200 in one paragraph. Split it, or write \\* for a * that is not emphasis`,
    ]);
  });
});

describe('readContent: lead images', { timeout: 60_000 }, () => {
  /** The stand-in review with these lines of front matter last (from line 34: `image:` and what follows). */
  const withImage = (...lines: string[]) => STANDALONE.replace('\n---\n', `\n${lines.join('\n')}\n---\n`);
  const ALT = '  alt: A dancer on a wet street at night';
  /** A folder of one review whose image is `lines`, and these files in its images/ folder. */
  function site(lines: string[], images: Record<string, Buffer | string> = {}): string {
    const dir = folder({ 'taken-2008.md': withImage(...lines) });
    mkdirSync(join(dir, 'images'));
    for (const [name, bytes] of Object.entries(images)) writeFileSync(join(dir, 'images', name), bytes);
    return dir;
  }
  const picture = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: '#804020' } })
      .jpeg()
      .toBuffer();
  const problemsOf = async (dir: string) => (await readContent(dir)).problems.map(formatProblem);
  const at = (dir: string, line: number, column: number, message: string) =>
    `${fileIn(dir, 'taken-2008.md')}:${line}:${column}  ${message}`;

  it('publishes a picture beside the reviews measured, named by its content, with its words and placeholder', async () => {
    const dir = site(['image:', '  file: images/still.jpg', ALT, '  credit: "Photo: A Distributor"'], {
      'still.jpg': await picture(2000, 1000),
    });
    const content = await readContent(dir);
    expect(content.problems).toEqual([]);
    expect(content.reviews[0]!.image).toEqual({
      alt: 'A dancer on a wet street at night',
      credit: 'Photo: A Distributor',
      width: 1600,
      height: 800,
      // A flat colour, as sharp finds it: its dominant colour in bins of 8, its preview's cells exact.
      color: '#783818',
      preview: '803f1f'.repeat(24),
      path: expect.stringMatching(/^images\/[0-9a-f]{16}$/),
      widths: [320, 640, 960, 1280, 1600],
    });
    expect(content.images.map(({ info }) => `images/${info.key}`)).toEqual([content.reviews[0]!.image!.path]);
  });

  it('publishes a review without an image without one: the page draws its cover', async () => {
    const content = await readContent(folder({ 'taken-2008.md': STANDALONE }));
    expect(content.problems).toEqual([]);
    expect(content.reviews[0]!.image).toBeUndefined();
    expect(content.images).toEqual([]);
  });

  it('publishes an image at an https: address as given, with the size the critic states', async () => {
    const dir = site(['image:', '  url: https://images.example.com/still.jpg', '  width: 1920', '  height: 800', ALT]);
    const content = await readContent(dir);
    expect(content.problems).toEqual([]);
    expect(content.reviews[0]!.image).toEqual({
      url: 'https://images.example.com/still.jpg',
      width: 1920,
      height: 800,
      alt: 'A dancer on a wet street at night',
    });
    expect(content.images).toEqual([]);
  });

  it('refuses a missing file, a file that is not a picture, one too narrow and one too large, at the file’s line', async () => {
    const missing = site(['image:', '  file: images/missing.jpg', ALT]);
    expect(await problemsOf(missing)).toEqual([
      at(missing, 35, 9, `image.file: there is no file ${relative(ROOT, join(missing, 'images', 'missing.jpg'))}`),
    ]);
    const text = site(['image:', '  file: images/notes.jpg', ALT], { 'notes.jpg': 'notes, not a picture' });
    expect(await problemsOf(text)).toEqual([
      at(
        text,
        35,
        9,
        'image.file: images/notes.jpg is not a picture the build can read: use a JPEG, PNG, WebP or AVIF file',
      ),
    ]);
    const narrow = site(['image:', '  file: images/small.jpg', ALT], { 'small.jpg': await picture(1000, 563) });
    expect(await problemsOf(narrow)).toEqual([
      at(
        narrow,
        35,
        9,
        'image.file: images/small.jpg is 1,000 × 563 pixels: a lead image is at least 1,200 pixels wide',
      ),
    ]);
    const large = site(['image:', '  file: images/large.jpg', ALT], { 'large.jpg': '' });
    truncateSync(join(large, 'images', 'large.jpg'), MAX_IMAGE_BYTES + 1);
    expect(await problemsOf(large)).toEqual([
      at(
        large,
        35,
        9,
        `image.file: images/large.jpg is ${formatSize(MAX_IMAGE_BYTES + 1)}: at most ${formatSize(MAX_IMAGE_BYTES)}; make it smaller`,
      ),
    ]);
  });

  it('refuses an image without alt text, an address without its size or too narrow, and a file and an address at once', async () => {
    const problems = async (...lines: string[]) => {
      const dir = site(['image:', ...lines]);
      return (await problemsOf(dir)).map((problem) => problem.slice(fileIn(dir, 'taken-2008.md').length));
    };
    expect(await problems('  file: images/still.jpg')).toEqual([':35:3  missing "image.alt"']);
    expect(await problems('  url: https://images.example.com/a.jpg', ALT)).toEqual([
      ':35:3  image: an image given by `url` needs its `width` and `height` in pixels: the build does not download it',
    ]);
    expect(await problems('  url: https://images.example.com/a.jpg', '  width: 800', '  height: 600', ALT)).toEqual([
      ':36:10  image.width: too narrow: a lead image is at least 1,200 pixels wide',
    ]);
    expect(await problems('  url: http://images.example.com/a.jpg', '  width: 1800', '  height: 600', ALT)).toEqual([
      ':35:8  image.url: Invalid URL: only https: links are allowed',
    ]);
    expect(await problems('  file: images/a.jpg', '  url: https://images.example.com/a.jpg', ALT)).toEqual([
      ':35:3  image: give the image a `file` (a picture beside the reviews: images/ballerina-2023.jpg) or a `url` (https:), one of the two',
    ]);
    expect(await problems('  file: images/a.jpg', '  width: 1800', ALT)).toEqual([
      ':35:3  image: leave out `width` and `height` for an image `file`: the build measures it',
    ]);
    // Never a file outside the reviews' folder, nor one the build cannot encode.
    for (const file of ['../secret.jpg', 'images/a.gif']) {
      expect(await problems(`  file: ${file}`, ALT)).toEqual([
        ':35:9  image.file: a picture beside the reviews, such as images/ballerina-2023.jpg (JPEG, PNG, WebP or AVIF)',
      ]);
    }
  });
});

describe('formatProblem', () => {
  it('writes file:line:column, two spaces, then the message', async () => {
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

  it('orders problems by file, then line, then column', async () => {
    const at = (file: string, line: number, column: number): Problem => ({ file, line, column, message: '' });
    const sorted = [at('b.md', 1, 1), at('a.md', 9, 2), at('a.md', 10, 1), at('a.md', 9, 1)].sort(byPosition);
    expect(sorted.map(formatProblem)).toEqual(['a.md:9:1  ', 'a.md:9:2  ', 'a.md:10:1  ', 'b.md:1:1  ']);
  });
});
