/**
 * What serve-nginx.ts and serve-caddy.ts share: a throwaway folder for the
 * server's config, logs and state, the server run in the foreground, stopped
 * (and the folder removed) on SIGTERM or Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Fails if something already listens on the port: Caddy (SO_REUSEPORT) would
 * share it silently with a server left running, and answer from either.
 */
export async function checkPortFree(host: string, port: number): Promise<void> {
  await new Promise<void>((done, fail) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      fail(error.code === 'EADDRINUSE' ? new Error(`Something already listens on ${host}:${port}`) : error),
    );
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => done()));
  });
}

export function makePrefix(name: string): string {
  return mkdtempSync(join(tmpdir(), `reel-notes-${name}-`));
}

export function removePrefix(prefix: string): void {
  rmSync(prefix, { recursive: true, force: true });
}

export interface Foreground {
  command: string;
  args: string[];
  prefix: string;
  env?: NodeJS.ProcessEnv;
  /** The signal that lets the server finish the requests under way and leave. */
  stopSignal: NodeJS.Signals;
  /** Called when the server stops by itself, before the prefix is removed: say why. */
  onFailure?: () => void;
}

export function runInForeground({ command, args, prefix, env, stopSignal, onFailure }: Foreground): void {
  const server = spawn(command, args, { stdio: 'inherit', env: env ?? process.env });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.kill(stopSignal);
    setTimeout(() => server.kill('SIGKILL'), 3_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // Never leave the server behind, however this process ends.
  process.on('exit', () => {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
  });
  server.on('exit', (code, signal) => {
    if (!stopping) onFailure?.();
    removePrefix(prefix);
    process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
  });
}

/** `text` with `from`, which must be there exactly once, replaced by `to`. */
export function replaceOnce(text: string, from: string, to: string, file: string): string {
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`Expected "${from}" once in ${file}, found it ${count} times`);
  return text.replace(from, to);
}
