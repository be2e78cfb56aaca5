import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False while prerendering and in the render that hydrates a prerendered page,
 * true from then on (and at once in a page the browser drew itself). Lets a
 * control keep its no-JavaScript form until the script can take over, without
 * a hydration mismatch.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
