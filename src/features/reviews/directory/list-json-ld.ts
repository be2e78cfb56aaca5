import { paths } from '@/config/paths';
import { siteUrl } from '@/config/site';
import type { CriticList } from '@/format/directory-schema';

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
