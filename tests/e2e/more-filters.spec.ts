import { expect, test } from './fixtures';
import { cardTitles, closeFilters, isPhone, openFilters, resultCount, waitForList } from './helpers';

/**
 * Decade, country, language and where to watch (issue #19, part 4): read from
 * the address and written back to it, as selects with counts and as chips, in
 * the sheet on a phone and the sidebar on a desktop.
 */

test('filters by decade and country applied and read back from the URL', async ({ page }, testInfo) => {
  await page.goto('/?decade=2020s&country=KR');
  await waitForList(page);
  await expect(resultCount(page)).toHaveText('2 reviews');
  expect(await cardTitles(page)).toEqual(['Ballerina', 'The Call']);
  const chips = page.getByRole('list', { name: 'Active filters' });
  await expect(chips.getByRole('button', { name: 'Remove 2020s' })).toBeVisible();
  await expect(chips.getByRole('button', { name: 'Remove South Korea' })).toBeVisible();

  const panel = await openFilters(page, testInfo);
  await expect(panel.getByLabel('Decade')).toHaveValue('2020s');
  await expect(panel.getByLabel('Country')).toHaveValue('KR');
  // Each option says what choosing it instead would leave; one that leaves nothing is off limits.
  await expect(panel.getByRole('option', { name: '2000s (1)' })).toBeEnabled();
  await expect(panel.getByRole('option', { name: '1990s (0)' })).toBeDisabled();

  await panel.getByLabel('Decade').selectOption('2000s');
  await expect(page).toHaveURL('/?decade=2000s&country=KR');
  await expect.poll(() => cardTitles(page)).toEqual(['Oldboy']);

  await panel.getByLabel('Country').selectOption('JP');
  await expect(page).toHaveURL('/?decade=2000s&country=JP');
  await expect.poll(() => cardTitles(page)).toEqual(['Spirited Away']);
  await closeFilters(page, testInfo);

  await chips.getByRole('button', { name: 'Remove 2000s' }).click();
  await expect(page).toHaveURL('/?country=JP');
  await expect(resultCount(page)).toHaveText('3 reviews');
  await expect(chips.getByRole('button', { name: 'Remove 2000s' })).toHaveCount(0);
});

test('the new filters combine with a genre and with a search', async ({ page }, testInfo) => {
  await page.goto('/?genre=drama&language=ko');
  await waitForList(page);
  // Newest review first: Oldboy's review is the newer.
  await expect.poll(() => cardTitles(page)).toEqual(['Oldboy', 'Parasite']);
  const panel = await openFilters(page, testInfo);
  await expect(panel.getByLabel('Language')).toHaveValue('ko');
  await panel.getByLabel('Where to watch').selectOption('max');
  await expect(page).toHaveURL('/?genre=drama&language=ko&service=max');
  await expect.poll(() => cardTitles(page)).toEqual(['Parasite']);
  await closeFilters(page, testInfo);

  await page.getByRole('main').getByLabel('Search').fill('oldboy');
  await expect(page).toHaveURL('/?genre=drama&language=ko&service=max&q=oldboy');
  await expect(page.getByRole('heading', { name: 'No reviews match these filters' })).toBeVisible();
  await page.getByRole('list', { name: 'Active filters' }).getByRole('button', { name: 'Remove Max' }).click();
  await expect(page).toHaveURL('/?genre=drama&language=ko&q=oldboy');
  await expect.poll(() => cardTitles(page)).toEqual(['Oldboy']);
});

test('nonsense in the new filters is dropped: the full list, no error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/?decade=abc&country=%%&language=1&service=-&watch=stream');
  await waitForList(page);
  await expect(page).toHaveURL('/');
  await expect(resultCount(page)).toHaveText('Showing 24 of 37 reviews');
  await expect(page.getByRole('list', { name: 'Active filters' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a country no review has matches nothing, with a way out', async ({ page }, testInfo) => {
  test.skip(isPhone(testInfo), 'the same on both sizes: once is enough');
  await page.goto('/?country=ZA');
  await waitForList(page);
  await expect(page.getByRole('heading', { name: 'No reviews match these filters' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL('/');
  await expect(resultCount(page)).toHaveText('Showing 24 of 37 reviews');
});
