import { expect, test } from '@playwright/test';
import { builtFiles, IMMUTABLE, rawGet, SECURITY_HEADERS, SERVER_CONFIG, watchErrors } from './host-helpers';

/**
 * The built site as a real host serves it with the configuration the build
 * generated: nginx (dist/deploy/nginx.conf), Caddy (dist/deploy/Caddyfile),
 * and a server applying dist/_headers as Netlify and Cloudflare Pages do
 * (playwright.hosts.config.ts starts each). First as a reader in Chromium,
 * then as a client that reads status codes and headers.
 */

test.describe('a reader', () => {
  test('opens a review from a deep link, and the app takes over from the prerendered page', async ({ page }) => {
    const errors = watchErrors(page);
    const response = await page.goto('/reviews/alien-1979');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('‘Alien’ review');
    // A link followed in the app: its data comes from the host's API files.
    await page.getByRole('banner').getByRole('link', { name: 'Reel Notes' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Latest reviews' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('opens a genre from a deep link', async ({ page }) => {
    const errors = watchErrors(page);
    const response = await page.goto('/genres/action');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Action reviews' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('opens the latest reviews with filters in the address, and sees only what they allow', async ({ page }) => {
    const errors = watchErrors(page);
    const response = await page.goto('/?genre=drama&rating=4');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Latest reviews' })).toBeVisible();
    const stars = page
      .getByRole('main')
      .getByRole('article')
      .getByRole('img', { name: /out of 5 stars$/ });
    await expect(stars.first()).toBeVisible();
    // The filtered list replaces the prerendered one, which has every review.
    await expect
      .poll(async () => {
        const labels = await stars.evaluateAll((images) => images.map((image) => image.getAttribute('aria-label')));
        return labels.every((label) => Number.parseFloat(label ?? '0') >= 4);
      })
      .toBe(true);
    await expect(page).toHaveURL(/genre=drama/);
    expect(errors).toEqual([]);
  });

  test('gets the not-found page, with status 404, at an address that is no page', async ({ page }) => {
    for (const path of ['/no-such-page', '/reviews/no-such-review']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(
        page.getByRole('heading', { level: 1, name: /^We couldn’t find that (page|review)$/ }),
      ).toBeVisible();
    }
  });
});

test.describe('a client', () => {
  test('gets a 404 with a JSON body for a missing data file, never a page', async ({ request }) => {
    for (const path of [
      '/api/v2/reviews/no-such-review.json',
      '/api/v2/builds/0000000000000000/pages/all.json',
      '/api/v2/nothing',
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(response.headers()['content-type'], path).toMatch(/^application\/json/);
      expect(await response.json(), path).toEqual({ error: 'not found' });
    }
  });

  test('learns nothing from a path that climbs out of the site', async ({ baseURL }) => {
    for (const path of [
      '/api/%2e%2e/%2e%2e/etc/passwd',
      '/api/v2/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
      '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/../../etc/passwd',
    ]) {
      const response = await rawGet(baseURL!, path);
      expect(response.status, path).toBe(404);
      expect(response.body.toString(), path).not.toMatch(/root:.*:0:0:/);
    }
  });

  test('gets HTML, JavaScript, CSS and JSON gzipped when it accepts gzip', async ({ request, baseURL }) => {
    const files = await builtFiles(request);
    for (const path of [
      '/',
      '/reviews/alien-1979',
      files.script,
      files.stylesheet,
      '/api/v2/reviews/alien-1979.json',
      files.buildFile,
    ]) {
      const response = await rawGet(baseURL!, path, { 'Accept-Encoding': 'gzip' });
      expect(response.status, path).toBe(200);
      expect(response.headers['content-encoding'], path).toBe('gzip');
      expect(String(response.headers.vary), path).toMatch(/Accept-Encoding/i);
    }
    const plain = await rawGet(baseURL!, files.script);
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  test('may keep hashed files for good, and revalidates pages and the archive’s entry', async ({ request }) => {
    const files = await builtFiles(request);
    const cacheControl = async (path: string) => (await request.get(path)).headers()['cache-control'];
    expect(await cacheControl(files.script)).toBe(IMMUTABLE);
    expect(await cacheControl(files.stylesheet)).toBe(IMMUTABLE);
    expect(await cacheControl(files.buildFile)).toBe(IMMUTABLE);
    for (const path of [
      '/',
      '/genres/action',
      '/reviews/alien-1979',
      '/api/v2/index.json',
      '/api/v2/reviews/alien-1979.json',
      '/feed.xml',
      '/sitemap.xml',
      '/sw.js',
    ]) {
      expect(await cacheControl(path), path).toBe('no-cache');
    }
    expect(await cacheControl('/share/alien-1979.png')).toBe('public, max-age=86400');
  });

  // Not on the _headers host: a _headers file sets headers by path, whatever the status.
  test('never keeps a missing hashed file for good', { tag: SERVER_CONFIG }, async ({ request }) => {
    const response = await request.get('/assets/index-00000000.js');
    expect(response.status()).toBe(404);
    expect(response.headers()['cache-control']).not.toContain('immutable');
  });

  test('gets the security headers with pages, files, data and errors', async ({ request }) => {
    const files = await builtFiles(request);
    for (const path of [
      '/',
      '/reviews/alien-1979',
      files.script,
      '/api/v2/index.json',
      '/no-such-page',
      '/api/v2/x.json',
    ]) {
      const headers = (await request.get(path)).headers();
      expect(headers, path).toMatchObject(SECURITY_HEADERS);
      const policy = headers['content-security-policy'] ?? '';
      expect(policy, path).toContain("script-src 'self'");
      expect(policy, path).toContain("connect-src 'self'");
      expect(policy, path).toContain("frame-ancestors 'none'");
    }
  });

  test('may read the API from another origin, and only the API', async ({ request }) => {
    expect((await request.get('/api/v2/index.json')).headers()['access-control-allow-origin']).toBe('*');
    expect((await request.get('/')).headers()['access-control-allow-origin']).toBeUndefined();
  });

  // Not on the _headers host: Netlify hides them by a forced rule of _redirects, which that server does not read.
  test(
    'finds none of the build’s own files that are not part of the site',
    { tag: SERVER_CONFIG },
    async ({ request }) => {
      for (const path of ['/deploy/nginx.conf', '/deploy/Caddyfile', '/.vite/manifest.json']) {
        const response = await request.get(path);
        expect(response.status(), path).toBe(404);
      }
    },
  );
});
