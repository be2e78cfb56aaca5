/**
 * Reads content/people.yml: the names shared by two or more people, each
 * person with a slug of their own (the address of their page) and a few
 * words that tell them apart. A review that names one of them must say which
 * with `person:` (read-content.ts). A name not in the file is one person,
 * whatever accents and case it is written with.
 */
import { isMap, isScalar, parseDocument, type Node } from 'yaml';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../../src/format/limits';
import { MAX_NAME } from '../../src/format/limits';
import { personSlug } from '../lib/person-slug';
import { normalised, positionsIn, YAML_HINTS, type Position } from './front-matter-file';
import type { MarkdownProblem } from './markdown-body';

/** A name several people share: who each is, by their slug. */
export interface SharedName extends Position {
  name: string;
  /** Each person's slug, and what tells them apart ("the British documentary director"). */
  people: Map<string, string>;
}

export interface PeopleFile {
  /** The shared names, by the slug the name alone would make (`personSlug`). */
  names: Map<string, SharedName>;
  problems: MarkdownProblem[];
}

export const EXAMPLE =
  'John Smith:\n  john-smith-actor: the American actor, born 1970\n  john-smith-director: the British director';

export function readPeopleFile(source: string): PeopleFile {
  const file: PeopleFile = { names: new Map(), problems: [] };
  const text = normalised(source);
  const position = positionsIn(text);
  const at = (node: unknown) => position((node as Node | null)?.range?.[0] ?? 0);
  const problem = (where: Position, message: string) => file.problems.push({ ...where, message });
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  for (const error of document.errors) {
    problem(position(error.pos[0]), `YAML: ${error.message.split('\n')[0]}${YAML_HINTS[error.code] ?? ''}`);
  }
  if (document.errors.length) return file;
  // A file of comments only has nothing in it: no shared names.
  if (document.contents === null) return file;
  if (!isMap(document.contents)) {
    problem(at(document.contents), `write each shared name, then each person who has it: ${EXAMPLE}`);
    return file;
  }
  const owners = new Map<string, string>();
  for (const pair of document.contents.items) {
    const name = isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value.trim() : '';
    const where = at(pair.key);
    if (!name || name.length > MAX_NAME) {
      problem(where, `a name of 1 to ${MAX_NAME} characters, then the people who share it: ${EXAMPLE}`);
      continue;
    }
    const key = personSlug(name);
    const same = file.names.get(key);
    if (same) {
      problem(where, `"${name}" and "${same.name}" are one name here (accents and case aside): give it one entry`);
      continue;
    }
    if (!isMap(pair.value) || pair.value.items.length < 2) {
      problem(
        where,
        `${name}: list each person who has this name, at least two, as their slug and a few words that tell them apart: ${EXAMPLE}`,
      );
      continue;
    }
    const people = new Map<string, string>();
    for (const person of pair.value.items) {
      const slug = isScalar(person.key) ? String(person.key.value) : '';
      const about = isScalar(person.value) && typeof person.value.value === 'string' ? person.value.value.trim() : '';
      if (!SLUG_PATTERN.test(slug) || slug.length > MAX_SLUG_LENGTH) {
        problem(
          at(person.key),
          `${name}: "${slug}" is not a slug: lowercase letters, digits and single hyphens, like john-smith-actor`,
        );
      } else if (owners.has(slug)) {
        problem(
          at(person.key),
          `${name}: ${slug} is given to ${owners.get(slug)} already: each person has a slug of their own`,
        );
      } else if (!about || about.length > MAX_NAME) {
        problem(
          at(person.value ?? person.key),
          `${name}: say who ${slug} is, in 1 to ${MAX_NAME} characters of plain text`,
        );
      } else {
        owners.set(slug, name);
        people.set(slug, about);
      }
    }
    file.names.set(key, { name, people, ...where });
  }
  return file;
}
