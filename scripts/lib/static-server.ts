/**
 * A small static file server for benchmarks and tests: serves a built app as a
 * static host would, over loopback, with no dependencies.
 *
 * - Each mount maps a URL prefix to a folder (e.g. `/large-api/` → .bench/large-api).
 * - Paths without a file extension get index.html (SPA fallback); anything else
 *   missing is a 404, and under an API prefix a JSON 404 (never index.html).
 * - Text responses are gzipped when the client accepts it, compressed once
 *   and cached in memory so compression time does not distort measurements.
 */
import { createReadStream, statSync, readFileSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt', '.xml', '.map']);
/** Smaller than this, gzip's header costs more than it saves. */
const MIN_COMPRESS_BYTES = 256;

export interface StaticServerOptions {
  /** The built app: index.html and its assets. */
  root: string;
  /** More folders, by URL prefix ending in "/": { '/large-api/': '.bench/large-api' }. */
  mounts?: Record<string, string>;
  /** URL prefixes where a missing file is a JSON 404, never the app. */
  apiPrefixes?: string[];
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

interface CachedFile {
  mtimeMs: number;
  size: number;
  gzip: Buffer;
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const mounts = Object.entries({ ...options.mounts, '/': options.root })
    .map(([prefix, dir]) => [prefix, resolve(dir)] as const)
    // Longest prefix first, so /large-api/ wins over /.
    .sort(([a], [b]) => b.length - a.length);
  const apiPrefixes = options.apiPrefixes ?? ['/api/', ...Object.keys(options.mounts ?? {})];
  const gzipCache = new Map<string, CachedFile>();

  const locate = (pathname: string): string | null => {
    const [prefix, dir] = mounts.find(([prefix]) => pathname.startsWith(prefix)) ?? [];
    if (prefix === undefined || dir === undefined) return null;
    const file = resolve(join(dir, pathname.slice(prefix.length)));
    // Never outside the folder, whatever the path says.
    return file === dir || file.startsWith(dir + sep) ? file : null;
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (pathname.includes('\0')) {
      res.writeHead(400).end();
      return;
    }

    let found = findFile(locate(pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    if (!found) {
      if (apiPrefixes.some((prefix) => pathname.startsWith(prefix))) {
        send(res, req, 404, 'application/json; charset=utf-8', Buffer.from('{"error":"not found"}'));
        return;
      }
      // A path without an extension is a route of the app.
      if (extname(pathname) === '') found = findFile(join(resolve(options.root), 'index.html'));
      if (!found) {
        send(res, req, 404, 'text/plain; charset=utf-8', Buffer.from('Not found'));
        return;
      }
    }
    const { file, stats } = found;

    const ext = extname(file).toLowerCase();
    const type = CONTENT_TYPES[ext] ?? 'application/octet-stream';
    const headers: Record<string, string | number> = {
      'Content-Type': type,
      // Hashed assets never change; everything else is checked each time.
      'Cache-Control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    };
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (COMPRESSIBLE.has(ext) && stats.size >= MIN_COMPRESS_BYTES) {
      headers.Vary = 'Accept-Encoding';
      if (acceptsGzip) {
        let cached = gzipCache.get(file);
        if (!cached || cached.mtimeMs !== stats.mtimeMs || cached.size !== stats.size) {
          cached = { mtimeMs: stats.mtimeMs, size: stats.size, gzip: gzipSync(readFileSync(file), { level: 6 }) };
          gzipCache.set(file, cached);
        }
        headers['Content-Encoding'] = 'gzip';
        headers['Content-Length'] = cached.gzip.length;
        res.writeHead(200, headers);
        res.end(req.method === 'HEAD' ? undefined : cached.gzip);
        return;
      }
    }
    headers['Content-Length'] = stats.size;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };

  const server = createServer(handle);
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => done());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${address.address}:${address.port}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

function findFile(file: string | null): { file: string; stats: Stats } | null {
  if (!file) return null;
  try {
    const stats = statSync(file);
    return stats.isFile() ? { file, stats } : null;
  } catch {
    return null;
  }
}

function send(res: ServerResponse, req: IncomingMessage, status: number, type: string, body: Buffer): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-cache' });
  res.end(req.method === 'HEAD' ? undefined : body);
}
