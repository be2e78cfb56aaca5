import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'vitest';

/** Every file under a folder, by its path inside it, with its bytes. */
export function filesIn(folder: string): Map<string, Buffer> {
  return new Map(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = join(entry.parentPath, entry.name);
        return [relative(folder, file), readFileSync(file)];
      }),
  );
}

/** The two folders hold the same files with the same bytes (the differing ones are named). */
export function expectSameFiles(folder: string, clean: string): void {
  const [files, cleanFiles] = [filesIn(folder), filesIn(clean)];
  expect([...files.keys()].sort()).toEqual([...cleanFiles.keys()].sort());
  const differing = [...cleanFiles].filter(([path, bytes]) => !files.get(path)!.equals(bytes)).map(([path]) => path);
  expect(differing).toEqual([]);
}
