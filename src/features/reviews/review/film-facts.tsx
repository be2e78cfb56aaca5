import { Fragment } from 'react';
import { plural } from '@/lib/plural';
import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import { decadeOf } from '@/format/facets';
import { formatRuntime } from '@/lib/durations';
import { genreLabel } from '@/format/genres';
import type { Review, WatchOption } from '@/format/review-schema';
import styles from './review-article.module.css';

const WATCH_KIND: Record<WatchOption['kind'], string> = {
  subscription: 'Streaming',
  rent: 'Rent',
  buy: 'Buy',
  free: 'Free',
  cinema: 'In cinemas',
};

/** The facts about the film, and where to watch it. */
export function FilmFacts({ film, watch }: { film: Review['film']; watch: Review['watch'] }) {
  return (
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
        <dd>
          <Link to={paths.reviewsBy('decade', `${decadeOf(film.year)}s`)}>{film.year}</Link>
        </dd>
        {film.directors.length > 0 && (
          <>
            <dt>{plural(film.directors.length, 'Director')}</dt>
            <dd>
              {film.directors.map((name, index) => (
                <Fragment key={name}>
                  {index > 0 && ', '}
                  <PersonName name={name} slug={film.people?.[name]} />
                </Fragment>
              ))}
            </dd>
          </>
        )}
        {film.cast.length > 0 && (
          <>
            <dt>Cast</dt>
            <dd>
              <ul className={styles.cast}>
                {film.cast.map((member) => (
                  <li key={`${member.name}\n${member.character ?? ''}`}>
                    <PersonName name={member.name} slug={film.people?.[member.name]} />
                    {member.character && <span className={styles.character}> as {member.character}</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {film.countries.length > 0 && (
          <>
            <dt>{plural(film.countries.length, 'Country', 'Countries')}</dt>
            <dd>
              <FacetLinks names={film.countries} codes={film.codes?.countries} facet="country" />
            </dd>
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
            <dt>{plural(film.languages.length, 'Language')}</dt>
            <dd>
              <FacetLinks names={film.languages} codes={film.codes?.languages} facet="language" />
            </dd>
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
      {watch.length ? (
        <ul className={styles.watch}>
          {watch.map((option) => (
            <li key={`${option.provider}\n${option.kind}`}>
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
  );
}

/** Countries or languages, each a link to the latest reviews from it or in it when the review has its code. */
function FacetLinks({
  names,
  codes,
  facet,
}: {
  names: readonly string[];
  codes: readonly string[] | undefined;
  facet: 'country' | 'language';
}) {
  return names.map((name, index) => {
    const code = codes?.[index];
    return (
      <Fragment key={name}>
        {index > 0 && ', '}
        {code ? <Link to={paths.reviewsBy(facet, code)}>{name}</Link> : name}
      </Fragment>
    );
  });
}

/** A director's or cast member's name: a link to their page, when the review was published with one. */
function PersonName({ name, slug }: { name: string; slug: string | undefined }) {
  return slug ? <Link to={paths.person(slug)}>{name}</Link> : name;
}

/** BCP 47 codes for the languages original titles come in, so screen readers pronounce them right. */
const LANGUAGE_CODES = new Map([
  ['Cantonese', 'yue'],
  ['Chinese', 'zh'],
  ['French', 'fr'],
  ['German', 'de'],
  ['Indonesian', 'id'],
  ['Italian', 'it'],
  ['Japanese', 'ja'],
  ['Korean', 'ko'],
  ['Mandarin', 'zh'],
  ['Russian', 'ru'],
  ['Spanish', 'es'],
]);

/** A Map, not an object: a language named "__proto__" or "constructor" is just an unknown language. */
function languageCode(language: string | undefined): string | undefined {
  return language === undefined ? undefined : LANGUAGE_CODES.get(language);
}
