import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootScript } from '../lib/boot-script';
import { ROOT } from '../lib/project-paths';
import { apiOrigin, builtScriptHashes, contentSecurityPolicy } from '../lib/security-policy';
import { CADDY_DEFAULTS, renderCaddyfile } from './caddy';
import { hostPolicy } from './headers';
import { headersForPath, parseHeadersFile } from './headers-file';
import { pagePatterns, renderHeadersFile, renderRedirectsFile } from './netlify';
import { NGINX_DEFAULTS, renderNginx } from './nginx';
import { checkMetaPolicy, hostConfigFiles } from './write-host-config';

const CDN = 'https://cdn.example.com/reviews/v2/';
const CDN_CONNECT = "connect-src 'self' https://cdn.example.com;";

/** A build's files, as prerendering lays them out. */
const BUILD = [
  'index.html',
  '404.html',
  'offline.html',
  'sw.js',
  'assets/index-1a2b3c.js',
  'assets/style-1a2b3c.css',
  'favicon.svg',
  'manifest.webmanifest',
  'feed.xml',
  'feed.json',
  'sitemap.xml',
  'robots.txt',
  'share/alien-1979.png',
  'icons/icon-192.png',
  'genres/index.html',
  'genres/action/index.html',
  'ratings/index.html',
  'ratings/4/index.html',
  'reviews/alien-1979/index.html',
  'api/v2/index.json',
  'api/v2/reviews/alien-1979.json',
  'api/v2/builds/0123456789abcdef/pages/all.json',
  'api/v2/images/0123456789abcdef-640.avif',
  'deploy/nginx.conf',
  '.vite/manifest.json',
];

describe('the host configuration of a build for an API on a CDN', () => {
  // A real build (no prerendering: the headers need only its pages' files), made for the CDN.
  let dist: string;
  // The boot script's hash, which the build put in the pages' policy and the headers must name too.
  let scripts: string[];
  beforeAll(async () => {
    scripts = [(await bootScript('/')).hash];
    dist = mkdtempSync(join(tmpdir(), 'reel-notes-cdn-build-'));
    const built = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: ROOT,
      env: { ...process.env, VITE_API_BASE_URL: CDN, APP_ONLY: '1' },
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`vite build failed:\n${built.stderr}`);
  }, 120_000);
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('sends the CDN in connect-src from _headers, nginx and Caddy alike, with framing forbidden', () => {
    const files = hostConfigFiles(dist, CDN, scripts);
    const expected = contentSecurityPolicy({ apiBaseUrl: CDN, forMeta: false, scriptHashes: scripts });
    expect(expected).toContain(CDN_CONNECT);
    expect(expected).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(expected).toContain("frame-ancestors 'none'");
    expect(files._headers).toContain(`  Content-Security-Policy: ${expected}\n`);
    expect(files['deploy/nginx.conf']).toContain(`add_header Content-Security-Policy "${expected}" always;`);
    expect(files['deploy/Caddyfile']).toContain(`Content-Security-Policy "${expected}"`);
  });

  it('says the same as the <meta> policy of the built index.html, which cannot forbid framing', () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
    expect(meta).toContain(CDN_CONNECT);
    expect(meta).toContain(`script-src 'self' ${scripts[0]};`);
    const headers = parseHeadersFile(hostConfigFiles(dist, CDN, scripts)._headers);
    expect(headersForPath(headers, '/').get('content-security-policy')?.value).toBe(`${meta}; frame-ancestors 'none'`);
    expect(() => checkMetaPolicy(dist, CDN, scripts)).not.toThrow();
  });

  it('carries the boot script inline, before the stylesheet, with the very hash the policy names', () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const inline = /<script>([\s\S]*?)<\/script>/.exec(html);
    expect(inline, 'an inline script').not.toBeNull();
    expect(inline!.index).toBeLessThan(html.indexOf('<link rel="stylesheet"'));
    expect(`'sha256-${createHash('sha256').update(inline![1]!).digest('base64')}'`).toBe(scripts[0]);
    expect(builtScriptHashes(dist), 'what the headers are written with').toEqual(scripts);
    expect(html).not.toMatch(/<script src="[^"]*boot-/);
  });

  it('refuses to write headers for another API than the build’s', () => {
    expect(() => checkMetaPolicy(dist, undefined, scripts)).toThrow(/another Content-Security-Policy/);
    expect(() => checkMetaPolicy(dist, 'https://elsewhere.example.org/api/', scripts)).toThrow(/VITE_API_BASE_URL/);
    expect(() => checkMetaPolicy(dist, CDN, [])).toThrow(/another Content-Security-Policy/);
  });
});

describe('_headers', () => {
  const policy = hostPolicy();
  const rules = parseHeadersFile(renderHeadersFile(policy, pagePatterns(BUILD, policy), 'this site'));

  it('names each top-level folder of pages, and no folder the policy caches otherwise', () => {
    expect(pagePatterns(BUILD, policy)).toEqual([
      '/',
      '/404.html',
      '/genres',
      '/genres/*',
      '/ratings',
      '/ratings/*',
      '/reviews/*',
    ]);
  });

  it('gives no path of the build a header from two blocks (Cloudflare would join them)', () => {
    const paths = [
      ...BUILD.map((file) => `/${file.replace(/index\.html$/, '')}`),
      '/genres',
      '/nope',
      '/api/v2/x.json',
    ];
    for (const path of paths) {
      for (const [name, { from }] of headersForPath(rules, path)) expect(from, `${path} ${name}`).toHaveLength(1);
    }
  });

  it('caches hashed files for good, share images for a day, and revalidates the rest', () => {
    const cache = (path: string) => headersForPath(rules, path).get('cache-control')?.value;
    expect(cache('/assets/index-1a2b3c.js')).toBe('public, max-age=31536000, immutable');
    expect(cache('/api/v2/builds/0123456789abcdef/pages/all.json')).toBe('public, max-age=31536000, immutable');
    expect(cache('/api/v2/images/0123456789abcdef-640.avif')).toBe('public, max-age=31536000, immutable');
    expect(cache('/share/alien-1979.png')).toBe('public, max-age=86400');
    for (const path of ['/', '/genres/action', '/reviews/alien-1979', '/api/v2/index.json', '/feed.xml', '/sw.js']) {
      expect(cache(path), path).toBe('no-cache');
    }
    expect(headersForPath(rules, '/api/v2/index.json').get('access-control-allow-origin')?.value).toBe('*');
    expect(headersForPath(rules, '/').get('access-control-allow-origin')).toBeUndefined();
  });
});

