import { createHash } from 'node:crypto';
import { fold } from './slugify';

/**
 * The address of a person's page, /people/<slug>, from their name as a
 * review writes it: folded as slugs are (accents and case dropped, so
 * "Penélope Cruz" and "penelope cruz" are one person). A name with no Latin
 * letter to fold ("宮崎駿") gets "person-" and a hash of the name as written,
 * spaces and case aside. Two people who share a name are told apart in
 * content/people.yml (docs/review-format.md).
 */
export function personSlug(name: string): string {
  const folded = fold(name);
  if (folded) return folded;
  const spelling = name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  return `person-${createHash('sha256').update(spelling).digest('hex').slice(0, 10)}`;
}
