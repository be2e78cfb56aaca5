/**
 * The Vite dev and preview servers answer as a static host would
 * (scripts/lib/static-host.ts).
 *
 * The preview server (`npm run preview`, `npm start`, the browser tests) is
 * the built site on a host, and behaves as the generated host configurations
 * do: every response carries the policy's security headers (and the API's on
 * its paths), errors and requests Node cannot parse included; files get the
 * policy's Cache-Control; private and malformed paths are missing.
 *
 * The dev server serves source modules and makes its own pages: it answers
 * only missing data and malformed paths, and sends no policy (its React
 * refresh preamble is an inline script, which the policy forbids).
 */
import { readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Connect, Plugin } from 'vite';
import { API_DIR } from '../../src/config/api-base';
import { DEV_SITE_DIR, ROOT } from '../lib/project-paths';
import { builtScriptHashes } from '../lib/security-policy';
import {
  answerBody,
  answerMissing,
  answerStatic,
  contentTypeOf,
  malformedPath,
  matchesPattern,
  type StaticAnswer,
} from '../lib/static-host';
import { answerUnparsedRequests } from '../lib/unparsed-requests';
import { cacheControlFor, hostPolicy, type HostPolicy } from '../deploy/headers';

/** The plugin: `apiBaseUrl` is the build's VITE_API_BASE_URL, whose origin the policy names. */
export function staticHost(options: { apiBaseUrl?: string } = {}): Plugin {
  return {
    name: 'reel-notes:static-host',
    configureServer: (server) => void server.middlewares.use(devHandler(server.config.publicDir, server.config.base)),
    configurePreviewServer: (server) => {
      const root = resolve(server.config.root, server.config.build.outDir);
      // The inline scripts of the build served, whatever the source says now.
      const scriptHashes = isFileIn(root)('index.html') ? builtScriptHashes(root) : [];
      const policy = hostPolicy({ apiBaseUrl: options.apiBaseUrl, scriptHashes });
      const base = server.config.base;
      const isFile = isFileIn(root);
      const readPage = (path: string) => readFileSync(join(root, path));
      const httpServer = server.httpServer as Server;
      // Before Vite's own middleware (CORS, host check): no response leaves without them.
      httpServer.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
        for (const [name, value] of policyHeaders(policy, sitePath(req.url ?? '/', base))) res.setHeader(name, value);
      });
      // Vite's own answer to them is a bare status line.
      httpServer.removeAllListeners('clientError');
      answerUnparsedRequests(httpServer, (target) => {
        const { status, type, body } = answerBody(answerMissing(sitePath(target, base), { isFile }), readPage);
        const headers = Object.fromEntries(policyHeaders(policy, sitePath(target, base)));
        return { status, headers: { ...headers, 'Content-Type': type }, body };
      });
      server.middlewares.use((req, res, next) => {
        const url = sitePath(req.url ?? '/', base);
        const answer = answerStatic(url, { isFile });
        res.setHeader('Vary', 'Accept-Encoding');
        if (answer.kind === 'file') {
          // Vite's file server keeps a Cache-Control already set.
          res.setHeader('Cache-Control', cacheControlFor(policy, `/${answer.path}`));
          return next();
        }
        send(req, res, answerBody(answer, readPage), policy.minimumCompressBytes);
      });
    },
  };
}

/** The security headers, Cache-Control for an error, and the API's headers on its paths. */
function policyHeaders(policy: HostPolicy, url: string): Array<readonly [string, string]> {
  const path = url.split(/[?#]/)[0] ?? '/';
  const api = policy.api.patterns.some((pattern) => matchesPattern(pattern, path)) ? policy.api.headers : [];
  return [...policy.security, ['Cache-Control', policy.defaultCacheControl], ...api];
}

/** Served under BASE_PATH, the rules see the address inside the site. */
function sitePath(url: string, base: string): string {
  return url.startsWith(base) ? url.slice(base.length - 1) : url;
}

function isFileIn(root: string) {
  return (path: string) => {
    try {
      return statSync(join(root, path)).isFile();
    } catch {
      return false;
    }
  };
}

/** A response of the site's own (a page, or a missing path), gzipped when the client takes it. */
function send(
  req: IncomingMessage,
  res: ServerResponse,
  { status, type, body }: ReturnType<typeof answerBody>,
  minimumCompressBytes: number,
): void {
  const gzip = body.length >= minimumCompressBytes && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const sent = gzip ? gzipSync(body, { level: 6 }) : body;
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', sent.length);
  res.end(req.method === 'HEAD' ? undefined : sent);
}

function devHandler(publicDir: string, base: string): Connect.NextHandleFunction {
  // The published API is not in public/ (no build may copy it): it is where `npm run dev` publishes it.
  const isApi = (path: string) => path.startsWith(API_DIR);
  const inPublic = isFileIn(publicDir);
  const inDevSite = isFileIn(DEV_SITE_DIR);
  const isFile = (path: string) => (isApi(path) ? inDevSite(path) : inPublic(path));
  // public/ has no pages: the dev server makes them, and every private path of a build is missing from it.
  const rules = { isFile, isPrivate: () => false };
  return (req, res, next) => {
    const url = req.url ?? '/';
    // Vite answers /@fs/<a file outside the project> with 403 but a missing one with the app: that would
    // tell anyone on the network which files exist on this machine. Both get the same 404.
    if (url.startsWith('/@fs/') && !insideProject(url)) return sendMissing(res, { kind: 'not-found' });
    const inSite = sitePath(url, base);
    if (malformedPath(inSite.split(/[?#]/)[0] ?? '')) return sendMissing(res, answerMissing(inSite, rules));
    const answer = answerStatic(inSite, rules);
    if (answer.kind === 'file' && isApi(answer.path)) return sendFile(res, join(DEV_SITE_DIR, answer.path));
    // It passes on files, pages and other missing paths: Vite serves source modules that are not in public/.
    if (answer.kind !== 'missing-data') return next();
    sendMissing(res, answer);
  };

  /** A published file, read afresh each time: a save republishes it. */
  function sendFile(res: ServerResponse, file: string): void {
    res.setHeader('Content-Type', contentTypeOf(file));
    res.setHeader('Cache-Control', 'no-cache');
    res.end(readFileSync(file));
  }

  function sendMissing(res: ServerResponse, answer: Exclude<StaticAnswer, { kind: 'file' }>): void {
    const { status, type, body } = answerBody(answer, (path) => readFileSync(join(publicDir, path)));
    res.statusCode = status;
    res.setHeader('Content-Type', type);
    res.end(body);
  }
}

function insideProject(url: string): boolean {
  try {
    const path = relative(ROOT, resolve('/', decodeURIComponent(url.slice('/@fs'.length).split('?')[0]!)));
    return !path.startsWith('..');
  } catch {
    return false; // broken percent-encoding
  }
}
