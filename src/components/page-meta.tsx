import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { SITE_NAME, siteUrl } from '@/config/site';
import { useAnnouncer } from './announcer';

interface PageMetaProps {
  /** The page's own title; the site name is added. */
  title: string;
  description?: string;
  /** False while the page's content is still loading: focus and announcement wait for it. */
  ready?: boolean;
}

export const DEFAULT_DESCRIPTION =
  'Film reviews from Reel Notes: the latest reviews, by genre and by star rating, with the facts about each film and where to watch it.';

/**
 * Removes the prerendered page's title, description and canonical link, the
 * elements PageMeta renders. For an app rendered afresh rather than hydrated
 * (the not-found page at another address, a list with filters): React adds
 * its own and leaves the ones it did not render, so the head would hold two
 * of each.
 */
export function removePrerenderedPageMeta(): void {
  document.head.querySelectorAll('title,[name=description],[rel=canonical]').forEach((element) => element.remove());
}

/**
 * The page's title, description and canonical address, rendered as elements
 * React places in the document's head (also when prerendering, where the
 * share tags are derived from them). After a route change (not the first
 * load, and not a filter change), once the page is ready, moves focus to its
 * h1 and announces its title, as a screen reader user expects of a page load.
 */
export function PageMeta({ title, description = DEFAULT_DESCRIPTION, ready = true }: PageMetaProps) {
  const { pathname, search } = useLocation();
  const { announce, announcedPathRef } = useAnnouncer();
  const fullTitle = `${title} — ${SITE_NAME}`;

  useEffect(() => {
    if (!ready || announcedPathRef.current === pathname) return;
    const isFirstPage = announcedPathRef.current === null;
    announcedPathRef.current = pathname;
    if (isFirstPage) return;
    const main = document.getElementById('main');
    const heading = main?.querySelector<HTMLElement>('h1') ?? main;
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
    announce(fullTitle);
  }, [ready, pathname, fullTitle, announce, announcedPathRef]);

  return (
    <>
      <title>{fullTitle}</title>
      <meta name="description" content={description} />
      <link rel="canonical" href={siteUrl(pathname + search)} />
    </>
  );
}
