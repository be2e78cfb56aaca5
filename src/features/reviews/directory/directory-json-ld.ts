import { paths } from '@/config/paths';
import { siteUrl } from '@/config/site';
import type { Card } from '../format/card-schema';
import type { CriticList, Person } from '../format/directory-schema';
import type { CheckedCritic } from '../api/directory-api';

/**
 * The pages about people, critics and lists as schema.org JSON-LD, pointing at
 * the reviews' pages (whose own JSON-LD has the rest): a Person the reviews are
 * about, a critic's ProfilePage, an ItemList.
 */

/** A review as another page's JSON-LD names it. */
function reviewSummary(review: Card) {
  return {
    '@type': 'Review',
    url: siteUrl(paths.review(review.slug)),
    name: review.headline,
    datePublished: review.published,
    reviewRating: { '@type': 'Rating', ratingValue: review.rating, bestRating: 5, worstRating: 0.5 },
    itemReviewed: { '@type': 'Movie', name: review.film.title, dateCreated: String(review.film.year) },
  };
}

/** A director or cast member, with the reviews of their films as `subjectOf`. */
export function personJsonLd(person: Person): Record<string, unknown> {
  const url = siteUrl(paths.person(person.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    '@id': url,
    url,
    name: person.name,
    ...(person.about && { description: person.about }),
    subjectOf: person.credits.map((credit) => reviewSummary(credit.review)),
  };
}

/** A critic's page: the critic, and the reviews on it, which they wrote. */
export function criticJsonLd(critic: CheckedCritic): Record<string, unknown> {
  const url = siteUrl(paths.critic(critic.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url,
    mainEntity: {
      '@type': 'Person',
      '@id': url,
      name: critic.name,
      description: critic.standfirst,
      ...(critic.links.length && { sameAs: critic.links.map((link) => link.url) }),
    },
    hasPart: critic.cards.map((card) => ({ ...reviewSummary(card), author: { '@id': url } })),
  };
}

/** A critic's list, each item pointing at its review. */
export function listJsonLd(list: CriticList): Record<string, unknown> {
  const url = siteUrl(paths.list(list.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    '@id': url,
    url,
    name: list.title,
    description: list.standfirst,
    author: { '@type': 'Person', name: list.critic.name, url: siteUrl(paths.critic(list.critic.slug)) },
    datePublished: list.published,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    numberOfItems: list.items.length,
    itemListElement: list.items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      url: siteUrl(paths.review(item.review.slug)),
      name: `${item.review.film.title} (${item.review.film.year})`,
    })),
  };
}
