import { useCallback, useSyncExternalStore } from 'react';

/**
 * A reader's setting, kept on the device (localStorage) and shared live by
 * every component and tab that reads it. While prerendering, and in the first
 * render that hydrates a prerendered page, it is the default.
 */
export function useStoredSetting(key: string, fallback: boolean): [boolean, (value: boolean) => void] {
  const read = () => {
    try {
      const stored = localStorage.getItem(key);
      return stored === null ? fallback : stored === 'true';
    } catch {
      return fallback; // storage blocked: the default, for this visit
    }
  };
  const value = useSyncExternalStore(subscribe, read, () => fallback);
  const write = useCallback(
    (next: boolean) => {
      try {
        localStorage.setItem(key, String(next));
      } catch {
        // Storage blocked or full: the change lasts until the page is left.
      }
      for (const listener of listeners) listener();
    },
    [key],
  );
  return [value, write];
}

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed a setting.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}
