import { useScrollRestoration } from './use-scroll-restoration';

/** The scroll rules (use-scroll-restoration.ts) as a component the layout loads after the first paint. */
export function ScrollRestoration() {
  useScrollRestoration();
  return null;
}
