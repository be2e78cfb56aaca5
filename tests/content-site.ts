import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentFolders } from '../scripts/content/read-content';

/** A critic's file: their name, a line about them, and a one-paragraph biography that links nowhere. */
export function criticFile(name: string, bio = `${name} writes about films.`): string {
  return `---\nname: ${name}\nstandfirst: A critic.\n---\n\n${bio}\n`;
}

/** The sample's three critics, as plain files (their real biographies link to reviews a small site lacks). */
export const SAMPLE_CRITICS: Record<string, string> = {
  'daniel-okafor.md': criticFile('Daniel Okafor'),
  'ines-carvalho.md': criticFile('Inês Carvalho'),
  'mara-ellison.md': criticFile('Mara Ellison'),
};

/** The files of a site's content besides its reviews, by name; `critics` defaults to SAMPLE_CRITICS. */
export interface SiteFiles {
  critics?: Record<string, string>;
  lists?: Record<string, string>;
  /** content/people.yml, when there is one. */
  people?: string;
}

/**
 * A temporary site's content, laid out as content/ is: the reviews given in
 * `reviews/`, and beside it the sample's critics (or those given), lists and
 * people.yml. Returns the reviews' folder, what readContent and CONTENT_DIR
 * take, and a way to remove the whole site.
 */
export function contentSite(reviews: Record<string, string>, files: SiteFiles = {}) {
  const root = mkdtempSync(join(tmpdir(), 'reel-notes-site-'));
  const folders = contentFolders(join(root, 'reviews'));
  const write = (dir: string, named: Record<string, string>) => {
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(named)) writeFileSync(join(dir, name), text);
  };
  write(folders.reviews, reviews);
  write(folders.critics, files.critics ?? SAMPLE_CRITICS);
  if (files.lists) write(folders.lists, files.lists);
  if (files.people !== undefined) writeFileSync(folders.people, files.people);
  return { dir: folders.reviews, folders, remove: () => rmSync(root, { recursive: true, force: true }) };
}
