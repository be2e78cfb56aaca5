import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { fromQuery, QueryState } from '@/components/query-state';
import { paths } from '@/config/paths';
import { facetsQuery } from '@/features/reviews/api/facets-queries';
import { reviewCount } from '@/features/reviews/count';
import { GENRE_SLUGS, genreLabel } from '@/format/genres';
import styles from './simple-page.module.css';
import { TotalsPage } from './totals-page';

/** Every genre with reviews, with how many; then every decade and country, each leading to the list it filters. */
export function GenresPage() {
  return (
    <TotalsPage
      title="Genres"
      description="Every genre, decade and country Reel Notes reviews, with how many reviews each has."
      intro="Every genre, decade and country we have reviewed, with how many reviews each has. A film can belong to several genres and countries."
      skeleton={
        <ul className={styles.facets} aria-hidden="true">
          {Array.from({ length: 12 }, (_, index) => (
            <li key={index} className={styles.skeleton} />
          ))}
        </ul>
      }
    >
      {({ genreTotals, build }) => (
        <>
          <ul className={styles.facets}>
            {GENRE_SLUGS.filter((genre) => genreTotals.get(genre)).map((genre) => (
              <FacetLink key={genre} to={paths.genre(genre)} name={genreLabel(genre)} count={genreTotals.get(genre)!} />
            ))}
          </ul>
          <DecadesAndCountries build={build} />
        </>
      )}
    </TotalsPage>
  );
}

/** The decades, newest first, and the countries, the most reviewed first: links to the latest reviews filtered by them. */
function DecadesAndCountries({ build }: { build: string }) {
  const facets = useQuery(facetsQuery(build));
  return (
    <QueryState state={fromQuery(facets)} what="the decades and countries" skeleton={null}>
      {({ decades, countries }) => (
        <>
          <h2>Decades</h2>
          <ul className={styles.facets}>
            {decades.map(({ decade, count }) => (
              <FacetLink key={decade} to={paths.reviewsBy('decade', `${decade}s`)} name={`${decade}s`} count={count} />
            ))}
          </ul>
          <h2>Countries</h2>
          <ul className={styles.facets}>
            {[...countries]
              .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en'))
              .map(({ code, label, count }) => (
                <FacetLink key={code} to={paths.reviewsBy('country', code)} name={label} count={count} />
              ))}
          </ul>
        </>
      )}
    </QueryState>
  );
}

function FacetLink({ to, name, count }: { to: string; name: string; count: number }) {
  return (
    <li>
      <Link className={styles.facet} to={to}>
        <span className={styles.facetName}>{name}</span>
        <span className={styles.facetCount}>{reviewCount(count)}</span>
      </Link>
    </li>
  );
}
