import { JsonLd } from '@/components/json-ld';
import { paths } from '@/config/paths';
import { siteUrl } from '@/config/site';
import type { CheckedCritic } from '../api/critic-api';
import { reviewSummary } from './directory-json-ld';

/** A critic's page: the critic, and the reviews on it, which they wrote. */
function criticJsonLd(critic: CheckedCritic): Record<string, unknown> {
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

/** The critic's page as JSON-LD: in the prerendered HTML, its code after the page has painted (the page is at the first-load budget). */
export function CriticJsonLd({ critic }: { critic: CheckedCritic }) {
  return <JsonLd data={criticJsonLd(critic)} />;
}
