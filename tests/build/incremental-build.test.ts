/**
 * The build's caches (the readings of review files, the pages) against a
 * clean build, on the sample with the real app and renderer: after one
 * review's text is edited and another review is given a genre, a build that
 * reuses them must write exactly the files a build from nothing writes, and
 * must have rendered only the pages that changed.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StepReport } from '../../scripts/build/staged-build';
import { readContent } from '../../scripts/content/read-content';
import { writeArchive } from '../../scripts/lib/publish-archive';
import { ROOT } from '../../scripts/lib/project-paths';
import { prerenderSite } from '../../scripts/prerender/prerender-site';
import { expectSameFiles } from './same-files';

// Inside the project, where the renderer finds its packages (react and the rest) as it does in dist-server/.
mkdirSync(join(ROOT, '.scratch'), { recursive: true });
const work = mkdtempSync(join(ROOT, '.scratch', 'incremental-build-'));
const at = (...path: string[]) => join(work, ...path);
const ADDED = 'A sentence added after the first build, to see what the next one redoes.';

/** The sample's content, edited or not; published into an API folder of its own, with a parse cache. */
async function publish(name: string, contentDir: string, cacheDir: string): Promise<string> {
  const content = await readContent(join(contentDir, 'reviews'), { cacheDir });
  expect(content.problems).toEqual([]);
  writeArchive(content.archive, at(`${name}-api`));
  return at(`${name}-api`);
}

/** A copy of the sample's content, edited: one review's text, another's genres. */
function editedContent(): string {
  const contentDir = at('edited-content');
  cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
  const ballerina = join(contentDir, 'reviews', 'ballerina-2023.md');
  writeFileSync(ballerina, `${readFileSync(ballerina, 'utf8')}\n${ADDED}\n`);
  const alien = join(contentDir, 'reviews', 'alien-1979.md');
  writeFileSync(alien, readFileSync(alien, 'utf8').replace('    - horror\n', '    - horror\n    - comedy\n'));
  return contentDir;
}

/** The built app copied into a folder of its own, and every page of the site prerendered into it. */
async function prerender(name: string, apiDir: string, cacheDir: string | null): Promise<StepReport> {
  const dist = at(name);
  cpSync(at('app'), dist, { recursive: true });
  return prerenderSite({ dist, server: at('server'), apiDir, images: 0, cacheDir });
}

const pageText = (name: string, path: string) => readFileSync(at(name, path, 'index.html'), 'utf8');

describe('a build with the caches of the one before', () => {
  const reports: Record<string, StepReport> = {};

  beforeAll(async () => {
    await build({ root: ROOT, configLoader: 'runner', logLevel: 'silent', build: { outDir: at('app') } });
    await build({
      root: ROOT,
      configLoader: 'runner',
      logLevel: 'silent',
      build: { outDir: at('server'), ssr: 'src/entry-server.tsx' },
    });
    // The next build's caches are the first one's; the clean build's are empty.
    const [caches, emptyCaches] = [at('caches'), at('empty-caches')];
    const before = await publish('before', join(ROOT, 'content'), join(caches, 'content'));
    const edited = editedContent();
    const after = await publish('after', edited, join(caches, 'content'));
    const afterClean = await publish('after-clean', edited, join(emptyCaches, 'content'));
    reports.first = await prerender('first', before, join(caches, 'pages'));
    reports.next = await prerender('next', after, join(caches, 'pages'));
    reports.clean = await prerender('clean', afterClean, join(emptyCaches, 'pages'));
  }, 180_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('publishes, after an edit, exactly the data a build from nothing publishes', () => {
    expectSameFiles(at('after-api'), at('after-clean-api'));
  });

  it('writes, after an edit, exactly the pages a build from nothing writes', () => {
    expectSameFiles(at('next'), at('clean'));
  });

  it('shows the edit on its page and the new genre in its list', () => {
    expect(pageText('first', 'reviews/ballerina-2023')).not.toContain(ADDED);
    expect(pageText('next', 'reviews/ballerina-2023')).toContain(ADDED);
    expect(pageText('first', 'genres/comedy')).not.toContain('/reviews/alien-1979');
    expect(pageText('next', 'genres/comedy')).toContain('/reviews/alien-1979');
  });

  it('renders again only the pages that changed', () => {
    const { pages, 'pages reused': reused } = reports.next!.figures!;
    expect(reports.first!.figures!['pages reused']).toBe(0);
    expect(reports.clean!.figures!['pages reused']).toBe(0);
    // The two reviews, the lists that show them, their people and critics: a small part of the site.
    expect(reused).toBeGreaterThan(pages! * 0.8);
    expect(reused).toBeLessThan(pages!);
  });
});
