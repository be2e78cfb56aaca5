import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/project-paths';
import { expectSameFiles } from './same-files';

/**
 * `npm run build` is one `vite build` (scripts/vite-plugins/publish-site.ts):
 * run as a publisher runs it, into a temporary folder, on the sample and then
 * on the sample with a mistake in one review.
 */
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
const ADDED = 'A sentence added after the first build, to see what the next one rewrites.';
let root: string;
let dist: string;

/** `vite build` into the temporary folder (or `outDir`), reading the reviews of `contentDir`. */
function viteBuild(contentDir: string, { outDir = dist, fresh = false } = {}) {
  // Not as a test: the plugin stands aside under Vitest (whose own builds want the app alone).
  const env = { ...process.env, CONTENT_DIR: contentDir, VITEST: '', FRESH_BUILD: fresh ? '1' : '' };
  const run = spawnSync(
    process.execPath,
    [VITE, 'build', '--configLoader', 'runner', '--logLevel', 'warn', '--outDir', outDir],
    {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      timeout: 280_000,
    },
  );
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'reel-notes-one-build-'));
  dist = join(root, 'dist');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('vite build', () => {
  it('builds the whole site: the published reviews, the app, every page, the hosts’ files, and says how', () => {
    const { status, output } = viteBuild(join(ROOT, 'content', 'reviews'));
    expect(status, output).toBe(0);
    for (const step of ['content', 'app', 'renderer', 'pages', 'hosts'])
      expect(output).toMatch(new RegExp(`✓ ${step} `));
    expect(output).toMatch(/^total +[\d.]+ s +\d+/m);
    expect(JSON.parse(readFileSync(join(dist, 'api', 'v2', 'index.json'), 'utf8'))).toMatchObject({ version: 2 });
    expect(readFileSync(join(dist, 'reviews', 'ballerina-2023', 'index.html'), 'utf8')).toContain('<h1');
    for (const file of ['index.html', 'sitemap.xml', 'feed.xml', 'sw.js', '_headers', 'deploy/nginx.conf'])
      expect(existsSync(join(dist, file)), file).toBe(true);
    expect(existsSync(join(ROOT, 'dist-server', 'entry-server.js'))).toBe(true);
    expect(existsSync(`${dist}.staging`) || existsSync(join(ROOT, 'dist-server.staging')), 'no staging left').toBe(
      false,
    );
  }, 300_000);

  it('stops at a mistake in a review before anything is bundled, naming its line, and leaves the last build as it was', () => {
    const content = join(root, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    const review = join(content, 'reviews', 'alien-1979.md');
    writeFileSync(review, readFileSync(review, 'utf8').replace(/^rating: .*$/m, 'rating: 9'));
    const before = statSync(join(dist, 'index.html')).mtimeMs;

    const { status, output } = viteBuild(join(content, 'reviews'));
    expect(status).toBe(1);
    expect(output).toMatch(/alien-1979\.md:\d+:\d+ +rating: Invalid value: Expected <=5 but received 9/);
    expect(output).toContain('The build stopped: content:');
    expect(output).toContain('are as they were.');
    expect(statSync(join(dist, 'index.html')).mtimeMs, 'the last build untouched').toBe(before);
    expect(existsSync(`${dist}.staging`) || existsSync(join(ROOT, 'dist-server.staging')), 'no staging left').toBe(
      false,
    );
  }, 300_000);

  it('after an edit, starting from an older build, writes exactly the site a build from nothing writes', () => {
    // The sample again: its staging folder starts empty (the stopped build wrote nothing), and the first
    // build is put aside as the next one's start.
    expect(viteBuild(join(ROOT, 'content', 'reviews')).status).toBe(0);
    const content = join(root, 'edited');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    const reviews = join(content, 'reviews');
    appendFileSync(join(reviews, 'ballerina-2023.md'), `\n${ADDED}\n`);
    const alien = join(reviews, 'alien-1979.md');
    writeFileSync(alien, readFileSync(alien, 'utf8').replace('    - horror\n', '    - horror\n    - comedy\n'));
    // A review no list or other review names: its page, data and share image must go.
    rmSync(join(reviews, 'the-room-2003.md'));

    // An older build's app file, as after a change to the code: the service worker must not list it to precache.
    const olderAsset = join(`${dist}.previous`, 'assets', 'index-0lderB1d.js');
    writeFileSync(olderAsset, 'export {};');
    utimesSync(olderAsset, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));

    const edited = viteBuild(reviews);
    expect(edited.status, edited.output).toBe(0);
    // The removed review's files: its page, share image and data, from the older build the staging started as.
    expect(edited.output).toMatch(/^total .* [1-9][\d,]*$/m);
    const clean = join(root, 'clean');
    expect(viteBuild(reviews, { outDir: clean, fresh: true }).status).toBe(0);

    expectSameFiles(dist, clean);
    expect(readFileSync(join(dist, 'reviews', 'ballerina-2023', 'index.html'), 'utf8')).toContain(ADDED);
    expect(readFileSync(join(dist, 'genres', 'comedy', 'index.html'), 'utf8')).toContain('/reviews/alien-1979');
    expect(existsSync(join(dist, 'reviews', 'the-room-2003')), 'the removed review’s page').toBe(false);
    expect(readFileSync(join(dist, 'sw.js'), 'utf8')).not.toContain('0lderB1d');
  }, 300_000);
});
