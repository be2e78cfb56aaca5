import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import { PageMeta } from './page-meta';
import styles from './problem-page.module.css';

/** A page that could not be shown: a heading, why, and a way on. */
export function ProblemPage({ title, heading, children }: { title: string; heading: string; children: ReactNode }) {
  return (
    <div className={styles.page}>
      <PageMeta title={title} />
      <h1>{heading}</h1>
      {children}
      <p className={styles.actions}>
        <Link className="button button-primary" to={paths.home()}>
          Go to the latest reviews
        </Link>
      </p>
    </div>
  );
}
