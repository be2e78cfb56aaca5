/**
 * "Loading the reviews…": the one spelling of a loading line, shared by the
 * app's loading states and the boot script, which shows it before the app
 * has started (src/boot-script.ts).
 */
export function loadingLine(what: string): string {
  return `Loading ${what}…`;
}
