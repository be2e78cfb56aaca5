import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { answerStatic } from '../scripts/lib/static-host';

/**
 * Serves a published archive from any folder under /api/v2/, by the static
 * host's own rules (scripts/lib/static-host.ts): its files as they are on
 * disk, and a JSON 404 for anything missing. Counts the requests for each
 * path, so a test can say what the app downloaded.
 */
export function archiveServer(dir: string) {
  const requests = new Map<string, number>();
  const isFile = (path: string) => {
    try {
      return statSync(join(dir, path)).isFile();
    } catch {
      return false;
    }
  };
  const handler = http.get('*/api/v2/*', ({ request }) => {
    const path = new URL(request.url).pathname.replace(/^.*?\/api\/v2\//, '/');
    requests.set(path, (requests.get(path) ?? 0) + 1);
    const answer = answerStatic(path, { isFile, apiPrefixes: ['/'] });
    if (answer.kind !== 'file') return HttpResponse.json({ error: 'not found' }, { status: 404 });
    return new HttpResponse(readFileSync(join(dir, answer.path)), {
      headers: { 'Content-Type': 'application/json' },
    });
  });
  return {
    handler,
    /** The paths requested (from the API's base, with a leading slash) matching a pattern. */
    requested: (pattern: RegExp) => [...requests.keys()].filter((path) => pattern.test(path)),
    reset: () => requests.clear(),
  };
}
