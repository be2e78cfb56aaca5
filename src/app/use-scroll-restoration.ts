import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';

const STORAGE_KEY = 'reel-notes:scroll';

/** Where the reader was on each page they have been to in this tab, by history entry; kept across reloads. */
const positions = new Map<string, number>(readStored());

function readStored(): [string, number][] {
  try {
    return Object.entries(JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, number>);
  } catch {
    return [];
  }
}

/**
 * Back and Forward return to where the reader was; opening a new page starts
 * at its top; changing a list's filters or showing more (same page, new query
 * or state) leaves the scroll where it is. Written here rather than React
 * Router's ScrollRestoration, which carries a framework's worth of code (1 kB
 * on every first load) for these three rules.
 */
export function useScrollRestoration(): void {
  const { key, pathname } = useLocation();
  const navigation = useNavigationType();
  // This code arrives after the first paint: a page opened before it did is a new page still at the old one's place.
  // Worked out once (useState's initialiser): reading the navigation entry costs a millisecond at every filter change.
  const [firstPath] = useState(() => (navigation === 'PUSH' ? loadedPath() : pathname));
  const shownPath = useRef(firstPath);
  // The history entry scrolling belongs to: switched before the new page scrolls to its place, so that
  // scroll's event is never taken for the page just left (it would forget where the reader was there).
  const shownKey = useRef(key);

  useEffect(() => {
    history.scrollRestoration = 'manual';
    const remember = () => positions.set(shownKey.current, window.scrollY);
    const persist = () => {
      remember();
      try {
        sessionStorage.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(positions)));
      } catch {
        // Storage blocked: positions last until the tab is closed or reloaded.
      }
    };
    window.addEventListener('scroll', remember, { passive: true });
    window.addEventListener('pagehide', persist);
    return () => {
      window.removeEventListener('scroll', remember);
      window.removeEventListener('pagehide', persist);
    };
  }, []);

  // After the page has rendered (a layout's effects run after its children's).
  useLayoutEffect(() => {
    const newPage = shownPath.current !== pathname;
    shownPath.current = pathname;
    shownKey.current = key;
    if (navigation === 'PUSH' && newPage) window.scrollTo(0, 0);
    if (navigation !== 'POP') return;
    // The page may still be growing as its list arrives: it keeps the place for a moment, unless the reader moves.
    const place = positions.get(key) ?? 0;
    const restore = () => window.scrollTo(0, place);
    const growing = new ResizeObserver(restore);
    const stop = () => growing.disconnect();
    growing.observe(document.body);
    const timer = setTimeout(stop, 1_000);
    for (const type of ['wheel', 'touchstart', 'keydown']) addEventListener(type, stop, { once: true, passive: true });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [key, pathname, navigation]);
}

/** The path of the page this document was loaded with (before any navigation inside the app). */
function loadedPath(): string | null {
  const [entry] = performance.getEntriesByType('navigation');
  return entry ? new URL(entry.name).pathname : null;
}
