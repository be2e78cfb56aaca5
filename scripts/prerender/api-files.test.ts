import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../tests/temp-dirs';
import { textHash } from '../lib/published-hashes';
import { apiFiles } from './api-files';

const tempDir = tempDirs('api-files-');

/** An API folder with these files, read at this base. */
function api(files: Record<string, string>, known?: Map<string, string>) {
  const dir = tempDir();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return apiFiles(dir, 'http://localhost/api/v2/', known);
}

describe('what a page would read, as a hash', () => {
  it('is the hash of the file’s text, or null when there is no such file', () => {
    const files = api({ 'reviews/alien-1979.json': '{"slug":"alien-1979"}' });
    expect(files.answerHash('/reviews/alien-1979.json')).toBe(textHash('{"slug":"alien-1979"}'));
    expect(files.answerHash('/reviews/missing.json')).toBeNull();
  });

  it('comes from the hashes the content step kept, without reading the file, and is read where they have none', () => {
    const known = new Map([['reviews/alien-1979.json', 'the hash kept']]);
    const files = api(
      { 'reviews/alien-1979.json': '{}', 'people/ridley-scott.json': '{"name":"Ridley Scott"}' },
      known,
    );
    expect(files.answerHash('/reviews/alien-1979.json')).toBe('the hash kept');
    expect(files.answerHash('/people/ridley-scott.json')).toBe(textHash('{"name":"Ridley Scott"}'));
  });
});
