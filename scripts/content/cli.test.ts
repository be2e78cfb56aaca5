import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { publishArchive } from '../lib/publish-archive';
import { ROOT } from '../lib/project-paths';
import { readContent } from './read-content';
import { readReviewFile } from './review-file';
import { BALLERINA_SOURCE as BALLERINA } from '../../tests/ballerina-source';
import { contentSite } from '../../tests/content-site';

/**
 * The two content commands, run as a critic runs them, on temporary folders
 * named by CONTENT_DIR: npm run new-review, and publish-content, with --check
 * or into a temporary folder (--out), never where the dev server reads.
 */
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const USAGE = 'Usage: npm run new-review -- "Film title" <year of release>';

function run(script: 'new-review.ts' | 'publish-content.ts', args: string[], contentDir: string) {
  const result = spawnSync(process.execPath, [TSX, join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, INCLUDE_DRAFTS: '0' },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const removals: (() => void)[] = [];
afterEach(() => {
  for (const remove of removals.splice(0)) remove();
});

/** A temporary site whose reviews are these files, with the sample's critics: its reviews' folder. */
function folder(files: Record<string, string> = {}): string {
  const site = contentSite(files);
  removals.push(site.remove);
  return site.dir;
}

/** An empty temporary folder to publish into. */
function outFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reel-notes-cli-'));
  removals.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
const fileIn = (dir: string, name: string) => relative(ROOT, join(dir, name));

// Ballerina and four stand-ins for the reviews it mentions (Ballerina without mentions, a body without links).
const FRONT_MATTER = BALLERINA.slice(0, BALLERINA.indexOf('\n---\n', 3) + 5);
const MENTIONS = FRONT_MATTER.slice(FRONT_MATTER.indexOf('mentions:\n'), FRONT_MATTER.indexOf('verdict:'));
const STANDALONE = `${FRONT_MATTER.replace(MENTIONS, '')}\nA review that points to no other.\n`;
const SITE: Record<string, string> = {
  'ballerina-2023.md': BALLERINA,
  'hard-boiled-1992.md': STANDALONE,
  'john-wick-2014.md': STANDALONE,
  'taken-2008.md': STANDALONE,
  'the-call-2020.md': STANDALONE,
};
const BAD_RATING = STANDALONE.replace('rating: 4', 'rating: 7');
const DRAFT = STANDALONE.replace('rating: 4', 'rating: 4\ndraft: true');

describe('npm run new-review', { timeout: 60_000 }, () => {
  it('writes <slug>-<year>.md as a draft that reads back with no problems', async () => {
    const dir = folder();
    const { status, stdout } = run('new-review.ts', ['Some Title', '2024'], dir);
    expect(status).toBe(0);
    expect(stdout).toContain(`Wrote ${fileIn(dir, 'some-title-2024.md')}`);
    expect(readdirSync(dir)).toEqual(['some-title-2024.md']);
    const file = readReviewFile('some-title-2024.md', readFileSync(join(dir, 'some-title-2024.md'), 'utf8'));
    expect(file.problems).toEqual([]);
    expect(file.draft).toBe(true);
    expect(file.review).toMatchObject({ slug: 'some-title-2024', film: { title: 'Some Title', year: 2024 } });
    expect(file.review!.body).toContainEqual(expect.objectContaining({ type: 'paragraph' }));
  });

  it('writes a title with quotes, a colon and a backslash so that it reads back as typed', async () => {
    const dir = folder();
    const title = 'AC\\DC: "Let There Be Rock"';
    expect(run('new-review.ts', [title, '1980'], dir).status).toBe(0);
    const name = 'ac-dc-let-there-be-rock-1980.md';
    const file = readReviewFile(name, readFileSync(join(dir, name), 'utf8'));
    expect(file.problems).toEqual([]);
    expect(file.review!.film.title).toBe(title);
    expect(file.review!.headline).toContain(`‘${title}’ review`);
  });

  it('refuses to overwrite a review that exists', async () => {
    const dir = folder({ 'some-title-2024.md': 'my review, half written' });
    const { status, stderr } = run('new-review.ts', ['Some Title', '2024'], dir);
    expect(status).toBe(1);
    expect(stderr).toContain(`${fileIn(dir, 'some-title-2024.md')} already exists`);
    expect(readFileSync(join(dir, 'some-title-2024.md'), 'utf8')).toBe('my review, half written');
  });

  it.each([
    ['no arguments', []],
    ['no year', ['Some Title']],
    ['an empty title', ['  ', '2024']],
    ['a year before 1870', ['Some Title', '1869']],
    ['a year after 2100', ['Some Title', '2101']],
    ['a year that is not a whole number', ['Some Title', '2024.5']],
  ])('refuses %s with exit code 2 and the usage, writing nothing', (_, args) => {
    const dir = folder();
    const { status, stderr } = run('new-review.ts', args, dir);
    expect([status, stderr.trim()]).toEqual([2, USAGE]);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('publish-content', { timeout: 60_000 }, () => {
  it('--check: lists each problem as path:line:column and publishes nothing, exit code 1', async () => {
    const dir = folder({ ...SITE, 'taken-2008.md': BAD_RATING });
    const { status, stdout, stderr } = run('publish-content.ts', ['--check'], dir);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      `${fileIn(dir, 'taken-2008.md')}:4:9  rating: Invalid value: Expected <=5 but received 7\n`,
    );
    expect(stderr).toContain('1 problem in 1 file: nothing was published.');
  });

  it('--check: says so when there are no problems, exit code 0', async () => {
    const { status, stdout, stderr } = run('publish-content.ts', ['--check'], folder(SITE));
    expect([status, stdout.trim(), stderr]).toEqual([0, '5 reviews checked: no problems.', '']);
  });

  it('--check: names the drafts left out, and checks them in with --drafts', async () => {
    const dir = folder({ ...SITE, 'new-film-2024.md': DRAFT });
    expect(run('publish-content.ts', ['--check'], dir).stdout.trim()).toBe(
      '5 reviews checked: no problems (1 draft left out: new-film-2024).',
    );
    expect(run('publish-content.ts', ['--check', '--drafts'], dir).stdout.trim()).toBe(
      '6 reviews checked: no problems.',
    );
  });

  it('publishes the reviews read from Markdown (library level, into a temporary folder)', async () => {
    const content = await readContent(folder(SITE));
    const out = outFolder();
    const { total } = publishArchive(content.reviews, out);
    expect(total).toBe(5);
    expect(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'))).toMatchObject({ version: 2, total: 5 });
    expect(readdirSync(join(out, 'reviews')).sort()).toEqual(
      Object.keys(SITE).map((name) => name.replace(/md$/, 'json')),
    );
  });

  it('publishes into the folder --out names, and says so', () => {
    const out = join(outFolder(), 'api', 'v2');
    const { status, stdout } = run('publish-content.ts', ['--out', out], folder(SITE));
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Published 5 reviews as \d+ files in /);
    expect(stdout).toContain(relative(ROOT, out));
    expect(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'))).toMatchObject({ version: 2, total: 5 });
  });

  it('without --check, a folder with a problem stops before publishing: the API folder is left as it was', async () => {
    const dir = folder({ ...SITE, 'taken-2008.md': BAD_RATING });
    // Only run the publishing command on a folder that certainly fails the check.
    expect((await readContent(dir)).problems).not.toEqual([]);
    const out = outFolder();
    const { status, stderr } = run('publish-content.ts', ['--out', out], dir);
    expect(status).toBe(1);
    expect(stderr).toContain('nothing was published');
    expect(readdirSync(out)).toEqual([]);
  });
});
