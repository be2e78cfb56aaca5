import { describe, expect, it } from 'vitest';
import { parseFilters } from './filters';
import { describeList } from './list-summary';

describe('describeList', () => {
  const words = (search: string, scope: Parameters<typeof describeList>[0] = { kind: 'all' }) =>
    describeList(scope, parseFilters(new URLSearchParams(search), scope));

  it('names every filter, in the order the filters read', () => {
    expect(words('genre=drama&rating=4&sort=title')).toBe('drama reviews, 4 stars or more, by title');
    expect(words('genre=thriller&genre=science-fiction&genre=drama&rating=5&q=kim&unread=1&sort=rating')).toBe(
      'drama and science fiction and thriller reviews, 5 stars only, matching “kim”, not read yet, highest rated first',
    );
    expect(words('sort=year')).toBe('reviews by release year');
  });

  it('names the page’s own genre or rating along with the filters', () => {
    expect(words('rating=4', { kind: 'genre', genre: 'drama' })).toBe('drama reviews, 4 stars or more');
    expect(words('genre=war&rating=2', { kind: 'stars', stars: 3 })).toBe('3-star war reviews');
  });

  it('says "the reviews" of a list without filters, and of nonsense the parser drops', () => {
    expect(words('')).toBe('the reviews');
    expect(words('genre=drama', { kind: 'genre', genre: 'drama' })).toBe('the reviews');
    expect(words('genre=nope&rating=99&sort=evil&unread=yes&utm_source=x')).toBe('the reviews');
  });

  it('quotes a search as the parser tidies it, as text', () => {
    expect(words('q=%3Cscript%3E%20%20alert(1)')).toBe('reviews, matching “<script> alert(1)”');
  });

  it('names the facets after the rating: decade, country, language, service and how to watch', () => {
    expect(words('genre=drama&decade=1994&country=kr&language=ko&service=mubi&watch=rent&sort=title')).toBe(
      'drama reviews, from the 1990s, from South Korea, in Korean, on mubi, rent, by title',
    );
    expect(words('watch=cinema')).toBe('reviews, in cinemas');
  });
});
