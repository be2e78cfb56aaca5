import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { PageMeta } from '@/components/page-meta';
import { fromQuery, QueryState } from '@/components/query-state';
import type { ArchiveEntry } from '@/features/reviews/api/review-api';
import { entryQuery } from '@/features/reviews/api/review-queries';

interface TotalsPageProps {
  title: string;
  description: string;
  intro: string;
  /** The counts, drawn: shown once they arrive. */
  children: (entry: ArchiveEntry) => ReactNode;
  /** The same shape, empty, while they load. */
  skeleton: ReactNode;
}

/** /genres and /ratings: a page about the archive's counts, which are in its small entry file. */
export function TotalsPage({ title, description, intro, children, skeleton }: TotalsPageProps) {
  const entry = useQuery(entryQuery());
  return (
    <div>
      <PageMeta title={title} description={description} />
      <h1>{title}</h1>
      <p>{intro}</p>
      <QueryState state={fromQuery(entry)} what={`the ${title.toLowerCase()}`} skeleton={skeleton}>
        {children}
      </QueryState>
    </div>
  );
}
