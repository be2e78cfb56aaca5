import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { CONTENT_DIR, DEV_API_DIR } from '../../scripts/lib/project-paths';

/**
 * The review files the dev-server tests edit: a temporary copy of
 * content/reviews, never the real one. playwright.dev.config.ts makes it and
 * names it in this environment variable, which the test workers inherit; the
 * dev server gets it as its CONTENT_DIR.
 */
export const DEV_CONTENT_ENV = 'REEL_NOTES_DEV_CONTENT';

/**
 * Copies the sample content (the reviews, and beside them the critics, lists and names they refer to) into a new
 * temporary folder, removed when this process exits; returns the copy's folder of reviews.
 */
export function copySampleContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'reel-notes-dev-content-'));
  cpSync(dirname(CONTENT_DIR), root, { recursive: true });
  process.on('exit', () => rmSync(root, { recursive: true, force: true }));
  return join(root, basename(CONTENT_DIR));
}

export function devContentDir(): string {
  const dir = process.env[DEV_CONTENT_ENV];
  if (!dir) throw new Error(`${DEV_CONTENT_ENV} is not set: run these tests with -c playwright.dev.config.ts`);
  return dir;
}

/** A review file of the copy, to read, break and restore. */
export class ReviewFile {
  readonly path: string;
  readonly original: string;

  constructor(slug: string) {
    this.path = join(devContentDir(), `${slug}.md`);
    this.original = readFileSync(this.path, 'utf8');
  }

  /** Saves the file as an editor would. */
  write(text: string) {
    writeFileSync(this.path, text);
  }

  /** The original with its headline replaced. */
  withHeadline(headline: string): string {
    const changed = this.original.replace(/^headline: .*$/m, `headline: ${headline}`);
    if (changed === this.original) throw new Error(`no headline line in ${this.path}`);
    return changed;
  }

  restore() {
    this.write(this.original);
  }
}

/** The build the dev server's published archive names now (its index.json): it changes whenever the content does. */
export function publishedBuild(): string {
  return (JSON.parse(readFileSync(join(DEV_API_DIR, 'index.json'), 'utf8')) as { build: string }).build;
}
