/** What the Network Information API says of the reader's connection (Chromium only; elsewhere nothing). */
interface NetworkInformation {
  saveData?: boolean;
  effectiveType?: string;
}

/**
 * Whether to leave out downloads the reader has not asked for: they turned on
 * Save-Data, or the connection is 3G or slower. Data for later is then fetched
 * when it is needed, not in the background.
 */
export function prefersLessData(): boolean {
  const connection = (globalThis.navigator as { connection?: NetworkInformation } | undefined)?.connection;
  return !!connection?.saveData || /^(slow-2g|2g|3g)$/.test(connection?.effectiveType ?? '');
}
