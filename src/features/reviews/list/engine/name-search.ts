/**
 * The name search (titles, directors, cast) over its published chunks: each
 * word of the query matches every indexed word it begins, and a review must
 * match every word of the query.
 */

/** The ids of the reviews with a word that begins with `prefix`, ascending. */
export function idsStartingWith(chunk: ReadonlyMap<string, Uint32Array>, prefix: string): Uint32Array {
  const lists: Uint32Array[] = [];
  for (const [word, ids] of chunk) if (word.startsWith(prefix)) lists.push(ids);
  if (lists.length === 1) return lists[0]!;
  const union = new Set<number>();
  for (const ids of lists) for (const id of ids) union.add(id);
  return Uint32Array.from(union).sort();
}

/** The ids in every one of the lists, ascending. */
export function intersect(lists: readonly Uint32Array[]): Uint32Array {
  if (!lists.length) return new Uint32Array();
  const [shortest, ...others] = [...lists].sort((a, b) => a.length - b.length);
  const sets = others.map((ids) => new Set(ids));
  return shortest!.filter((id) => sets.every((set) => set.has(id)));
}
