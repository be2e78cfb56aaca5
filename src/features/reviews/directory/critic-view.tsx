import { lazy, Suspense } from 'react';
import { paths } from '@/config/paths';
import { reviewCount } from '../count';
import type { CheckedCritic } from '../api/critic-api';
import { FilmEntry } from './film-entry';
import { ListSummaries } from './list-summaries';
import { RichBlocksLater } from './rich-text-later';
import styles from './directory.module.css';

// Their JSON-LD and further pages of reviews: code that comes after the page has painted (at the first-load budget).
const CriticJsonLd = lazy(async () => ({ default: (await import('./critic-json-ld')).CriticJsonLd }));
const MoreReviews = lazy(async () => ({ default: (await import('./more-reviews')).MoreReviews }));

/**
 * A critic's page: who they are, their lists, and their reviews, newest
 * first, with "Show more" (each page of cards is a file of its own);
 * their feeds are linked here and from the page's head.
 */
export function CriticView({ critic }: { critic: CheckedCritic }) {
  const [atom, json] = (['atom', 'json'] as const).map(
    (kind) => `${import.meta.env.BASE_URL}${paths.criticFeed(critic.slug, kind).slice(1)}`,
  );
  const feedTitle = `Reel Notes: reviews by ${critic.name}`;
  return (
    <article className={styles.page}>
      {/* Their own feeds, beside the site's: React places these in the head, as it does PageMeta's elements. */}
      <link rel="alternate" type="application/atom+xml" title={feedTitle} href={atom} />
      <link rel="alternate" type="application/feed+json" title={feedTitle} href={json} />
      <Suspense>
        <CriticJsonLd critic={critic} />
      </Suspense>
      <p className={styles.kicker}>Critic</p>
      <h1 className={styles.title}>{critic.name}</h1>
      <p className={styles.standfirst}>{critic.standfirst}</p>
      <div className={styles.prose}>
        <RichBlocksLater blocks={critic.bio} />
      </div>
      <ul className={styles.links} aria-label={`Follow ${critic.name}`}>
        <li>
          <a href={atom} type="application/atom+xml">
            Atom feed of {critic.name}’s reviews
          </a>
        </li>
        <li>
          <a href={json} type="application/feed+json">
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
        <p className={styles.count}>{reviewCount(critic.total)}, newest first</p>
        <ol className={styles.entries}>
          {critic.cards.map((card) => (
            <li key={card.slug}>
              <FilmEntry review={card} headingLevel={3} />
            </li>
          ))}
        </ol>
        <Suspense>
          <MoreReviews critic={critic.slug} page={1} pages={critic.pages} />
        </Suspense>
      </section>
    </article>
  );
}
