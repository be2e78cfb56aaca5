import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { API_DIR } from '../../src/config/api-base';
import { DEV_API_DIR, LEGACY_API_DIR } from '../lib/project-paths';
import { APP_STEP, siteSteps } from './site-steps';

/** The build's steps, in order, and where the first of them publishes the reviews. */
let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("the build's steps", () => {
  it("are the content, then the app (Vite's own), then the server renderer, the pages and the hosts", () => {
    const { content, afterApp } = siteSteps({ images: 0 });
    const names = [content.name, APP_STEP, ...afterApp.map((step) => step.name)];
    expect(names).toEqual(['content', 'app', 'renderer', 'pages', 'hosts']);
  });

  it("publish the reviews into the build's own output, not where the dev server reads them, nor into public/", async () => {
    root = mkdtempSync(join(tmpdir(), 'reel-notes-steps-'));
    const staging = { dist: join(root, 'dist'), server: join(root, 'server') };
    const devEntry = join(DEV_API_DIR, 'index.json');
    const devBefore = existsSync(devEntry) ? statSync(devEntry).mtimeMs : null;

    // Empty staging folders: nothing of an older build to remove.
    const report = await siteSteps({ images: 0 }).content.run(staging, {
      removeLeftovers: () => 0,
      linkable: () => false,
    });

    const api = join(staging.dist, API_DIR);
    expect(typeof report === 'string' ? report : report.summary).toMatch(/^Published \d+ reviews as \d+ files in /);
    expect(JSON.parse(readFileSync(join(api, 'index.json'), 'utf8'))).toMatchObject({ version: 2 });
    expect(readdirSync(api).sort()).toEqual([
      'builds',
      'critics',
      'images',
      'index.json',
      'lists',
      'people',
      'reviews',
    ]);
    expect(existsSync(devEntry) ? statSync(devEntry).mtimeMs : null, 'the dev server’s copy untouched').toBe(devBefore);
    expect(existsSync(LEGACY_API_DIR), 'nothing in public/ for the app’s build to copy').toBe(false);
  }, 60_000);
});
