/**
 * A hash of the project's code: its TypeScript sources under scripts/ and
 * src/ (not their tests, which make nothing a build writes), and the locked
 * dependencies. The build's caches keep it with what they store, so any
 * change to the code that made an entry (or to anything else) starts them
 * afresh.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './project-paths';

let version: string | undefined;

export function codeVersion(): string {
  if (version !== undefined) return version;
  const hash = createHash('sha256');
  for (const folder of ['scripts', 'src'])
    for (const name of readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
      .sort())
      hash
        .update(`${folder}/${name}\0`)
        .update(readFileSync(join(ROOT, folder, name)))
        .update('\0');
  hash.update(readFileSync(join(ROOT, 'package-lock.json')));
  return (version = hash.digest('base64url'));
}
