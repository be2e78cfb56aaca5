/**
 * Builds what the benchmark serves, all inside .bench/ (never dist/):
 * the generated archives (reused while the generator and its inputs are
 * unchanged) and the app built against /large-api/.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../lib/project-paths';
import { API_PATH, APP_DIR, archiveDir, BENCH_DIR, SEED, TIMEOUTS, type ArchiveSize } from './config';
import { log, onCleanup } from './lifecycle';

/** Everything the generated files depend on: the generator, the format it writes, the film data. Folders: their .ts files. */
const GENERATOR_INPUTS = [
  'scripts/catalog.ts',
  'scripts/lib/',
  'src/format/',
  'src/lib/search-text.ts',
  'data/films.json.gz',
];

function generatorHash(): string {
  const hash = createHash('sha256');
  const files = GENERATOR_INPUTS.flatMap((input) =>
    input.endsWith('/')
      ? readdirSync(join(ROOT, input))
          .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
          .sort()
          .map((name) => input + name)
      : [input],
  );
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(ROOT, file)));
  return hash.digest('hex');
}

/** Writes the archive of `size` reviews unless the one there was made by the same generator. */
export async function ensureArchive(size: ArchiveSize): Promise<void> {
  const dir = archiveDir(size);
  const stampFile = `${dir}.stamp.json`;
  const stamp = JSON.stringify({ count: size, seed: SEED, generator: generatorHash() });
  const current = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : null;
  if (current === stamp && existsSync(join(dir, 'index.json'))) {
    log(`archive of ${size} reviews: ${relative(ROOT, dir)} is up to date`);
    return;
  }
  // No stamp while the folder is being rewritten: a run stopped halfway makes the next one start again.
  rmSync(stampFile, { force: true });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(BENCH_DIR, { recursive: true });
  const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const args = [tsx, 'scripts/catalog.ts', '--count', String(size), '--seed', String(SEED), '--out', dir];
  await run(`archive of ${size} reviews`, args, process.env);
  writeFileSync(stampFile, stamp);
}

/** Builds the app into .bench/app with its API at /large-api/ (each server mounts an archive there). */
export async function buildApp(): Promise<void> {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [vite, 'build', '--outDir', APP_DIR, '--emptyOutDir', '--logLevel', 'error'];
  // The app alone (vite.config.ts, publishSite): the archive is mounted beside it.
  await run('app build', args, { ...process.env, VITE_API_BASE_URL: API_PATH, APP_ONLY: '1' });
}

/** Runs `node …args` in the repository, with a time limit; stopped with the benchmark. */
async function run(label: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = onCleanup(label, () => child.exitCode === null && child.kill('SIGKILL'));
  const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUTS.commandMs);
  try {
    const code = await new Promise<number | null>((done, fail) => {
      child.once('error', fail);
      child.once('close', (exitCode) => done(exitCode));
    });
    if (code !== 0) {
      process.stderr.write(output.slice(-4_000));
      throw new Error(`${label} failed (exit ${code ?? 'killed'})`);
    }
  } finally {
    clearTimeout(timer);
    await stop();
  }
  const last = output.trim().split('\n').at(-1) ?? '';
  log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s${last ? `: ${last}` : ''}`);
}
