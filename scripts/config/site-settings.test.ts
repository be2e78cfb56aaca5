import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_DIR, ROOT } from '../lib/project-paths';
import type { SiteConfig } from './site-config';
import { SETTING_VARIABLES, siteSettings } from './site-settings';

const CONFIG: SiteConfig = {
  siteUrl: 'https://config.example.com',
  basePath: '/',
  apiBaseUrl: '',
  contentDir: 'content/reviews',
  shareImages: 1000,
  includeDrafts: false,
};

describe('the site settings', () => {
  let envDir: string;
  beforeEach(() => {
    envDir = mkdtempSync(join(tmpdir(), 'reel-notes-settings-'));
    // The machine's own environment must not decide these tests.
    for (const name of Object.values(SETTING_VARIABLES)) vi.stubEnv(name, undefined);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(envDir, { recursive: true, force: true });
  });
  const settings = (mode: 'production' | 'development' = 'production', config = CONFIG) =>
    siteSettings(mode, { envDir, config });

  it('are the defaults of site.config.ts when nothing overrides them', () => {
    expect(settings()).toEqual({
      siteUrl: 'https://config.example.com',
      basePath: '/',
      apiBaseUrl: undefined,
      contentDir: CONTENT_DIR,
      shareImages: 1000,
      includeDrafts: false,
    });
  });

  it('take .env over the config, .env.[mode] over .env, and the environment over every file', () => {
    writeFileSync(join(envDir, '.env'), 'SITE_URL=https://env.example.com\nBASE_PATH=/from-env/\nSHARE_IMAGES=5\n');
    writeFileSync(
      join(envDir, '.env.production'),
      'BASE_PATH=repo-name\nVITE_API_BASE_URL=https://cdn.example.com/v2/\n',
    );
    vi.stubEnv('SHARE_IMAGES', '12');
    expect(settings()).toMatchObject({
      siteUrl: 'https://env.example.com',
      basePath: '/repo-name/',
      apiBaseUrl: 'https://cdn.example.com/v2/',
      shareImages: 12,
    });
    // `npm run dev` reads .env.development, not .env.production.
    expect(settings('development')).toMatchObject({ basePath: '/from-env/', apiBaseUrl: undefined });
  });

  it('read an empty variable as not set, and INCLUDE_DRAFTS=1 as drafts', () => {
    vi.stubEnv('SITE_URL', '  ');
    vi.stubEnv('INCLUDE_DRAFTS', '1');
    expect(settings()).toMatchObject({ siteUrl: 'https://config.example.com', includeDrafts: true });
    vi.stubEnv('INCLUDE_DRAFTS', '0');
    expect(settings({ ...CONFIG, includeDrafts: true } as never)).toMatchObject({ includeDrafts: false });
  });

  it('take the usual addresses and paths in their canonical form', () => {
    vi.stubEnv('SITE_URL', 'https://user.github.io/repo-name/');
    vi.stubEnv('BASE_PATH', 'repo-name');
    expect(settings()).toMatchObject({ siteUrl: 'https://user.github.io/repo-name', basePath: '/repo-name/' });
  });

  it('read a folder laid out as content/ as its reviews/, relative to the repository', () => {
    vi.stubEnv('CONTENT_DIR', 'content');
    expect(settings().contentDir).toBe(CONTENT_DIR);
    vi.stubEnv('CONTENT_DIR', 'elsewhere/reviews');
    expect(settings().contentDir).toBe(join(ROOT, 'elsewhere', 'reviews'));
  });

  it.each([
    ['https://reviews.example.com";}', /^SITE_URL must be/],
    ['https://reviews.example.com/\n# x', /^SITE_URL must be/],
    ['https://reviews.example.com/a;b', /^SITE_URL must be/],
    ['ftp://reviews.example.com', /^SITE_URL must be/],
    ['https://reviews.example.com/?x', /^SITE_URL must be/],
  ])('refuse SITE_URL=%j', (url, message) => {
    vi.stubEnv('SITE_URL', url);
    expect(() => settings()).toThrow(message);
  });

  it.each(['/repo";/', '/a b/', '/{x}/', '/../', '/a;b/', '/a\n/'])('refuse BASE_PATH=%j', (path) => {
    vi.stubEnv('BASE_PATH', path);
    expect(() => settings()).toThrow(/^BASE_PATH must be/);
  });

  it('refuse a hostile API address and a share-image count that is not a number, from a file too', () => {
    writeFileSync(join(envDir, '.env'), 'VITE_API_BASE_URL="https://cdn.example.com; x"\n');
    expect(() => settings()).toThrow(/^VITE_API_BASE_URL must be/);
    rmSync(join(envDir, '.env'));
    vi.stubEnv('SHARE_IMAGES', 'all');
    expect(() => settings()).toThrow(/^SHARE_IMAGES must be a whole number/);
    vi.stubEnv('SHARE_IMAGES', '-1');
    expect(() => settings()).toThrow(/^SHARE_IMAGES must be a whole number/);
  });
});
