/**
 * How crawlers and feed readers find the site: sitemap.xml (a sitemap index
 * past 50,000 addresses), robots.txt pointing to it, and the newest 50
 * reviews as an Atom feed and a JSON Feed 1.1, and the same two feeds of each
 * critic's newest 50 beside their page (/critics/<slug>/feed.xml). The XML goes through one writer
 * (./xml.ts), the JSON through JSON.stringify: no text can act as syntax.
 * Spoilers never appear (feeds carry the standfirst only).
 */
import { join } from 'node:path';
import { paths } from '../../src/config/paths';
import { SITE_NAME } from '../../src/config/site';
import { genreLabel } from '../../src/format/genres';
import type { PageSpec } from './pages';
import type { SiteReview } from './site-reviews';
import { writeIfChanged } from '../lib/write-if-changed';
import { xml, xmlDocument } from './xml';

export const FEEDS = { atom: '/feed.xml', json: '/feed.json' } as const;
const FEED_SIZE = 50;
const SITEMAP_LIMIT = 50_000;
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export function writeDiscovery(dist: string, siteUrl: string, pages: PageSpec[], reviews: SiteReview[]) {
  // Written only where changed: the folder holds an older build (scripts/build/staged-build.ts).
  let written = 0;
  const write = (path: string, text: string) => void (writeIfChanged(join(dist, path), text) && written++);
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
    write('sitemap.xml', sitemaps[0]!);
  } else {
    sitemaps.forEach((text, index) => write(`sitemap-${index + 1}.xml`, text));
    const list = sitemaps.map((_, index) => xml('sitemap', {}, xml('loc', {}, `${siteUrl}/sitemap-${index + 1}.xml`)));
    write('sitemap.xml', xmlDocument(xml('sitemapindex', { xmlns: SITEMAP_NS }, ...list)));
  }
  write('robots.txt', `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}/sitemap.xml\n`);

  const newest = reviews.slice(0, FEED_SIZE);
  const title = `${SITE_NAME}: the latest reviews`;
  writeFeeds(write, siteUrl, newest, { title, home: paths.home(), ...FEEDS });

  // Each critic's feeds: their newest reviews, taken from the site's (newest first already).
  const byCritic = new Map<string, SiteReview[]>();
  for (const review of reviews) {
    const slug = review.author.slug;
    if (!slug) continue;
    const theirs = byCritic.get(slug) ?? [];
    if (theirs.length < FEED_SIZE) theirs.push(review);
    byCritic.set(slug, theirs);
  }
  for (const [slug, theirs] of byCritic) {
    writeFeeds(write, siteUrl, theirs, {
      title: `${SITE_NAME}: reviews by ${theirs[0]!.author.name}`,
      home: paths.critic(slug),
      atom: paths.criticFeed(slug, 'atom'),
      json: paths.criticFeed(slug, 'json'),
    });
  }
  return {
    sitemaps: sitemaps.length + (sitemaps.length > 1 ? 1 : 0),
    feedItems: newest.length,
    criticFeeds: byCritic.size,
    written,
  };
}

/** A feed's title and addresses: the page it follows, and its two files. */
interface FeedSpec {
  title: string;
  home: string;
  atom: string;
  json: string;
}

/** Writes a feed of the given reviews twice: Atom and JSON Feed. `write` takes a path inside the site. */
function writeFeeds(
  write: (path: string, text: string) => void,
  siteUrl: string,
  reviews: SiteReview[],
  feed: FeedSpec,
) {
  write(feed.atom.slice(1), atomFeed(siteUrl, reviews, feed));
  write(feed.json.slice(1), `${JSON.stringify(jsonFeed(siteUrl, reviews, feed), null, 2)}\n`);
}

/** The Atom feed (RFC 4287) of the given reviews, newest first. */
function atomFeed(siteUrl: string, reviews: SiteReview[], feed: FeedSpec): string {
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
      xml(
        'author',
        {},
        xml('name', {}, review.author.name),
        ...(review.author.slug ? [xml('uri', {}, `${siteUrl}${paths.critic(review.author.slug)}`)] : []),
      ),
      xml('summary', {}, review.standfirst),
      ...review.film.genres.map((genre) => xml('category', { term: genre, label: genreLabel(genre) })),
    );
  });
  return xmlDocument(
    xml(
      'feed',
      { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'en-GB' },
      xml('id', {}, `${siteUrl}${feed.home}`),
      xml('title', {}, feed.title),
      xml('link', { rel: 'alternate', type: 'text/html', href: `${siteUrl}${feed.home}` }),
      xml('link', { rel: 'self', type: 'application/atom+xml', href: `${siteUrl}${feed.atom}` }),
      xml('updated', {}, `${updated}T00:00:00Z`),
      ...entries,
    ),
  );
}

/** The JSON Feed 1.1 of the given reviews, newest first. */
function jsonFeed(siteUrl: string, reviews: SiteReview[], feed: FeedSpec) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: `${siteUrl}${feed.home}`,
    feed_url: `${siteUrl}${feed.json}`,
    language: 'en-GB',
    items: reviews.map((review) => ({
      id: `${siteUrl}${paths.review(review.slug)}`,
      url: `${siteUrl}${paths.review(review.slug)}`,
      title: review.headline,
      summary: review.standfirst,
      content_text: review.standfirst,
      date_published: `${review.published}T00:00:00Z`,
      ...(review.updated && { date_modified: `${review.updated}T00:00:00Z` }),
      authors: [
        {
          name: review.author.name,
          ...(review.author.slug && { url: `${siteUrl}${paths.critic(review.author.slug)}` }),
        },
      ],
      tags: review.film.genres.map(genreLabel),
    })),
  };
}
