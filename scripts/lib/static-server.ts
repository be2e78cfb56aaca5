/**
 * A small static file server for benchmarks and tests: serves a built app as a
 * static host would, over loopback, with no dependencies.
 *
 * - Each mount maps a URL prefix to a folder (e.g. `/large-api/` → .bench/large-api).
 * - Which file answers a request, and what a missing one gets, is decided by
 *   the static host's rules (scripts/lib/static-host.ts, `answerStatic`):
 *   the app's pages for page addresses, a JSON 404 for missing data; so is
 *   a request Node's parser refuses (scripts/lib/unparsed-requests.ts).
 * - Hashed files (`assets/` of the app, `builds/` of an archive) are cached
 *   for good; everything else is revalidated (`no-cache`).
 * - Text responses are gzipped when the client accepts it, compressed once
 *   and cached in memory so compression time does not distort measurements.
 * - `headers` adds (or replaces) headers by URL path on every response, errors
 *   included, as a host applying a `_headers` file does (scripts/deploy/headers-file.ts).
 */
import { createReadStream, readFileSync, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { answerBody, answerMissing, answerStatic, contentTypeOf } from './static-host';
import { answerUnparsedRequests } from './unparsed-requests';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt', '.xml', '.map']);
/** Smaller than this, gzip's header costs more than it saves. */
const MIN_COMPRESS_BYTES = 256;
/** Folders whose files are named by their contents' hash, at the top of a mount. */
const IMMUTABLE_FOLDERS = new Set(['assets', 'builds']);
const IMMUTABLE = 'public, max-age=31536000, immutable';

export interface StaticServerOptions {
  /** The built app: index.html and its assets. */
  root: string;
  /** More folders, by URL prefix ending in "/": { '/large-api/': '.bench/large-api' }. */
  mounts?: Record<string, string>;
  /** URL prefixes where a missing file is a JSON 404, never the app. */
  apiPrefixes?: string[];
  /** Headers for a URL path (no query), set on every response to it, over the server's own. */
  headers?: (path: string) => Record<string, string>;
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

/** A site path (no leading slash) found in a folder: the file, and its path inside the mount. */
interface Located {
  file: string;
  inMount: string;
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const mounts = Object.entries({ ...options.mounts, '/': options.root })
    .map(([prefix, dir]) => [prefix.replace(/^\/+/, ''), resolve(dir)] as const)
    // Longest prefix first, so large-api/ wins over the root.
    .sort(([a], [b]) => b.length - a.length);
  const apiPrefixes = options.apiPrefixes ?? ['/api/', ...Object.keys(options.mounts ?? {})];
  const gzipCache = new Map<string, CachedFile>();

  const locate = (path: string): Located | null => {
    const [prefix, dir] = mounts.find(([prefix]) => path.startsWith(prefix)) ?? [];
    if (prefix === undefined || dir === undefined) return null;
    const inMount = path.slice(prefix.length);
    const file = resolve(join(dir, inMount));
    // Never outside the folder, whatever the path says (answerStatic refuses "..", this is a second lock).
    return file.startsWith(dir + sep) ? { file, inMount } : null;
  };
  const isFile = (path: string) => {
    const found = locate(path);
    return found !== null && statIfFile(found.file) !== null;
  };
  // Only ever a page the rules found with isFile.
  const readPage = (path: string) => readFileSync(locate(path)!.file);

  const extraHeaders = (url: string): Record<string, string> => {
    if (!options.headers) return {};
    const pathname = url.split(/[?#]/)[0] ?? '/';
    try {
      return options.headers(decodeURIComponent(pathname));
    } catch {
      return options.headers(pathname); // matched as sent
    }
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (options.headers) {
      const extra = extraHeaders(req.url ?? '/');
      const replaced = new Set(Object.keys(extra).map((name) => name.toLowerCase()));
      // These win over the server's own headers of the same name, whatever their case.
      const writeHead = res.writeHead.bind(res);
      res.writeHead = ((status: number, headers: Record<string, string | number> = {}) => {
        const own = Object.entries(headers).filter(([name]) => !replaced.has(name.toLowerCase()));
        return writeHead(status, { ...Object.fromEntries(own), ...extra });
      }) as typeof res.writeHead;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const answer = answerStatic(req.url ?? '/', { isFile, apiPrefixes });
    if (answer.kind === 'missing-data' || answer.kind === 'not-found') {
      const { status, type, body } = answerBody(answer, readPage);
      send(res, req, status, type, body);
      return;
    }
    const found = locate(answer.path);
    const stats = found && statIfFile(found.file);
    if (!found || !stats) {
      send(res, req, 404, 'text/plain; charset=utf-8', Buffer.from('Not found'));
      return;
    }
    const status = answer.kind === 'page' ? answer.status : 200;
    const ext = extname(found.file).toLowerCase();
    const headers: Record<string, string | number> = {
      'Content-Type': contentTypeOf(found.file),
      'Cache-Control':
        answer.kind === 'file' && IMMUTABLE_FOLDERS.has(found.inMount.split('/')[0] ?? '') ? IMMUTABLE : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    };
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (COMPRESSIBLE.has(ext) && stats.size >= MIN_COMPRESS_BYTES) {
      headers.Vary = 'Accept-Encoding';
      if (acceptsGzip) {
        let cached = gzipCache.get(found.file);
        if (!cached || cached.mtimeMs !== stats.mtimeMs || cached.size !== stats.size) {
          const gzip = gzipSync(readFileSync(found.file), { level: 6 });
          cached = { mtimeMs: stats.mtimeMs, size: stats.size, gzip };
          gzipCache.set(found.file, cached);
        }
        headers['Content-Encoding'] = 'gzip';
        headers['Content-Length'] = cached.gzip.length;
        res.writeHead(status, headers);
        res.end(req.method === 'HEAD' ? undefined : cached.gzip);
        return;
      }
    }
    headers['Content-Length'] = stats.size;
    res.writeHead(status, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(found.file).pipe(res);
  };

  const server = createServer(handle);
  server.keepAliveTimeout = 5_000;
  answerUnparsedRequests(server, (target) => {
    const { status, type, body } = answerBody(answerMissing(target, { isFile, apiPrefixes }), readPage);
    return {
      status,
      headers: {
        'Content-Type': type,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        ...extraHeaders(target),
      },
      body,
    };
  });
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

function statIfFile(file: string): Stats | null {
  try {
    const stats = statSync(file);
    return stats.isFile() ? stats : null;
  } catch {
    return null;
  }
}

function send(res: ServerResponse, req: IncomingMessage, status: number, type: string, body: Buffer): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-cache' });
  res.end(req.method === 'HEAD' ? undefined : body);
}
