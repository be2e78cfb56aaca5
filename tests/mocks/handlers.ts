import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';

const API_DIR = join(import.meta.dirname, '..', '..', 'public', 'api', 'v1');

/** Reads a published sample API file, as the app would fetch it. */
export function readApiFile(path: string): unknown {
  return JSON.parse(readFileSync(join(API_DIR, path), 'utf8'));
}

/** Serves public/api/v1 as a static host would: JSON files, and 404 for anything missing. */
export const sampleApiHandlers = [
  http.get('*/api/v1/*', ({ request }) => {
    // The path after /api/v1/ (MSW numbers wildcards: params[0] is the origin matched by the leading "*").
    const path = decodeURIComponent(new URL(request.url).pathname.replace(/^.*?\/api\/v1\//, ''));
    const file = join(API_DIR, path);
    if (!file.startsWith(API_DIR) || !existsSync(file) || !statSync(file).isFile())
      return HttpResponse.json({ error: 'not found' }, { status: 404 });
    return HttpResponse.json(readApiFile(path) as Record<string, unknown>);
  }),
];
