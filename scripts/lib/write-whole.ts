import { renameSync, writeFileSync } from 'node:fs';

/**
 * Writes a file whole, then renames it into place: a build stopped halfway
 * leaves the old file or the new one, never one cut short. The temporary name
 * is the process's own, so a build and the dev server may write side by side.
 */
export function writeWhole(file: string, text: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
