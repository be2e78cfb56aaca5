import { paths } from '@/config/paths';
import { siteUrl } from '@/config/site';
import type { Person } from '@/format/directory-schema';
import { reviewSummary } from './directory-json-ld';

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
