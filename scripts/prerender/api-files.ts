/**
 * The published API as the prerenderer reads it: straight from the folder it
 * was published to, by the same static-host rules as any server, with a
 * record of every document a page was rendered from (the page embeds them,
 * so the browser can hydrate it without asking again) and of every answer it
 * got (the page cache's test of whether it would render the same again).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { textHash } from '../lib/published-hashes';
import { answerStatic } from '../lib/static-host';
import type { PageReads } from './page-cache';

export interface ApiFiles {
  /** A `fetch` for Node that answers requests under `apiBase` from the folder. */
  fetch: typeof fetch;
  /** Starts recording what is fetched; when called again, stops and returns it. */
  record: () => () => Recorded;
  /** The text a request for a path inside the API gets, or null when there is no such file: as `fetch` answers. */
  answer: (requestPath: string) => string | null;
  /**
   * The hash of that text (scripts/lib/published-hashes.ts), or null: taken
   * from `known`, the hashes of the files the content step published, without
   * reading the file, when it has it.
   */
  answerHash: (requestPath: string) => string | null;
  read: (path: string) => string;
}

export interface Recorded {
  /** The documents read, by file path inside the API: what the page embeds. */
  documents: Record<string, string>;
  /** Every answer, by the path asked for: the text, or null for a file that was not there. */
  reads: PageReads;
}

export function apiFiles(dir: string, apiBase: string, known: ReadonlyMap<string, string> = new Map()): ApiFiles {
  let recorded: Recorded | null = null;
  const isFile = (path: string) => {
    try {
      return statSync(join(dir, path)).isFile();
    } catch {
      return false;
    }
  };
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');
  /** The file a request path names, by the same static-host rules as any server (`exists`: which files there are). */
  const pathFor = (requestPath: string, exists = isFile) => {
    const answer = answerStatic(requestPath, { isFile: exists, apiPrefixes: ['/'] });
    return answer.kind === 'file' ? answer.path : null;
  };
  /** That file and its text. */
  const fileFor = (requestPath: string) => {
    const path = pathFor(requestPath);
    return path === null ? null : { path, text: read(path) };
  };
  const networkFetch = globalThis.fetch;
  const fetchFile = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input instanceof Request ? input.url : input);
    // Anything else (satori loads its layout engine with fetch) goes where it asked.
    if (!url.startsWith(apiBase)) return networkFetch(input, init);
    const requestPath = `/${url.slice(apiBase.length)}`;
    const file = fileFor(requestPath);
    if (recorded) {
      recorded.reads[requestPath] = file?.text ?? null;
      if (file) recorded.documents[file.path] = file.text;
    }
    if (!file) return new Response('{"error":"not found"}', { status: 404 });
    return new Response(file.text, { headers: { 'Content-Type': 'application/json' } });
  };
  return {
    fetch: fetchFile as typeof fetch,
    read,
    answer: (requestPath) => fileFor(requestPath)?.text ?? null,
    answerHash: (requestPath) => {
      const path = pathFor(requestPath, (file) => known.has(file) || isFile(file));
      return path === null ? null : (known.get(path) ?? textHash(read(path)));
    },
    record: () => {
      const now: Recorded = { documents: {}, reads: {} };
      recorded = now;
      return () => {
        recorded = null;
        return now;
      };
    },
  };
}
