import { JsonLd } from '@/components/json-ld';
import type { Person, Role } from '@/format/directory-schema';
import { countOf } from '@/lib/plural';
import { personJsonLd } from './person-json-ld';
import { FilmEntry } from './film-entry';
import styles from './directory.module.css';

/** "Director", "as Jang Ok-ju", "Cast": what a person did in one film. */
export function roleLabel(role: Role): string {
  if (role.kind === 'director') return 'Director';
  return role.character ? `as ${role.character}` : 'Cast';
}

/** "Director", "Cast", "Director and cast": what a person did across their films. */
export function personKicker(person: Person): string {
  const kinds = new Set(person.credits.flatMap((credit) => credit.roles.map((role) => role.kind)));
  if (kinds.size === 2) return 'Director and cast';
  return kinds.has('director') ? 'Director' : 'Cast';
}

/** "1 reviewed film", "12 reviewed films". */
export function filmCount(count: number): string {
  return countOf(count, 'reviewed film');
}

/** A director's or cast member's page: every reviewed film of theirs, newest review first, with their role and its stars. */
export function PersonView({ person }: { person: Person }) {
  return (
    <article className={styles.page}>
      <JsonLd data={personJsonLd(person)} />
      <p className={styles.kicker}>{personKicker(person)}</p>
      <h1 className={styles.title}>{person.name}</h1>
      {person.about && <p className={styles.standfirst}>{person.about}</p>}
      <p className={styles.count}>{filmCount(person.credits.length)} on Reel Notes, newest review first</p>
      <ol className={styles.entries}>
        {person.credits.map((credit) => (
          <li key={credit.review.slug}>
            <FilmEntry review={credit.review}>
              <p className={styles.role}>{credit.roles.map(roleLabel).join(' · ')}</p>
            </FilmEntry>
          </li>
        ))}
      </ol>
    </article>
  );
}
