/**
 * Writes the host configurations for a build, from the one policy in
 * scripts/deploy/headers.ts and the API origin the build was made for
 * (VITE_API_BASE_URL: scripts/config/site-settings.ts):
 *
 *   dist/_headers, dist/_redirects    Netlify and Cloudflare Pages
 *   dist/api-not-found.json           the body of a missing API file on Netlify
 *   dist/deploy/nginx.conf            an nginx site (include it inside http { })
 *   dist/deploy/Caddyfile             a Caddy site
 *
 * Runs at the end of `npm run build`, after prerendering, and checks that the
 * <meta> policy in the built pages names the same API origin. The configs
 * serve the build at the root of a host; a BASE_PATH build is for GitHub
 * Pages, or for a proxy that strips the prefix. docs/deploy.md
 * says how each host uses them; dist/deploy/ is for servers, not for the site
 * (the generated configs never serve it).
 *
 * Usage: npx tsx scripts/deploy/write-host-config.ts [--dist dist]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../lib/project-paths';
import { writeIfChanged } from '../lib/write-if-changed';
import { apiOrigin, builtScriptHashes, contentSecurityPolicy } from '../lib/security-policy';
import { siteSettings } from '../config/site-settings';
import { CADDY_DEFAULTS, renderCaddyfile } from './caddy';
import { hostPolicy, type HostPolicy } from './headers';
import { holdsPages, pagePatterns, renderHeadersFile, renderRedirectsFile } from './netlify';
import { NGINX_DEFAULTS, renderNginx } from './nginx';

export const MISSING_DATA_FILE = 'api-not-found.json';

export type HostConfigFile =
  '_headers' | '_redirects' | typeof MISSING_DATA_FILE | 'deploy/nginx.conf' | 'deploy/Caddyfile';

/** Every generated file, by its path inside the build; `scriptHashes`: the pages' inline scripts (builtScriptHashes). */
export function hostConfigFiles(
  dist: string,
  apiBaseUrl: string | undefined,
  scriptHashes: readonly string[],
): Record<HostConfigFile, string> {
  const policy = hostPolicy({ apiBaseUrl, scriptHashes });
  const api = apiOrigin(apiBaseUrl) ?? 'this site (api/v2/)';
  return {
    _headers: renderHeadersFile(policy, pagePatterns(pageFiles(dist, policy), policy), api),
    _redirects: renderRedirectsFile(policy, MISSING_DATA_FILE),
    [MISSING_DATA_FILE]: `${policy.missingDataBody}\n`,
    'deploy/nginx.conf': renderNginx(policy, { ...NGINX_DEFAULTS, apiOrigin: api }),
    'deploy/Caddyfile': renderCaddyfile(policy, { ...CADDY_DEFAULTS, apiOrigin: api }),
  };
}

/**
 * The <meta> policy of the built index.html must be the one the headers extend:
 * the same API origin, the same inline scripts.
 */
export function checkMetaPolicy(dist: string, apiBaseUrl: string | undefined, scriptHashes: readonly string[]): void {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
  const expected = contentSecurityPolicy({ apiBaseUrl, forMeta: true, scriptHashes });
  if (meta !== expected) {
    throw new Error(
      `${relative(ROOT, join(dist, 'index.html'))} was built with another Content-Security-Policy than the headers would send:\n` +
        `  in the page: ${meta ?? '(none)'}\n  expected:    ${expected}\n` +
        'Build again with the same VITE_API_BASE_URL.',
    );
  }
}

/**
 * The files of a build that pagePatterns may find pages among: those at its
 * top and in its folders of pages. The others (the API's 60,000 files at
 * 20,000 reviews) are not walked.
 */
function pageFiles(dist: string, policy: HostPolicy): string[] {
  const filesIn = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? filesIn(path) : [relative(dist, path).split('\\').join('/')];
    });
  return readdirSync(dist, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory()) return [entry.name];
    return holdsPages(entry.name, policy) ? filesIn(join(dist, entry.name)) : [];
  });
}

/**
 * Writes the host configurations into a build (only the files that changed:
 * the folder may hold an older build); returns what it did, in a line, and
 * how many files it wrote.
 */
export function writeHostConfig(dist: string): { summary: string; written: number } {
  const { apiBaseUrl, basePath } = siteSettings();
  const scriptHashes = builtScriptHashes(dist);
  checkMetaPolicy(dist, apiBaseUrl, scriptHashes);
  const files = hostConfigFiles(dist, apiBaseUrl, scriptHashes);
  const written = Object.entries(files).filter(([path, text]) => writeIfChanged(join(dist, path), text)).length;
  const summary = [
    `Host configuration for the API at ${apiOrigin(apiBaseUrl) ?? 'this site'}: ${Object.keys(files)
      .map((path) => relative(ROOT, join(dist, path)))
      .join(', ')}.`,
    ...(basePath === '/'
      ? []
      : [
          `BASE_PATH is ${basePath}: these configs serve the build at the root of a host, so put them behind a proxy ` +
            `that strips ${basePath} (GitHub Pages needs none of them): docs/deploy.md.`,
        ]),
  ].join('\n');
  return { summary, written };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
  console.log(writeHostConfig(resolve(ROOT, values.dist)).summary);
}
