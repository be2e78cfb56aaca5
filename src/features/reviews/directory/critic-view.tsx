import { useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import { filePath } from '@/config/basename';
import { paths } from '@/config/paths';
import { reviewCount } from '../count';
import { criticPageQuery, type CheckedCritic } from '../api/directory-api';
import { ReviewCard } from '../components/review-card';
import grid from '../components/card-grid.module.css';
import { RichBlocks } from '../review/rich-text';
import { serialiseJsonLd } from '../review/review-json-ld';
import { criticJsonLd } from './directory-json-ld';
import { ListSummaries } from './list-summaries';
import styles from './directory.module.css';

/**
 * A critic's page: who they are, their lists, and their reviews, newest
 * first, as cards with "Show more" (each page of cards is a file of its own);
 * their feeds are linked here and from the page's head.
 */
export function CriticView({ critic }: { critic: CheckedCritic }) {
  const [pages, setPages] = useState(0);
  const more = useQueries({
    queries: Array.from({ length: pages }, (_, index) => criticPageQuery(critic.slug, index + 1)),
  });
  const cards = [...critic.cards, ...more.flatMap((page) => page.data ?? [])];
  const loading = more.some((page) => page.isPending);
  const failed = more.some((page) => page.isError);
  return (
    <article className={styles.page}>
      <script type="application/ld+json">{serialiseJsonLd(criticJsonLd(critic))}</script>
      <p className={styles.kicker}>Critic</p>
      <h1 className={styles.title}>{critic.name}</h1>
      <p className={styles.standfirst}>{critic.standfirst}</p>
      <div className={styles.prose}>
        <RichBlocks blocks={critic.bio} />
      </div>
      <ul className={styles.links} aria-label={`Follow ${critic.name}`}>
        <li>
          <a href={filePath(paths.criticFeed(critic.slug, 'atom'))} type="application/atom+xml">
            Atom feed of {critic.name}’s reviews
          </a>
        </li>
        <li>
          <a href={filePath(paths.criticFeed(critic.slug, 'json'))} type="application/feed+json">
            JSON Feed
          </a>
        </li>
        {critic.links.map((link) => (
          <li key={link.url}>
            <a href={link.url} rel="noopener noreferrer external me">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      {critic.lists.length > 0 && (
        <section aria-labelledby="critic-lists">
          <h2 id="critic-lists">Lists by {critic.name}</h2>
          <ListSummaries lists={critic.lists} showCritic={false} headingLevel={3} />
        </section>
      )}
      <section aria-labelledby="critic-reviews">
        <h2 id="critic-reviews">Reviews by {critic.name}</h2>
        <p className={grid.count}>
          {reviewCount(critic.total)}, newest first{cards.length < critic.total && ` (${cards.length} shown)`}
        </p>
        <ul className={grid.grid}>
          {cards.map((card) => (
            <li key={card.slug}>
              <ReviewCard review={card} headingLevel={3} />
            </li>
          ))}
        </ul>
        {failed ? (
          <p role="alert">
            We couldn’t load more reviews.{' '}
            <button
              type="button"
              className="button"
              onClick={() => more.filter((page) => page.isError).forEach((page) => void page.refetch())}
            >
              Retry
            </button>
          </p>
        ) : (
          pages < critic.pages && (
            <p>
              <button type="button" className="button" disabled={loading} onClick={() => setPages(pages + 1)}>
                {loading ? 'Loading…' : 'Show more reviews'}
              </button>
            </p>
          )
        )}
      </section>
    </article>
  );
}
