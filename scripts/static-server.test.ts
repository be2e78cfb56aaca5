import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../tests/raw-request';
import { startStaticServer, type StaticServer } from './lib/static-server';

const FILES = {
  'index.html': '<h1>Home</h1>',
  '404.html': '<h1>Not here</h1>',
  _headers: '/*\n  X-Test: yes\n',
  'deploy/nginx.conf': 'server {}',
  'api/v2/index.json': '{}',
};

describe('the static server of the benchmark and the host checks', () => {
  let root: string;
  let server: StaticServer;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'reel-notes-static-'));
    for (const [path, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    server = await startStaticServer({ root, headers: () => ({ 'X-Test': 'yes' }) });
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it.each([
    ['/_headers', 'text/html', '<h1>Not here</h1>'],
    ['/deploy/nginx.conf', 'text/plain', 'Not found'],
    ['//', 'text/html', '<h1>Not here</h1>'],
    ['/api/v2/%zz', 'application/json', '{"error":"not found"}'],
    // Node's parser refuses these before any handler: a NUL, and 20 kB of path (its limit is 16 kB of headers).
    ['/a\0b', 'text/html', '<h1>Not here</h1>'],
    [`/${'x/'.repeat(10_000)}`, 'text/html', '<h1>Not here</h1>'],
  ])('answers %j as a missing path, with the headers of every response', async (path, type, body) => {
    const response = await rawRequest(server.url, path);
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(new RegExp(`^${type}`));
    expect(response.headers['x-test']).toBe('yes');
    expect(response.body.toString()).toBe(body);
  });

  it('serves the site, and refuses other methods with its headers', async () => {
    expect((await rawRequest(server.url, '/')).body.toString()).toBe('<h1>Home</h1>');
    const post = await rawRequest(server.url, '/', 'POST');
    expect([post.status, post.headers['x-test']]).toEqual([405, 'yes']);
  });
});
