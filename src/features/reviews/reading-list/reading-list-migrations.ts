/** A stored reading list as JSON, before its entries are checked. */
export type RawDocument = Record<string, unknown>;
export type Migration = (document: RawDocument) => RawDocument;

/**
 * How a reading list written by an older version of the app becomes one of
 * the current version: MIGRATIONS[n] turns version n into version n + 1.
 * A change to the stored shape (a new card format, say) adds a version and a
 * step here, so that every reader's list is carried over, never dropped.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // Version 2 keeps the entries that no longer pass their check, set aside with the reason, in `setAside`.
  1: (document) => ({ ...document, version: 2, setAside: [] }),
};

/** A document of version `from`, brought up to version `to` one step at a time. */
export function migrate(document: RawDocument, from: number, to: number): RawDocument {
  let migrated = document;
  // A missing step throws (it is not a function): an old list is never passed off as a new one.
  for (let version = from; version < to; version++) migrated = MIGRATIONS[version]!(migrated);
  return migrated;
}
