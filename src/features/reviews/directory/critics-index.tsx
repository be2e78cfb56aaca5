import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import { reviewCount } from '../count';
import type { CriticSummary } from '@/format/directory-schema';
import styles from './directory.module.css';

/** Every critic: name (the link), the line about them, and how many reviews they have written. */
export function CriticsIndex({ critics }: { critics: readonly CriticSummary[] }) {
  return (
    <ul className={styles.entries}>
      {critics.map((critic) => (
        <li key={critic.slug}>
          <article className={styles.entry}>
            <h2 className={styles.entryTitle}>
              <Link to={paths.critic(critic.slug)} className={styles.entryLink}>
                {critic.name}
              </Link>
            </h2>
            <p className={styles.note}>{critic.standfirst}</p>
            <p className={styles.headline}>{reviewCount(critic.total)}</p>
          </article>
        </li>
      ))}
    </ul>
  );
}