describe('the _headers reader of the tests', () => {
  it('joins a header set by two matching blocks, and drops one detached with "!", as Cloudflare Pages does', () => {
    const rules = parseHeadersFile('/*\n  X-A: 1\n  X-B: 1\n\n/x/*\n  X-A: 2\n  ! X-B\n\n/:name/y\n  X-C: 3\n');
    const get = (path: string) =>
      Object.fromEntries([...headersForPath(rules, path)].map(([name, { value }]) => [name, value]));
    expect(get('/x/y')).toEqual({ 'x-a': '1, 2', 'x-c': '3' });
    expect(get('/z')).toEqual({ 'x-a': '1', 'x-b': '1' });
    expect(get('/a\r\nb')).toEqual({ 'x-a': '1', 'x-b': '1' });
  });
});

describe('the nginx site', () => {
  it('refuses a value it would have to escape, rather than write a config that means something else', () => {
    const policy = hostPolicy();
    const bad = { ...policy, security: [['X-Test', 'costs $5']] as const };
    expect(() => renderNginx(bad, { root: '/srv', listen: '80', apiOrigin: 'x' })).toThrow(/Cannot put/);
  });
});

describe('the build settings, hostile or mistaken', () => {
  const HOSTILE_URLS = [
    'https://cdn.example.com";\n}\nserver { listen 81; }',
    'https://cdn.example.com;script-src *',
    'https://cdn.example.com/reviews/v2/"; add_header X-Evil 1; "',
    'https://cdn.example.com/{path}/',
    'https://cdn.example.com/a b/',
    'https://cdn.example.com/\r\n/*\n  X-Evil: 1',
    'https://user:secret@cdn.example.com/',
    'https://cdn.example.com/?q=1',
    'javascript:alert(1)',
    '//cdn.example.com/reviews/',
    "https://cdn.example.com/it's/",
  ];

  it.each(HOSTILE_URLS)('refuses VITE_API_BASE_URL=%j where it is read, with a message naming it', (url) => {
    expect(() => apiOrigin(url)).toThrow(/^VITE_API_BASE_URL must be a path on the site/);
    expect(() => hostConfigFiles('/nonexistent', url, [])).toThrow(/VITE_API_BASE_URL/);
  });

  it('takes a path on the site, or an http(s) address, and names only its origin', () => {
    expect(apiOrigin(undefined)).toBeUndefined();
    expect(apiOrigin('/large-api/')).toBeUndefined();
    expect(apiOrigin('https://CDN.example.com/reviews/v2/')).toBe('https://cdn.example.com');
    expect(apiOrigin('http://127.0.0.1:8080/api/v2/')).toBe('http://127.0.0.1:8080');
    expect(apiOrigin('https://cdn.example.com:443')).toBe('https://cdn.example.com');
  });

  // Whatever a setting says, it stays inside its one place: each writer refuses it or quotes it there.
  it('never lets an API address change a line of a generated file but its own', () => {
    const policy = hostPolicy();
    const writers = {
      _headers: (origin: string) => renderHeadersFile(policy, ['/'], origin),
      'nginx.conf': (origin: string) => renderNginx(policy, { ...NGINX_DEFAULTS, apiOrigin: origin }),
      Caddyfile: (origin: string) => renderCaddyfile(policy, { ...CADDY_DEFAULTS, apiOrigin: origin }),
    };
    const settings = fc.oneof(
      fc.string(),
      fc.constantFrom(...HOSTILE_URLS),
      fc
        .array(fc.constantFrom('"', "'", '\n', '\r', '{', '}', ';', '$', '`', '\\', 'https://x.org', ' '), {
          maxLength: 8,
        })
        .map((parts) => parts.join('')),
    );
    for (const [name, write] of Object.entries(writers)) {
      const baseline = write('https://cdn.example.com').split('\n');
      fc.assert(
        fc.property(settings, (origin) => {
          let written: string[];
          try {
            written = write(origin).split('\n');
          } catch {
            return; // refused
          }
          expect(written.length, name).toBe(baseline.length);
          const changed = written.flatMap((line, index) => (line === baseline[index] ? [] : [index]));
          expect(
            changed.every((index) => written[index]!.startsWith('#')),
            name,
          ).toBe(true);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('writes every private path into _redirects as hidden, and no header into _headers for a hostile pattern', () => {
    const redirects = renderRedirectsFile(hostPolicy(), 'api-not-found.json');
    for (const path of ['/_headers', '/_redirects', '/deploy', '/deploy/*', '/.vite/*']) {
      expect(redirects).toContain(`\n${path}  /404.html  404!\n`);
    }
    expect(() => renderHeadersFile(hostPolicy(), ['/a b'], 'x')).toThrow(/Not a URL path pattern/);
  });
});
