import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { SITE_NAME } from '@/config/paths';
import { useAnnouncer } from './announcer';

interface PageMetaProps {
  /** The page's own title; the site name is added. */
  title: string;
  description?: string;
  /** False while the page's content is still loading: focus and announcement wait for it. */
  ready?: boolean;
}

const DEFAULT_DESCRIPTION = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';

/**
 * Sets the document title and description. After a route change (not the first
 * load, and not a filter change), once the page is ready, moves focus to its h1
 * and announces its title, as a screen reader user expects of a page load.
 */
export function PageMeta({ title, description = DEFAULT_DESCRIPTION, ready = true }: PageMetaProps) {
  const { pathname } = useLocation();
  const { announce, announcedPathRef } = useAnnouncer();
  const fullTitle = `${title} — ${SITE_NAME}`;

  useEffect(() => {
    document.title = fullTitle;
    document.querySelector('meta[name="description"]')?.setAttribute('content', description);
  }, [fullTitle, description]);

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

  return null;
}
