import { Fragment, useState } from 'react';
import { Link } from 'react-router-dom';
import { Stars } from '@/components/stars';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/dates';
import { formatRuntime } from '@/lib/durations';
import { genreLabel } from '../genres';
import { reviewJsonLd, serialiseJsonLd } from '../review-json-ld';
import type { Review, WatchOption } from '../review-schema';
import { ReviewCard } from './review-card';
import styles from './review-article.module.css';

const WATCH_KIND: Record<WatchOption['kind'], string> = {
  subscription: 'Streaming',
  rent: 'Rent',
  buy: 'Buy',
  free: 'Free',
  cinema: 'In cinemas',
};

/** One review in full: the reading column beside the facts, then what it mentions and related reviews. */
export function ReviewArticle({ review }: { review: Review }) {
  const { film } = review;
  const [showSpoilers, setShowSpoilers] = useState(!review.spoilers);
  return (
    <article className={styles.article}>
      <script type="application/ld+json">{serialiseJsonLd(reviewJsonLd(review, window.location.href))}</script>
      <header className={styles.header}>
        <p className={styles.kicker}>
          {film.title} ({film.year}) · Review
        </p>
        <h1 className={styles.headline}>{keepDashAttached(review.headline)}</h1>
        <Stars rating={review.rating} size="large" />
        <p className={styles.standfirst}>{review.standfirst}</p>
        <p className={styles.byline}>
          By <span className={styles.author}>{review.author.name}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={review.published}>{formatDate(review.published)}</time>
          {review.updated && (
            <>
              {' '}
              (updated <time dateTime={review.updated}>{formatDate(review.updated)}</time>)
            </>
          )}
        </p>
      </header>

      <div className={styles.body}>
        {review.image && (
          <img
            className={styles.image}
            src={review.image.url}
            width={review.image.width}
            height={review.image.height}
            alt={review.image.alt}
            loading="lazy"
            decoding="async"
          />
        )}
        {review.spoilers && (
          <div className={styles.spoilerNotice}>
            <p>This review discusses the ending.</p>
            <button
              type="button"
              className="button"
              aria-expanded={showSpoilers}
              onClick={() => setShowSpoilers((shown) => !shown)}
            >
              {showSpoilers ? 'Hide the review' : 'Show the review, spoilers and all'}
            </button>
          </div>
        )}
        {showSpoilers && (
          <>
            {review.body.map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
            <p className={styles.verdict}>
              <strong>Verdict: </strong>
              {review.verdict}
            </p>
          </>
        )}
      </div>

      <aside className={styles.facts} aria-labelledby="facts-heading">
        <h2 id="facts-heading">The film</h2>
        <dl>
          <dt>Title</dt>
          <dd>
            {film.title}
            {film.originalTitle && (
              <span className={styles.original}>
                {' ('}
                <span lang={languageCode(film.languages[0])}>{film.originalTitle}</span>)
              </span>
            )}
          </dd>
          <dt>Year</dt>
          <dd>{film.year}</dd>
          {film.directors.length > 0 && (
            <>
              <dt>{film.directors.length === 1 ? 'Director' : 'Directors'}</dt>
              <dd>{film.directors.join(', ')}</dd>
            </>
          )}
          {film.cast.length > 0 && (
            <>
              <dt>Cast</dt>
              <dd>
                <ul className={styles.cast}>
                  {film.cast.map((member) => (
                    <li key={`${member.name}-${member.character ?? ''}`}>
                      {member.name}
                      {member.character && <span className={styles.character}> as {member.character}</span>}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {film.countries.length > 0 && (
            <>
              <dt>{film.countries.length === 1 ? 'Country' : 'Countries'}</dt>
              <dd>{film.countries.join(', ')}</dd>
            </>
          )}
          {film.runtime && (
            <>
              <dt>Running time</dt>
              <dd>{formatRuntime(film.runtime)}</dd>
            </>
          )}
          {film.languages.length > 0 && (
            <>
              <dt>{film.languages.length === 1 ? 'Language' : 'Languages'}</dt>
              <dd>{film.languages.join(', ')}</dd>
            </>
          )}
          <dt>Genres</dt>
          <dd>
            {film.genres.map((genre, index) => (
              <Fragment key={genre}>
                {index > 0 && ', '}
                <Link to={paths.genre(genre)}>{genreLabel(genre)}</Link>
              </Fragment>
            ))}
          </dd>
        </dl>

        <h2>Where to watch</h2>
        {review.watch.length ? (
          <ul className={styles.watch}>
            {review.watch.map((option) => (
              <li key={`${option.provider}-${option.kind}`}>
                <a href={option.url} rel="noopener noreferrer external" target="_blank">
                  {option.provider}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>{' '}
                <span className={styles.watchKind}>{WATCH_KIND[option.kind]}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>We don’t know where it is showing right now.</p>
        )}
      </aside>

      {review.mentions.length > 0 && (
        <section className={styles.section} aria-labelledby="mentions-heading">
          <h2 id="mentions-heading">Films this review mentions</h2>
          <ul className={styles.mentions}>
            {review.mentions.map((mention) => (
              <li key={`${mention.title}-${mention.year ?? ''}`}>
                {mention.slug ? (
                  <Link to={paths.review(mention.slug)}>
                    {mention.title}
                    {mention.year && ` (${mention.year})`}
                  </Link>
                ) : (
                  <>
                    {mention.title}
                    {mention.year && ` (${mention.year})`}
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {review.related.length > 0 && (
        <section className={styles.section} aria-labelledby="related-heading">
          <h2 id="related-heading">Related reviews</h2>
          <ul className={styles.related}>
            {review.related.map((related) => (
              <li key={related.slug}>
                <ReviewCard review={related} headingLevel={3} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/** A no-break space before a dash, so a balanced headline never starts a line with one. */
function keepDashAttached(text: string): string {
  return text.replace(/ (—|–)/g, '\u00a0$1');
}

/** BCP 47 codes for the languages original titles come in, so screen readers pronounce them right. */
const LANGUAGE_CODES: Record<string, string> = {
  Cantonese: 'yue',
  Chinese: 'zh',
  French: 'fr',
  German: 'de',
  Indonesian: 'id',
  Italian: 'it',
  Japanese: 'ja',
  Korean: 'ko',
  Mandarin: 'zh',
  Russian: 'ru',
  Spanish: 'es',
};

function languageCode(language: string | undefined): string | undefined {
  return language === undefined ? undefined : LANGUAGE_CODES[language];
}

/** The shape of a review while it loads, so nothing jumps when it lands. */
export function ReviewArticleSkeleton() {
  return <div className={styles.skeleton} aria-hidden="true" />;
}
