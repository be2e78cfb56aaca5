/**
 * The first-load JavaScript budget, from the build (run `npm run build` first):
 * for each page, the entry chunk, its static imports, and the lazy chunk of
 * the page's route with its own imports, gzip-compressed. Exits 1 when any
 * page is over budget, so CI fails.
 * Usage: npx tsx scripts/check-size.ts [--json]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGE_CHUNKS } from './lib/route-chunks';

export const BUDGET_BYTES = 110_000;
const dist = join(import.meta.dirname, '..', process.env.DIST_DIR ?? 'dist');

interface ManifestChunk {
  file: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
  string,
  ManifestChunk
>;

function staticClosure(key: string, files = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(imported, files);
  return files;
}

const gzipSize = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
const rows = Object.entries(PAGE_CHUNKS).map(([page, chunkName]) => {
  const routeChunk = Object.keys(manifest).find((key) => manifest[key]!.name === chunkName && !key.endsWith('.css'));
  if (!routeChunk) throw new Error(`No chunk named ${chunkName} in the build`);
  const files = [...staticClosure(routeChunk, staticClosure(entry))];
  const bytes = files.reduce((sum, file) => sum + gzipSize(file), 0);
  return { page, files: files.length, gzipBytes: bytes, withinBudget: bytes <= BUDGET_BYTES };
});

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows));
} else {
  console.log(`First-load JavaScript, gzip (budget ${(BUDGET_BYTES / 1000).toFixed(1)} kB):`);
  for (const row of rows) {
    console.log(
      `  ${row.page.padEnd(16)} ${(row.gzipBytes / 1000).toFixed(2).padStart(7)} kB in ${row.files} files  ${row.withinBudget ? 'ok' : 'OVER BUDGET'}`,
    );
  }
}
process.exit(rows.every((row) => row.withinBudget) ? 0 : 1);
