import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { prerenderSite } from '../prerender/prerender-site';
import { writeIfChanged } from '../lib/write-if-changed';
import {
  BuildStepError,
  openStaging,
  previousFolder,
  stagedBuild,
  stagingFolder,
  type BuildStep,
} from './staged-build';

/** Every file under a folder with a hash of its bytes: equal snapshots, byte-for-byte equal trees. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(folder, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(folder);
  return files;
}

function write(file: string, text: string) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/**
 * Every file under `root` made a minute older, as a build's files are by the
 * time the next one starts: a build takes what is older than its start as an
 * older build's (write-if-changed.ts), and these tests run in milliseconds.
 */
function age(folder: string) {
  const minuteAgo = new Date(Date.now() - 60_000);
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) utimesSync(join(entry.parentPath, entry.name), minuteAgo, minuteAgo);
}

let root: string;
let outputs: { dist: string; server: string };
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'staged-build-'));
  outputs = { dist: join(root, 'dist'), server: join(root, 'dist-server') };
  // The previous build, which a failed build must leave as it was.
  write(join(outputs.dist, 'index.html'), '<!doctype html><title>previous</title>');
  write(join(outputs.dist, 'reviews', 'a', 'index.html'), 'previous review');
  write(join(outputs.server, 'entry-server.js'), 'export const previous = true;');
  age(root);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const writes =
  (file: string, text: string): BuildStep<'dist' | 'server'>['run'] =>
  async ({ dist }) => {
    const written = writeIfChanged(join(dist, file), text);
    return { summary: `wrote ${file}`, figures: { 'files written': written ? 1 : 0 } };
  };

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

