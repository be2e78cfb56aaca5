import { lazy, Suspense, type ReactNode } from 'react';
import { Link, NavLink } from 'react-router-dom';
import { paths } from '@/config/paths';
import { SITE_NAME } from '@/config/site';
import { HeaderSearch } from './header-search';
import styles from './layout.module.css';

// Scrolling matters from the first navigation on: its code is not part of the first load.
const ScrollRestoration = lazy(async () => ({ default: (await import('./scroll-restoration')).ScrollRestoration }));

const NAV = [
  { to: paths.home(), label: 'Reviews', end: true },
  { to: paths.genres(), label: 'Genres', end: false },
  { to: paths.ratings(), label: 'Ratings', end: false },
  { to: paths.lists(), label: 'Lists', end: false },
  { to: paths.saved(), label: 'Saved', end: false },
] as const;

/**
 * The frame of every page: skip link, masthead, navigation, main, footer. The
 * masthead is one row at any width: the site's name, the sections (a row that
 * scrolls sideways on the narrowest phones), and the search box at the end.
 */
export function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <Suspense fallback={null}>
        <ScrollRestoration />
      </Suspense>
      <a className={styles.skipLink} href="#main">
        Skip to content
      </a>
      <header className={styles.masthead}>
        <div className={styles.mastheadInner}>
          <Link to={paths.home()} className={styles.brand}>
            {SITE_NAME}
          </Link>
          <nav aria-label="Sections" className={styles.nav}>
            <ul className={styles.sections}>
              {NAV.map((item) => (
                <li key={item.to} className={item.end ? styles.home : undefined}>
                  <NavLink to={item.to} end={item.end} className={styles.navLink}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <HeaderSearch />
        </div>
      </header>
      <main id="main" className={styles.main} tabIndex={-1}>
        {children}
      </main>
      <footer className={styles.footer}>
        <p>{SITE_NAME}: film reviews, written for this project.</p>
      </footer>
    </>
  );
}
