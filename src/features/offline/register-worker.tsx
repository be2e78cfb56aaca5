import { useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import { apiUrl } from '@/config/api';
import { readPrerendered } from '@/lib/prerendered';
import styles from './notices.module.css';

/**
 * Registers the service worker (src/service-worker/sw.ts), after the page has
 * loaded: nothing here is part of any page's first load. It speaks up twice,
 * calmly: when a new version is ready (the reader chooses when to reload, so
 * an open page never runs half of one version and half of another), and
 * when the connection drops.
 */
let updateReady = false;
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
};

const update = registerSW({
  immediate: true,
  onNeedRefresh() {
    updateReady = true;
    changed();
  },
});

function Notices() {
  const ready = useSyncExternalStore(subscribe, () => updateReady);
  const online = useSyncExternalStore(subscribe, () => navigator.onLine);
  return (
    <div className={styles.notices} role="status">
      {!online && (
        <p className={styles.notice}>You’re offline. Pages you have read and reviews you saved are still here.</p>
      )}
      {ready && (
        <p className={styles.notice}>
          A new version of Reel Notes is ready.{' '}
          <button type="button" className="button button-primary" onClick={() => void update(true)}>
            Reload
          </button>
        </p>
      )}
    </div>
  );
}

/**
 * The documents the page arrived with (embedded in prerendered HTML) never
 * went through the worker: asked for again through it once it is in charge,
 * they are in its caches, and the page reads the same offline.
 */
function keepForOffline(urls: readonly string[]) {
  const fetchAll = () => urls.forEach((url) => void fetch(url).catch(() => undefined));
  if (navigator.serviceWorker.controller) fetchAll();
  else navigator.serviceWorker.addEventListener('controllerchange', fetchAll, { once: true });
}
keepForOffline(Object.keys(readPrerendered()?.documents ?? {}).map(apiUrl));

const host = document.createElement('div');
document.body.append(host);
createRoot(host).render(<Notices />);
