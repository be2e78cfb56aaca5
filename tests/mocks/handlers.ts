import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { inject } from 'vitest';
import { answerStatic } from '../../scripts/lib/static-host';

/** The published sample API, made for the tests by tests/global-setup.ts. */
const SAMPLE_API_DIR = inject('sampleApiDir');

/** Reads a published sample API file (a path from the API's base, as in archive-layout.ts). */
export function readApiFile(path: string): unknown {
  return JSON.parse(readFileSync(join(SAMPLE_API_DIR, path), 'utf8'));
}

/** The current build of the sample API, and a reader for its files. */
export function sampleBuild(): { build: string; read: (path: string) => unknown } {
  const { build } = readApiFile('index.json') as { build: string };
  return { build, read: (path: string) => readApiFile(`builds/${build}/${path}`) };
}

const isFile = (path: string) => {
  try {
    return statSync(join(SAMPLE_API_DIR, path)).isFile();
  } catch {
    return false;
  }
};

/** Serves the published sample under /api/v2/ by the static host's own rules (scripts/lib/static-host.ts). */
export const sampleApiHandlers = [
  http.get('*/api/v2/*', ({ request }) => {
    const path = new URL(request.url).pathname.replace(/^.*?\/api\/v2\//, '/');
    const answer = answerStatic(path, { isFile, apiPrefixes: ['/'] });
    if (answer.kind !== 'file') return HttpResponse.json({ error: 'not found' }, { status: 404 });
    return HttpResponse.json(readApiFile(answer.path) as Record<string, unknown>);
  }),
];
