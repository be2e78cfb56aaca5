import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { headersForPath, parseHeadersFile } from '../../scripts/deploy/headers-file';

/**
 * The generated dist/_headers itself (the 'headers-file' project only): the
 * hosts that read it join a header set by two matching blocks with a comma,
 * or keep one of them, so no path of the build may get a header twice.
 */
const DIST = process.env.E2E_DIST ?? 'dist';

function sitePaths(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sitePaths(path, base);
    const file = `/${relative(base, path).split('\\').join('/')}`;
    // A folder's index.html is asked for by the folder's address.
    return file.endsWith('/index.html')
      ? [file, file.slice(0, -'index.html'.length), file.slice(0, -'/index.html'.length) || '/']
      : [file];
  });
}

test('no path of the build gets a header from two blocks of _headers', () => {
  const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
  const twice: string[] = [];
  for (const path of [...sitePaths(DIST), '/no-such-page', '/api/v2/no-such-file.json']) {
    for (const [name, { from }] of headersForPath(rules, path)) {
      if (from.length > 1) twice.push(`${path}: ${name} from ${from.join(' and ')}`);
    }
  }
  expect(twice).toEqual([]);
});

test('every page, file and error gets the security headers from _headers', () => {
  const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
  for (const path of ['/', '/reviews/alien-1979', '/assets/x.js', '/api/v2/index.json', '/no-such-page']) {
    const names = [...headersForPath(rules, path).keys()];
    expect(names, path).toEqual(
      expect.arrayContaining([
        'content-security-policy',
        'strict-transport-security',
        'x-content-type-options',
        'referrer-policy',
        'permissions-policy',
        'cross-origin-opener-policy',
      ]),
    );
  }
});
