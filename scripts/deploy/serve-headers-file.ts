/**
 * Serves a build as Netlify or Cloudflare Pages would apply its generated
 * `_headers` file: the static host's rules (scripts/lib/static-host.ts) and,
 * on every response, the headers of every block that matches the path
 * (scripts/deploy/headers-file.ts). The host tests (playwright.hosts.config.ts)
 * start it; it stands in for those hosts, which cannot be run here.
 *
 * Usage: npx tsx scripts/deploy/serve-headers-file.ts [--dist dist] [--port 4320] [--host 127.0.0.1]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startStaticServer } from '../lib/static-server';
import { headersForPath, parseHeadersFile } from './headers-file';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4320' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const dist = resolve(values.dist);
const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
const server = await startStaticServer({
  root: dist,
  port: Number(values.port),
  host: values.host,
  headers: (path) => Object.fromEntries([...headersForPath(rules, path)].map(([name, { value }]) => [name, value])),
});
console.log(`${dist} with its _headers (${rules.length} blocks) at ${server.url}/`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
