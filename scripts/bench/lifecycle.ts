/**
 * Keeps the benchmark from hanging or leaving anything behind: every server,
 * browser and child process registers how to stop it; a global deadline, a
 * signal or an error stops them all, newest first; every wait has a timeout.
 */

type Cleanup = () => Promise<unknown> | unknown;

const cleanups: { label: string; run: Cleanup }[] = [];

export function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

/** Registers how to stop something; returns a function that stops it now (and unregisters it). */
export function onCleanup(label: string, run: Cleanup): () => Promise<void> {
  const entry = { label, run };
  cleanups.push(entry);
  return async () => {
    const index = cleanups.indexOf(entry);
    if (index === -1) return;
    cleanups.splice(index, 1);
    await settle(label, run);
  };
}

/** Stops everything still registered, newest first; never throws, never waits more than 10 s for one step. */
export async function cleanupAll(): Promise<void> {
  for (const entry of cleanups.splice(0).reverse()) await settle(entry.label, entry.run);
}

async function settle(label: string, run: Cleanup): Promise<void> {
  try {
    await withTimeout(Promise.resolve().then(run), 10_000, `stopping ${label}`);
  } catch (error) {
    log(`warning: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export class TimeoutError extends Error {}

/** The promise's value, or a TimeoutError after `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what}: no answer in ${(ms / 1000).toFixed(1)} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Ends the process after `ms` whatever it is doing (cleaning up first), and on
 * SIGINT/SIGTERM. Returns a function that disarms it.
 */
export function armDeadline(ms: number): () => void {
  const stop = (code: number, why: string) => {
    log(why);
    void cleanupAll().finally(() => process.exit(code));
  };
  const timer = setTimeout(() => stop(1, `still running after ${Math.round(ms / 60_000)} minutes: giving up`), ms);
  const onSignal = (signal: NodeJS.Signals) => stop(130, `${signal}: stopping`);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return () => {
    clearTimeout(timer);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}
