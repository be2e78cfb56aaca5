type Connection = { saveData?: boolean; effectiveType?: string };

/** Whether to spend data on things the reader has not asked for yet. */
export function canPrefetchSpeculatively(): boolean {
  const connection = (navigator as Navigator & { connection?: Connection }).connection;
  return !connection?.saveData && !connection?.effectiveType?.includes('2g');
}

/** Calls back once when the element first comes into view; returns a function that stops watching. */
export function whenVisible(element: Element, callback: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') return () => {};
  const observer = new IntersectionObserver(([entry]) => {
    if (!entry?.isIntersecting) return;
    observer.disconnect();
    callback();
  });
  observer.observe(element);
  return () => observer.disconnect();
}
