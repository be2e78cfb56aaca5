/**
 * How crawlers and feed readers find the site: sitemap.xml (a sitemap index
 * past 50,000 addresses), robots.txt pointing to it, and the newest 50
 * reviews as an Atom feed and a JSON Feed 1.1. The XML goes through one writer
 * (./xml.ts), the JSON through JSON.stringify: no text can act as syntax.
 * Spoilers never appear (feeds carry the standfirst only).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '../../src/config/paths';
import { SITE_NAME } from '../../src/config/site';
import { genreLabel } from '../../src/features/reviews/format/genres';
import type { PageSpec } from './pages';
import type { SiteReview } from './site-reviews';
import { xml, xmlDocument } from './xml';

export const FEEDS = { atom: '/feed.xml', json: '/feed.json' } as const;
const FEED_SIZE = 50;
const SITEMAP_LIMIT = 50_000;
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export function writeDiscovery(dist: string, siteUrl: string, pages: PageSpec[], reviews: SiteReview[]) {
  const bySlug = new Map(reviews.map((review) => [review.slug, review]));
  const entries = pages.map((page) => {
    const review = page.slug ? bySlug.get(page.slug) : undefined;
    return { loc: `${siteUrl}${page.path}`, lastmod: review ? (review.updated ?? review.published) : undefined };
  });
  const sitemaps: string[] = [];
  for (let start = 0; start < entries.length; start += SITEMAP_LIMIT) {
    const urls = entries
      .slice(start, start + SITEMAP_LIMIT)
      .map(({ loc, lastmod }) =>
        xml('url', {}, xml('loc', {}, loc), ...(lastmod ? [xml('lastmod', {}, lastmod)] : [])),
      );
    sitemaps.push(xmlDocument(xml('urlset', { xmlns: SITEMAP_NS }, ...urls)));
  }
  if (sitemaps.length === 1) {
    writeFileSync(join(dist, 'sitemap.xml'), sitemaps[0]!);
  } else {
    sitemaps.forEach((text, index) => writeFileSync(join(dist, `sitemap-${index + 1}.xml`), text));
    const list = sitemaps.map((_, index) => xml('sitemap', {}, xml('loc', {}, `${siteUrl}/sitemap-${index + 1}.xml`)));
    writeFileSync(join(dist, 'sitemap.xml'), xmlDocument(xml('sitemapindex', { xmlns: SITEMAP_NS }, ...list)));
  }
  writeFileSync(join(dist, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}/sitemap.xml\n`);

  const newest = reviews.slice(0, FEED_SIZE);
  writeFileSync(join(dist, FEEDS.atom.slice(1)), atomFeed(siteUrl, newest));
  writeFileSync(join(dist, FEEDS.json.slice(1)), `${JSON.stringify(jsonFeed(siteUrl, newest), null, 2)}\n`);
  return { sitemaps: sitemaps.length + (sitemaps.length > 1 ? 1 : 0), feedItems: newest.length };
}

/** The Atom feed (RFC 4287) of the given reviews, newest first. */
function atomFeed(siteUrl: string, reviews: SiteReview[]): string {
  const updated =
    reviews
      .map((review) => review.updated ?? review.published)
      .sort()
      .at(-1) ?? '1970-01-01';
  const entries = reviews.map((review) => {
    const url = `${siteUrl}${paths.review(review.slug)}`;
    return xml(
      'entry',
      {},
      xml('id', {}, url),
      xml('title', {}, review.headline),
      xml('link', { rel: 'alternate', type: 'text/html', href: url }),
      xml('published', {}, `${review.published}T00:00:00Z`),
      xml('updated', {}, `${review.updated ?? review.published}T00:00:00Z`),
      xml('author', {}, xml('name', {}, review.author.name)),
      xml('summary', {}, review.standfirst),
      ...review.film.genres.map((genre) => xml('category', { term: genre, label: genreLabel(genre) })),
    );
  });
  return xmlDocument(
    xml(
      'feed',
      { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'en-GB' },
      xml('id', {}, `${siteUrl}/`),
      xml('title', {}, `${SITE_NAME}: the latest reviews`),
      xml('link', { rel: 'alternate', type: 'text/html', href: `${siteUrl}/` }),
      xml('link', { rel: 'self', type: 'application/atom+xml', href: `${siteUrl}${FEEDS.atom}` }),
      xml('updated', {}, `${updated}T00:00:00Z`),
      ...entries,
    ),
  );
}

/** The JSON Feed 1.1 of the given reviews, newest first. */
function jsonFeed(siteUrl: string, reviews: SiteReview[]) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: `${SITE_NAME}: the latest reviews`,
    home_page_url: `${siteUrl}/`,
    feed_url: `${siteUrl}${FEEDS.json}`,
    language: 'en-GB',
    items: reviews.map((review) => ({
      id: `${siteUrl}${paths.review(review.slug)}`,
      url: `${siteUrl}${paths.review(review.slug)}`,
      title: review.headline,
      summary: review.standfirst,
      content_text: review.standfirst,
      date_published: `${review.published}T00:00:00Z`,
      ...(review.updated && { date_modified: `${review.updated}T00:00:00Z` }),
      authors: [{ name: review.author.name }],
      tags: review.film.genres.map(genreLabel),
    })),
  };
}
