import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectListed, openFilters } from '../list-helpers';
import { renderApp } from '../render-app';
import { authoredReviews } from '../review-fixtures';
import { cardName, newestFirst } from '../sample-content';
import { countryCode, languageCode } from '../../src/format/places';
import type { Review } from '../../src/format/review-schema';

// The suite shares two cores with other files, and each page's code loads on first use: give slow moments room.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

const reviews = authoredReviews();
const named = (predicate: (review: Review) => boolean) => reviews.filter(predicate).sort(newestFirst).map(cardName);
const from = (code: string) => (review: Review) => review.film.countries.some((name) => countryCode(name) === code);
const inLanguage = (code: string) => (review: Review) =>
  review.film.languages.some((name) => languageCode(name) === code);
const inDecade = (decade: number) => (review: Review) => Math.floor(review.film.year / 10) * 10 === decade;

describe('decade, country, language and where to watch on a list', () => {
  it('reads the filters from the address: the list, the selects and the chips', async () => {
    const user = userEvent.setup();
    renderApp('/?decade=2020s&country=kr');
    const expected = named((review) => inDecade(2020)(review) && from('KR')(review));
    expect(expected).toEqual(['Ballerina (2023)', 'The Call (2020)']);
    await expectListed(expected);
    const chips = within(await screen.findByRole('list', { name: 'Active filters' }));
    expect(chips.getByRole('button', { name: 'Remove 2020s' })).toBeInTheDocument();
    expect(chips.getByRole('button', { name: 'Remove South Korea' })).toBeInTheDocument();
    const filters = await openFilters(user);
    expect(filters.getByRole('combobox', { name: 'Decade' })).toHaveValue('2020s');
    expect(filters.getByRole('combobox', { name: 'Country' })).toHaveValue('KR');
    // Each option says what choosing it instead would leave: the other decades of South Korean films.
    expect(await filters.findByRole('option', { name: '2000s (1)' })).toBeEnabled();
    expect(filters.getByRole('option', { name: '1990s (0)' })).toBeDisabled();
    expect(filters.getByRole('option', { name: 'South Korea (2)' })).toBeEnabled();
  });

  it('writes a chosen option to the address, combined with a genre and a search, and a chip removes it', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?genre=drama');
    const filters = await openFilters(user);
    const language = filters.getByRole('combobox', { name: 'Language' });
    const french = await filters.findByRole('option', { name: /^French \(\d+\)$/ });
    await user.selectOptions(language, french);
    await waitFor(() => expect(router.state.location.search).toBe('?genre=drama&language=fr'));
    await expectListed(named((review) => review.film.genres.includes('drama') && inLanguage('fr')(review)));

    await user.selectOptions(filters.getByRole('combobox', { name: 'Language' }), 'Any language');
    await waitFor(() => expect(router.state.location.search).toBe('?genre=drama'));
    // Of the dramas, only Parasite streams on Max; none on Netflix, which is off limits.
    expect(await filters.findByRole('option', { name: 'Max (1)' })).toBeEnabled();
    expect(filters.getByRole('option', { name: 'Netflix (0)' })).toBeDisabled();
    await user.selectOptions(filters.getByRole('combobox', { name: 'Where to watch' }), 'Max (1)');
    await waitFor(() => expect(router.state.location.search).toBe('?genre=drama&service=max'));
    await expectListed(['Parasite (2019)']);

    await user.click(screen.getByLabelText('Search'));
    await user.paste('bong');
    await waitFor(() => expect(router.state.location.search).toBe('?genre=drama&service=max&q=bong'));
    await expectListed(['Parasite (2019)']);

    const chips = within(screen.getByRole('list', { name: 'Active filters' }));
    await user.click(chips.getByRole('button', { name: 'Remove Max' }));
    await waitFor(() => expect(router.state.location.search).toBe('?genre=drama&q=bong'));
  });

  it('needs the service and the way to watch on one option: rent, and Netflix, is no film here', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?service=netflix&watch=rent');
    await screen.findByText(/No reviews match/i);
    const filters = await openFilters(user);
    expect(filters.getByRole('combobox', { name: 'How to watch' })).toHaveValue('rent');
    await user.selectOptions(filters.getByRole('combobox', { name: 'How to watch' }), 'Subscription (5)');
    await waitFor(() => expect(router.state.location.search).toBe('?service=netflix&watch=subscription'));
    await expectListed(named((review) => review.watch.some((o) => o.provider === 'Netflix')));
  });
});
