import { Link, NavLink, Outlet } from 'react-router-dom';
import { paths } from '@/config/paths';
import { SITE_NAME } from '@/config/site';
import { useScrollRestoration } from './use-scroll-restoration';
import styles from './layout.module.css';

const NAV = [
  { to: paths.home(), label: 'Reviews', end: true },
  { to: paths.genres(), label: 'Genres', end: false },
  { to: paths.ratings(), label: 'Ratings', end: false },
  { to: paths.lists(), label: 'Lists', end: false },
  { to: paths.saved(), label: 'Saved', end: false },
  { to: paths.search(), label: 'Search reviews', end: false },
] as const;

/** The frame of every page: skip link, masthead, navigation, main, footer. */
export function SiteLayout() {
  useScrollRestoration();
  return (
    <>
      <a className={styles.skipLink} href="#main">
        Skip to content
      </a>
      <header className={styles.masthead}>
        <div className={styles.mastheadInner}>
          <Link to={paths.home()} className={styles.brand}>
            {SITE_NAME}
          </Link>
          <nav aria-label="Sections">
            <ul className={styles.nav}>
              {NAV.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end} className={styles.navLink}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className={styles.main} tabIndex={-1}>
        <Outlet />
      </main>
      <footer className={styles.footer}>
        <p>{SITE_NAME}: film reviews, written for this project.</p>
      </footer>
    </>
  );
}
