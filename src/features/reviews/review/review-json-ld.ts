import { API_BASE_URL } from '@/config/api';
import { paths } from '@/config/paths';
import { siteUrl } from '@/config/site';
import { isoDuration } from '@/lib/durations';
import { imageSource } from '@/format/image-file';
import type { Image } from '@/format/lead-image-schema';
import type { Review } from '@/format/review-schema';
import { genreLabel } from '@/format/genres';
import { plainText } from '@/format/rich-text';

/** The review as schema.org JSON-LD: a Review of a Movie, as product.md maps it. */
export function reviewJsonLd(review: Review, pageUrl: string): Record<string, unknown> {
  const { film } = review;
  return {
    '@context': 'https://schema.org',
    '@type': 'Review',
    '@id': pageUrl,
    url: pageUrl,
    headline: review.headline,
    name: review.headline,
    alternativeHeadline: review.standfirst,
    // Plain text without the marked spoilers; a review about its ending publishes none of its body.
    ...(!review.spoilers && { reviewBody: plainText(review.body) }),
    reviewRating: { '@type': 'Rating', ratingValue: review.rating, bestRating: 5, worstRating: 0.5 },
    author: person(review.author.name, review.author.slug && paths.critic(review.author.slug)),
    datePublished: review.published,
    ...(review.image && { image: imageObject(review.image) }),
    ...(review.updated && { dateModified: review.updated }),
    itemReviewed: {
      '@type': 'Movie',
      name: film.title,
      ...(film.originalTitle && { alternateName: film.originalTitle }),
      dateCreated: String(film.year),
      director: film.directors.map((name) => person(name, personPath(film.people?.[name]))),
      actor: film.cast.map((member) => ({
        '@type': 'PerformanceRole',
        actor: person(member.name, personPath(film.people?.[member.name])),
        ...(member.character && { characterName: member.character }),
      })),
      countryOfOrigin: film.countries.map((name) => ({ '@type': 'Country', name })),
      inLanguage: film.languages,
      ...(film.runtime && { duration: isoDuration(film.runtime) }),
      genre: film.genres.map(genreLabel),
      potentialAction: review.watch.map((option) => ({
        '@type': 'WatchAction',
        name: `${option.kind === 'subscription' ? 'Stream' : option.kind === 'cinema' ? 'See' : capitalise(option.kind)} on ${option.provider}`,
        target: option.url,
      })),
    },
    mentions: review.mentions.map((mention) => ({
      '@type': 'Movie',
      name: mention.title,
      ...(mention.year && { dateCreated: String(mention.year) }),
    })),
  };
}

/** The lead image: its largest JPEG, which every reader of the markup can open, at an absolute address. */
function imageObject(image: Image) {
  return {
    '@type': 'ImageObject',
    url: new URL(imageSource(image, API_BASE_URL), siteUrl('/')).href,
    width: image.width,
    height: image.height,
    caption: image.alt,
    ...(image.credit && { creditText: image.credit }),
  };
}

const personPath = (slug: string | undefined) => slug && paths.person(slug);

/** A Person, with the URL of their page on this site when they have one. */
function person(name: string, path: string | undefined) {
  return { '@type': 'Person', name, ...(path && { url: siteUrl(path) }) };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
