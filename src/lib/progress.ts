import { useSyncExternalStore } from 'react';

/** How far a long download has got: `done` of `total` parts. */
export interface Progress {
  done: number;
  total: number;
}

const current = new Map<string, Progress>();
const listeners = new Set<() => void>();

/**
 * Reports the progress of a long task (a download in many files), by a key
 * of its own. Views read it with useProgress; finished tasks clear it.
 */
export function reportProgress(key: string, done: number, total: number): void {
  if (done >= total) current.delete(key);
  else current.set(key, { done, total });
  for (const listener of listeners) listener();
}

export function useProgress(key: string | null): Progress | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => (key === null ? undefined : current.get(key)),
    () => undefined,
  );
}