describe('stagedBuild', () => {
  it('replaces the outputs with what the steps wrote once every step has succeeded', async () => {
    const logged: string[] = [];
    await stagedBuild(
      outputs,
      [
        { name: 'app', run: writes('index.html', 'new') },
        { name: 'pages', run: writes('feed.xml', '<feed/>') },
      ],
      (step, report) => logged.push(`${step}: ${report.summary}, ${report.figures['files written']} file(s)`),
    );
    expect(snapshot(outputs.dist)).toEqual({ 'index.html': hashOf('new'), 'feed.xml': hashOf('<feed/>') });
    expect(readdirSync(outputs.server)).toEqual([]);
    expect(logged).toEqual([
      'app: wrote index.html, 1 file(s)',
      'pages: wrote feed.xml, 1 file(s)',
      // The staging folders started empty: nothing of an older build to remove.
      'leftovers: removed 0 files an older build had and this one has not, undefined file(s)',
    ]);
    // The build it replaced is kept, for the next build to start from.
    expect(readdirSync(root).sort()).toEqual(['dist', 'dist-server', 'dist-server.previous', 'dist.previous']);
    expect(readFileSync(join(previousFolder(outputs.dist), 'index.html'), 'utf8')).toContain('previous');
  });

  it('starts from the build before the last: writes only what changed, and removes what no step wrote', async () => {
    let listed: string[] = [];
    const site = (review: string): BuildStep<'dist' | 'server'>[] => [
      { name: 'app', run: writes('index.html', 'home') },
      { name: 'pages', run: writes(join('reviews', review, 'index.html'), `the review ${review}`) },
      {
        // Like the hosts' files, made from the list of the site's pages.
        name: 'hosts',
        readsWholeFolders: true,
        run: async ({ dist }) => ((listed = Object.keys(snapshot(dist)).sort()), 'listed'),
      },
    ];
    await stagedBuild(outputs, site('b'));
    age(root);
    await stagedBuild(outputs, site('c'));
    age(root);
    // The third starts from the first's files: index.html is there with the same bytes, reviews/b is not wanted.
    const logged: string[] = [];
    const { removed } = await stagedBuild(outputs, site('c'), (step, report) =>
      logged.push(`${step}: ${report.figures['files written'] ?? report.figures['files removed']}`),
    );
    expect(logged, 'index.html was there with the same bytes').toEqual([
      'app: 0',
      'pages: 1',
      'leftovers: 1',
      'hosts: undefined',
    ]);
    expect(listed, 'a step that reads the whole site sees no older build’s page').toEqual([
      'index.html',
      'reviews/c/index.html',
    ]);
    expect(snapshot(outputs.dist)).toEqual({
      'index.html': hashOf('home'),
      'reviews/c/index.html': hashOf('the review c'),
    });
    // reviews/a/index.html from before the first, then reviews/b/index.html: gone, with their folders, before the
    // hosts' step (so none by the swap).
    expect(removed).toBe(0);
    expect(readdirSync(join(outputs.dist, 'reviews'))).toEqual(['c']);
  });

  it('leaves a folder a step sweeps itself out of the last sweep, and walks it there when the step did not', async () => {
    const content = (sweep: boolean): BuildStep<'dist' | 'server'> => ({
      name: 'content',
      run: async ({ dist }, build) => {
        writeIfChanged(join(dist, 'api', 'v2', 'new.json'), 'new');
        const removed = sweep ? build.removeLeftovers(join(dist, 'api', 'v2')) : 0;
        return { summary: 'published', figures: { 'files removed': removed } };
      },
    });
    for (const sweep of [true, false]) {
      // The build the staging folder starts from.
      rmSync(previousFolder(outputs.dist), { recursive: true, force: true });
      write(join(previousFolder(outputs.dist), 'api', 'v2', 'old.json'), 'older');
      write(join(previousFolder(outputs.dist), 'reviews', 'old', 'index.html'), 'older');
      age(root);
      const staging = openStaging(outputs, undefined, { sweptBySteps: { dist: ['api/v2'] } });
      await staging.run(content(sweep));
      await staging.commit();
      expect(Object.keys(snapshot(outputs.dist)), `the step swept: ${sweep}`).toEqual([join('api', 'v2', 'new.json')]);
    }
  });

  it('after a build from nothing, makes the next one’s start of links, which that build never writes through', async () => {
    rmSync(outputs.dist, { recursive: true, force: true });
    const page = (text: string): BuildStep<'dist' | 'server'> => ({
      name: 'pages',
      run: writes('reviews/a/index.html', text),
    });
    const linkable = { dist: (path: string) => path.startsWith('reviews/') };
    const live = join(outputs.dist, 'reviews', 'a', 'index.html');

    const first = openStaging(outputs, undefined, { linkable });
    await first.run({ name: 'app', run: writes('index.html', 'home') });
    await first.run(page('first'));
    await first.commit();
    const start = join(previousFolder(outputs.dist), 'reviews', 'a', 'index.html');
    expect(statSync(start).ino, 'a link to the page being served').toBe(statSync(live).ino);
    expect(existsSync(join(previousFolder(outputs.dist), 'index.html')), 'not a linkable file').toBe(false);

    age(root);
    const next = openStaging(outputs, undefined, { linkable });
    await next.run(page('next'));
    expect(readFileSync(live, 'utf8'), 'the site being served, while the next build runs').toBe('first');
    await next.commit();
    expect(readFileSync(live, 'utf8')).toBe('next');
    expect(readFileSync(start, 'utf8'), 'the build it replaced, as it was').toBe('first');
  });

  it('leaves the previous build byte-for-byte as it was when a step fails, and names the step', async () => {
    const before = { dist: snapshot(outputs.dist), server: snapshot(outputs.server) };
    const ran: string[] = [];
    const build = stagedBuild(outputs, [
      { name: 'app', run: writes('index.html', 'half a build') },
      {
        name: 'pages',
        run: async (staging) => {
          ran.push('pages');
          write(join(staging.dist, 'reviews', 'a', 'index.html'), 'half');
          throw new Error('content/reviews/a.md:1:1  /reviews/a could not be prerendered');
        },
      },
      { name: 'hosts', run: async () => (ran.push('hosts'), 'never') },
    ]);
    await expect(build).rejects.toThrow(BuildStepError);
    await expect(build).rejects.toThrow('pages: content/reviews/a.md:1:1  /reviews/a could not be prerendered');
    expect(ran, 'no step after the failed one').toEqual(['pages']);
    expect({ dist: snapshot(outputs.dist), server: snapshot(outputs.server) }).toEqual(before);
    expect(existsSync(stagingFolder(outputs.dist)), 'the staging folder is put aside').toBe(false);
    // What the stopped build wrote is where the next build starts from, not in any output.
    expect(readdirSync(root).sort()).toEqual(['dist', 'dist-server', 'dist-server.previous', 'dist.previous']);
  });

  it('names the review file when prerendering one of its pages fails', async () => {
    // A renderer that fails on one review's page, as the app does on a review over its size limit.
    write(join(root, 'renderer', 'package.json'), '{ "type": "module" }');
    write(
      join(root, 'renderer', 'entry-server.js'),
      `export async function renderPage(path) {
        if (path === '/reviews/ballerina-2023') return { status: 500, html: '', error: 'the review is 3.1 MB, over the 2 MB limit' };
        return { status: path === '/404' ? 404 : 200, html: '<title>Page</title><main><h1>Page</h1></main>' };
      }`,
    );
    const shell =
      '<!doctype html><html><head><!--app-head--><script type="module" crossorigin src="/assets/index.js"></script></head>' +
      '<body><div id="root"><!--app-html--></div><!--app-data--></body></html>';
    const before = snapshot(outputs.dist);
    const build = stagedBuild(outputs, [
      {
        name: 'app',
        run: async ({ dist }) => {
          write(join(dist, '.vite', 'shell.html'), shell);
          write(join(dist, '.vite', 'manifest.json'), '{}');
          return 'the app';
        },
      },
      {
        name: 'pages',
        run: ({ dist }) =>
          prerenderSite({ dist, server: join(root, 'renderer'), apiDir: inject('sampleApiDir'), images: 0 }),
      },
    ]);
    await expect(build).rejects.toThrow(
      'pages: content/reviews/ballerina-2023.md:1:1  /reviews/ballerina-2023 could not be prerendered: ' +
        'it rendered with status 500: the review is 3.1 MB, over the 2 MB limit',
    );
    expect(snapshot(outputs.dist)).toEqual(before);
    expect(existsSync(stagingFolder(outputs.dist))).toBe(false);
  }, 60_000);
});
