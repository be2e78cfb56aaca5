import { JsonLd } from '@/components/json-ld';
import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/dates';
import type { CriticList } from '@/format/directory-schema';
import { listJsonLd } from './list-json-ld';
import { FilmEntry } from './film-entry';
import { NoteText, RichBlocksLater } from './rich-text-later';
import styles from './directory.module.css';

/** One critic's list: its introduction, then each film in order with the critic's note on it. */
export function ListView({ list }: { list: CriticList }) {
  return (
    <article className={styles.page}>
      <JsonLd data={listJsonLd(list)} />
      <p className={styles.kicker}>A list</p>
      <h1 className={styles.title}>{list.title}</h1>
      <p className={styles.standfirst}>{list.standfirst}</p>
      <p className={styles.byline}>
        By <Link to={paths.critic(list.critic.slug)}>{list.critic.name}</Link>
        <span aria-hidden="true"> · </span>
        <time dateTime={list.published}>{formatDate(list.published)}</time>
        {list.updated && (
          <>
            {' '}
            (updated <time dateTime={list.updated}>{formatDate(list.updated)}</time>)
          </>
        )}
      </p>
      <div className={styles.prose}>
        <RichBlocksLater blocks={list.intro} />
      </div>
      <ol className={styles.entries}>
        {list.items.map((item, index) => (
          <li key={item.review.slug}>
            <FilmEntry review={item.review} position={index + 1}>
              <p className={styles.note}>
                <NoteText note={item.note} />
              </p>
            </FilmEntry>
          </li>
        ))}
      </ol>
    </article>
  );
}
