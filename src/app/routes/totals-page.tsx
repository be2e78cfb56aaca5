import type { ReactNode } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { PageMeta } from '@/components/page-meta';
import { useCatalogTotals, type CatalogTotals } from '@/features/reviews/use-catalog-totals';

interface TotalsPageProps {
  title: string;
  description: string;
  intro: string;
  /** The totals, drawn: shown once they arrive. */
  children: (totals: CatalogTotals) => ReactNode;
  /** The same shape, empty, while they load. */
  skeleton: ReactNode;
}

/** /genres and /ratings: a page about the catalogue's counts, with their loading and error states. */
export function TotalsPage({ title, description, intro, children, skeleton }: TotalsPageProps) {
  const { totals, query } = useCatalogTotals();
  return (
    <div>
      <PageMeta title={title} description={description} />
      <h1>{title}</h1>
      <p>{intro}</p>
      {totals ? (
        children(totals)
      ) : query.isError ? (
        <ErrorMessage
          what={`the ${title.toLowerCase()}`}
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        skeleton
      )}
    </div>
  );
}
