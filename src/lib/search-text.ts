/** Lower case without accents, so "amelie" finds "Amélie" and "jeon" finds "Jeon". */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘ʼ`]/g, "'")
    .toLowerCase();
}

/** The words of a search, folded; an empty list matches everything. */
export function searchTerms(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}
