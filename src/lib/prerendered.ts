/** What a prerendered page says about itself (scripts/prerender/): the path it was rendered for, and its data. */
export interface Prerendered {
  path: string;
  /** The API documents it was rendered from, by path inside the API. */
  documents: Record<string, string>;
}

/** The JSON a prerendered page embeds, in a script element that never runs (the CSP allows no inline script). */
export function readPrerendered(): Prerendered | null {
  const element = document.getElementById('prerendered');
  if (!element?.textContent) return null;
  try {
    return JSON.parse(element.textContent) as Prerendered;
  } catch {
    return null;
  }
}
