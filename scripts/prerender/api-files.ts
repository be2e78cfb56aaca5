/**
 * The published API as the prerenderer reads it: straight from the folder it
 * was published to, by the same static-host rules as any server, with a
 * record of every document a page was rendered from (the page embeds them,
 * so the browser can hydrate it without asking again).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { answerStatic } from '../lib/static-host';

export interface ApiFiles {
  /** A `fetch` for Node that answers requests under `apiBase` from the folder. */
  fetch: typeof fetch;
  /** Starts recording the documents fetched, by path inside the API; returns them when called again. */
  record: () => () => Record<string, string>;
  read: (path: string) => string;
}

export function apiFiles(dir: string, apiBase: string): ApiFiles {
  let recorded: Record<string, string> | null = null;
  const isFile = (path: string) => {
    try {
      return statSync(join(dir, path)).isFile();
    } catch {
      return false;
    }
  };
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');
  const networkFetch = globalThis.fetch;
  const fetchFile = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input instanceof Request ? input.url : input);
    // Anything else (satori loads its layout engine with fetch) goes where it asked.
    if (!url.startsWith(apiBase)) return networkFetch(input, init);
    const answer = answerStatic(`/${url.slice(apiBase.length)}`, { isFile, apiPrefixes: ['/'] });
    if (answer.kind !== 'file') return new Response('{"error":"not found"}', { status: 404 });
    const body = read(answer.path);
    if (recorded) recorded[answer.path] = body;
    return new Response(body, { headers: { 'Content-Type': 'application/json' } });
  };
  return {
    fetch: fetchFile as typeof fetch,
    read,
    record: () => {
      const documents: Record<string, string> = {};
      recorded = documents;
      return () => {
        recorded = null;
        return documents;
      };
    },
  };
}
