import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/dates';
import type { ListSummary } from '@/format/directory-schema';
import styles from './directory.module.css';

/** Lists as an index shows them: title (the link), what it is, by whom and how many films. */
export function ListSummaries({
  lists,
  showCritic = true,
  headingLevel = 2,
}: {
  lists: readonly ListSummary[];
  showCritic?: boolean;
  headingLevel?: 2 | 3;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className={styles.entries}>
      {lists.map((list) => (
        <li key={list.slug}>
          <article className={styles.entry}>
            <Heading className={styles.entryTitle}>
              <Link to={paths.list(list.slug)} className={styles.entryLink}>
                {list.title}
              </Link>
            </Heading>
            <p className={styles.note}>{list.standfirst}</p>
            <p className={styles.headline}>
              {showCritic && <>By {list.critic.name} · </>}
              {list.count} film{list.count === 1 ? '' : 's'} ·{' '}
              <time dateTime={list.published}>{formatDate(list.published)}</time>
            </p>
          </article>
        </li>
      ))}
    </ul>
  );
}
