import { MAX_SLUG_LENGTH, SLUG_PATTERN } from './limits';

/** The slug a page's address names (a review's, a person's…), in its canonical spelling ("Ballerina-2023" → "ballerina-2023"), or null for none. */
export function readSlug(param: string | undefined): string | null {
  const slug = (param ?? '').trim().toLowerCase();
  return SLUG_PATTERN.test(slug) && slug.length <= MAX_SLUG_LENGTH ? slug : null;
}
