import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page, TestInfo } from '@playwright/test';
import { fastForwardUntilVisible, nextFrames } from './fault-helpers';
import { expect, expectNoAxeViolations, test } from './fixtures';
import {
  cardLinks,
  cards,
  closeFilters,
  genreCheckbox,
  liveRegion,
  openFilters,
  resultCount,
  waitForList,
} from './helpers';

/**
 * The reader's own archive, kept in this browser: Save on a card or a review,
 * the reading list at /saved (most recently saved first), read marks (pressed,
 * or given on reaching the end of a review, with an Undo), "Not read yet" in
 * the list's URL, and the list moved to another browser as a JSON file.
 */

// The reading list lives in localStorage: no service worker is needed, and none competes with the pages for the network.
test.use({ serviceWorkers: 'block' });

/**
 * Presses a button once the app has taken it over: a prerendered page shows
 * Save and "Mark as read" before its script has hydrated them, and a press
 * before then does nothing (React has no handler on the element yet).
 */
async function press(button: Locator) {
  await expect
    .poll(() => button.evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactFiber'))))
    .toBe(true);
  await button.click();
}

/** A review's Save button, wherever it is: its name says the film, and "Save" or "Saved". */
function saveButton(page: Page, film: string, saved = false) {
  return page.getByRole('main').getByRole('button', { name: `${saved ? 'Saved' : 'Save'} ${film}`, exact: true });
}

/** The card of a film in a list view. */
function card(page: Page, film: string) {
  return cards(page).filter({ has: page.getByRole('link', { name: film, exact: true }) });
}

/** Opens a review and waits for its own actions (Save, Mark as read), which arrive after the text. */
async function openReview(page: Page, slug: string, headline: RegExp) {
  await page.goto(`/reviews/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  await expect(page.getByRole('main').getByRole('button', { name: /^Mark as (un)?read$/ })).toBeVisible();
}

/** Opens /saved, by the site's navigation, and waits for the list (or its empty state) from this device. */
async function openSaved(page: Page) {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Saved' }).click();
  await expect(page).toHaveURL('/saved');
  await expect(page.getByRole('heading', { level: 1, name: 'Your reading list' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export reading list' })).toBeVisible();
}

/** The count line of /saved: "2 reviews · 1 review marked as read", "Nothing saved yet". */
function savedCount(page: Page) {
  return page.getByRole('main').getByText(/^(Nothing saved yet|\d+ reviews?)( · \d+ reviews? marked as read)?$/);
}

/** What Export and Import say: one polite live region under their buttons. */
function transferStatus(page: Page) {
  return page.getByRole('region', { name: 'Move your reading list' }).getByRole('status');
}

const STORAGE_KEY = 'reel-notes:reading-list';

const BALLERINA = 'Ballerina (2023)';
const OLDBOY = 'Oldboy (2003)';

/** The films on /saved, in order, once their cards (which load after the page) have arrived. */
async function expectSaved(page: Page, films: string[]) {
  await expect(cardLinks(page)).toHaveText(films);
}

/** Saves Ballerina from its card on the home page and Oldboy from its review, in that order. */
async function saveTwo(page: Page) {
  await page.goto('/');
  await waitForList(page);
  await press(saveButton(page, BALLERINA));
  await expect(saveButton(page, BALLERINA, true)).toHaveAttribute('aria-pressed', 'true');
  await openReview(page, 'oldboy-2003', /Oldboy/);
  await press(saveButton(page, OLDBOY));
  await expect(saveButton(page, OLDBOY, true)).toHaveAttribute('aria-pressed', 'true');
}

/** A browser context of the same size as this project's, with nothing stored in it: another browser. */
function freshContext(browser: Browser, testInfo: TestInfo) {
  const { baseURL, viewport, isMobile, hasTouch, deviceScaleFactor } = testInfo.project.use;
  return browser.newContext({ baseURL, viewport, isMobile, hasTouch, deviceScaleFactor, serviceWorkers: 'block' });
}

test.describe('saving reviews', () => {
  test('a review saved from its card and one saved from its page are on /saved, most recently saved first', async ({
    page,
  }) => {
    await saveTwo(page);
    await openSaved(page);
    await expect(savedCount(page)).toHaveText('2 reviews');
    await expectSaved(page, [OLDBOY, BALLERINA]);
    // Each card on /saved says it is saved, and opens its review.
    await expect(saveButton(page, OLDBOY, true)).toHaveAttribute('aria-pressed', 'true');
    await card(page, BALLERINA).getByRole('link', { name: BALLERINA }).click();
    await expect(page).toHaveURL('/reviews/ballerina-2023');
    await expect(saveButton(page, BALLERINA, true)).toHaveAttribute('aria-pressed', 'true');
  });

  test('saving a review again moves it to the top of /saved', async ({ page }) => {
    await saveTwo(page);
    await openReview(page, 'ballerina-2023', /Ballerina/);
    await press(saveButton(page, BALLERINA, true));
    await press(saveButton(page, BALLERINA));
    await openSaved(page);
    await expectSaved(page, [BALLERINA, OLDBOY]);
  });

  test('unsaving on /saved takes the review off the list, and its card offers Save again', async ({ page }) => {
    await saveTwo(page);
    await openSaved(page);
    await press(saveButton(page, BALLERINA, true));
    await expect(card(page, BALLERINA)).toHaveCount(0);
    await expect(savedCount(page)).toHaveText('1 review');
    await expectSaved(page, [OLDBOY]);

    await press(saveButton(page, OLDBOY, true));
    await expect(savedCount(page)).toHaveText('Nothing saved yet');
    await expect(cards(page)).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('link', { name: 'Browse the latest reviews' })).toBeVisible();

    await page.goto('/');
    await waitForList(page);
    await expect(saveButton(page, BALLERINA)).toHaveAttribute('aria-pressed', 'false');
  });

  test('the reading list survives a reload', async ({ page }) => {
    await saveTwo(page);
    await page.goto('/saved');
    await page.reload();
    await expect(savedCount(page)).toHaveText('2 reviews');
    await expectSaved(page, [OLDBOY, BALLERINA]);
  });

  test('saving and unsaving are announced politely, and focus stays on the button', async ({ page }) => {
    await page.goto('/');
    await waitForList(page);
    await press(saveButton(page, BALLERINA));
    await expect(liveRegion(page)).toHaveText('Saved Ballerina (2023) to your reading list, readable offline.');
    await expect(saveButton(page, BALLERINA, true)).toBeFocused();

    await press(saveButton(page, BALLERINA, true));
    await expect(liveRegion(page)).toHaveText('Removed Ballerina (2023) from your reading list.');
    await expect(saveButton(page, BALLERINA)).toBeFocused();
    await expect(saveButton(page, BALLERINA)).toHaveAttribute('aria-pressed', 'false');
  });
});

test.describe('read marks', () => {
  test('a review marked as read keeps its mark after a reload, and can be marked unread again', async ({ page }) => {
    await openReview(page, 'ballerina-2023', /Ballerina/);
    const main = page.getByRole('main');
    await press(main.getByRole('button', { name: 'Mark as read' }));
    await expect(liveRegion(page)).toHaveText('Marked as read.');
    await expect(main.getByRole('button', { name: 'Mark as unread' })).toBeFocused();

    await page.reload();
    await expect(main.getByRole('button', { name: 'Mark as unread' })).toBeVisible();
    await expect(main.getByText('Read', { exact: true })).toBeVisible();

    // The list shows the mark on the review's card, and /saved counts it.
    await page.goto('/');
    await waitForList(page);
    await expect(card(page, BALLERINA).getByText('Read', { exact: true })).toBeVisible();
    await openSaved(page);
    await expect(savedCount(page)).toHaveText('Nothing saved yet · 1 review marked as read');

    await openReview(page, 'ballerina-2023', /Ballerina/);
    await press(main.getByRole('button', { name: 'Mark as unread' }));
    await expect(liveRegion(page)).toHaveText('Marked as not read yet.');
    await page.reload();
    await expect(main.getByRole('button', { name: 'Mark as read' })).toBeVisible();
  });

  test('staying at the end of a review marks it as read, and Undo keeps it unread', async ({ page }) => {
    // The review counts as read once its end has stayed in view for a moment: the page's clock is ours to move.
    await page.clock.install();
    await openReview(page, 'ballerina-2023', /Ballerina/);
    const main = page.getByRole('main');
    const notice = main.getByRole('status').filter({ hasText: 'You reached the end: marked as read.' });
    await expect(notice).toHaveCount(0);

    await main.getByText('Verdict:').scrollIntoViewIfNeeded();
    await fastForwardUntilVisible(page, notice);
    await expect(main.getByRole('button', { name: 'Mark as unread' })).toBeVisible();

    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect(main.getByRole('button', { name: 'Mark as read' })).toBeVisible();
    await expect(notice).toHaveCount(0);
    // The reader is still at the end: let the page see that, then let far more than the moment pass.
    await main.getByText('Verdict:').scrollIntoViewIfNeeded();
    await page.clock.resume();
    await nextFrames(page);
    await nextFrames(page);
    await page.clock.fastForward(10_000);
    await expect(notice).toHaveCount(0);
    // What this browser kept: the review is still not read.
    await page.reload();
    await expect(main.getByRole('button', { name: 'Mark as read' })).toBeVisible();
  });
});

test.describe('"Not read yet"', () => {
  test('hides reviews read on this device, lives in the URL, and combines with a genre', async ({ page }, testInfo) => {
    await openReview(page, 'ballerina-2023', /Ballerina/);
    await press(page.getByRole('main').getByRole('button', { name: 'Mark as read' }));
    await expect(page.getByRole('main').getByRole('button', { name: 'Mark as unread' })).toBeVisible();

    await page.goto('/?genre=thriller');
    await waitForList(page);
    await expect(resultCount(page)).toHaveText('10 reviews');
    await expect(card(page, BALLERINA)).toHaveCount(1);

    const filters = await openFilters(page, testInfo);
    const unread = filters.getByRole('checkbox', { name: /^Not read yet/ });
    await unread.check();
    await expect(page).toHaveURL('/?genre=thriller&unread=1');
    await closeFilters(page, testInfo);
    await expect(resultCount(page)).toHaveText('9 reviews');
    await expect(card(page, BALLERINA)).toHaveCount(0);

    // The address alone brings the same view back.
    await page.reload();
    await waitForList(page);
    await expect(resultCount(page)).toHaveText('9 reviews');
    await expect(card(page, BALLERINA)).toHaveCount(0);
    const again = await openFilters(page, testInfo);
    await expect(again.getByRole('checkbox', { name: /^Not read yet/ })).toBeChecked();
    await expect(genreCheckbox(again, 'Thriller')).toBeChecked();

    // Without the genre: every review but the one read.
    await genreCheckbox(again, 'Thriller').uncheck();
    await expect(page).toHaveURL('/?unread=1');
    await closeFilters(page, testInfo);
    await expect(resultCount(page)).toHaveText(/^Showing 24 of 36 reviews$/);

    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect(page).toHaveURL('/');
    await expect(resultCount(page)).toHaveText('Showing 24 of 37 reviews');
  });
});

test.describe('moving the reading list', () => {
  test('export downloads a JSON file, and importing it in another browser restores the list and marks', async ({
    page,
    browser,
  }, testInfo) => {
    await saveTwo(page);
    await press(page.getByRole('main').getByRole('button', { name: 'Mark as read' }));
    await openSaved(page);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export reading list' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('reel-notes-reading-list.json');
    await expect(transferStatus(page)).toHaveText('Your reading list was saved as reel-notes-reading-list.json.');
    const path = testInfo.outputPath('reel-notes-reading-list.json');
    await file.saveAs(path);
    const exported = JSON.parse(readFileSync(path, 'utf8')) as {
      format: string;
      version: number;
      saved: { slug: string }[];
      read: { slug: string }[];
    };
    expect(exported.format).toBe('reel-notes/reading-list');
    expect(exported.version).toBe(2);
    expect(exported.saved.map((entry) => entry.slug)).toEqual(['oldboy-2003', 'ballerina-2023']);
    expect(exported.read.map((entry) => entry.slug)).toEqual(['oldboy-2003']);

    // Another browser: nothing saved until the file is imported.
    const other = await freshContext(browser, testInfo);
    const there = await other.newPage();
    await there.goto('/saved');
    await expect(savedCount(there)).toHaveText('Nothing saved yet');
    await there.getByLabel('Import a reading list…').setInputFiles(path);
    await expect(transferStatus(there)).toHaveText(
      'Added 2 saved reviews and 1 read mark from reel-notes-reading-list.json.',
    );
    await expect(savedCount(there)).toHaveText('2 reviews · 1 review marked as read');
    await expectSaved(there, [OLDBOY, BALLERINA]);

    await there.goto('/reviews/oldboy-2003');
    await expect(there.getByRole('main').getByRole('button', { name: 'Mark as unread' })).toBeVisible();
    await expect(saveButton(there, OLDBOY, true)).toHaveAttribute('aria-pressed', 'true');
    await other.close();
  });

  for (const { what, file, message } of [
    {
      what: 'a file that is not JSON',
      file: { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('Oldboy, Ballerina\n') },
      message: 'This file is not JSON: choose a file exported from Reel Notes.',
    },
    {
      what: 'JSON of the wrong shape',
      file: {
        name: 'list.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ saved: ['oldboy-2003'], read: [] })),
      },
      message: 'This file is not a Reel Notes reading list: choose a file exported from Reel Notes.',
    },
  ]) {
    test(`importing ${what} is refused with a clear message and changes nothing`, async ({ page }) => {
      await saveTwo(page);
      await openSaved(page);
      const before = await page.evaluate(() => localStorage.getItem('reel-notes:reading-list'));

      await page.getByLabel('Import a reading list…').setInputFiles(file);
      await expect(transferStatus(page)).toHaveText(message);
      await expect(savedCount(page)).toHaveText('2 reviews');
      await expectSaved(page, [OLDBOY, BALLERINA]);
      expect(await page.evaluate(() => localStorage.getItem('reel-notes:reading-list'))).toBe(before);

      await page.reload();
      await expect(savedCount(page)).toHaveText('2 reviews');
      await expectSaved(page, [OLDBOY, BALLERINA]);
    });
  }
});

test.describe('when what this browser keeps goes wrong', () => {
  test('a stored entry that no longer passes its check is set aside: /saved shows the others and a note, and Save keeps them all', async ({
    page,
  }) => {
    await saveTwo(page);
    // An entry broken outside the app (an old bug, a hand edit): a card with a rating of 7.
    const broken = await page.evaluate((key) => {
      const document = JSON.parse(localStorage.getItem(key)!) as { saved: { card: { rating: number } }[] };
      const entry = structuredClone(document.saved[1]!);
      Object.assign(entry, { slug: 'jaws-1975', savedAt: '2020-01-01T00:00:00.000Z' });
      Object.assign(entry.card, { slug: 'jaws-1975', rating: 7 });
      document.saved.push(entry);
      localStorage.setItem(key, JSON.stringify(document));
      return entry;
    }, STORAGE_KEY);

    // A tab hears of other tabs' writes, not of its own page's: arrive afresh.
    await page.reload();
    await openSaved(page);
    await expect(savedCount(page)).toHaveText('2 reviews');
    await expectSaved(page, [OLDBOY, BALLERINA]);
    await expect(page.getByRole('main').getByText(/^One entry in your list could not be read/)).toBeVisible();

    // A Save keeps every entry, the one set aside included.
    await page.goto('/reviews/parasite-2019');
    await press(saveButton(page, 'Parasite (2019)'));
    await expect(saveButton(page, 'Parasite (2019)', true)).toHaveAttribute('aria-pressed', 'true');
    await openSaved(page);
    await expectSaved(page, ['Parasite (2019)', OLDBOY, BALLERINA]);
    const stored = await page.evaluate(
      (key) => JSON.parse(localStorage.getItem(key)!) as { setAside: unknown[] },
      STORAGE_KEY,
    );
    expect(stored.setAside).toEqual([expect.objectContaining({ list: 'saved', entry: broken })]);

    // And an export carries it, with the reason.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export reading list' }).click();
    const exported = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as { setAside: unknown[] };
    expect(exported.setAside).toEqual([
      { list: 'saved', entry: broken, reason: expect.stringContaining('card.rating') },
    ]);
  });

  test('an import that storage cannot hold says so, and counts nothing', async ({ page, browser }, testInfo) => {
    await saveTwo(page);
    await openSaved(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export reading list' }).click();
    const path = testInfo.outputPath('list.json');
    await (await download).saveAs(path);

    // Another browser, whose storage is full: every write of the list fails as a full localStorage fails.
    const other = await freshContext(browser, testInfo);
    await other.addInitScript((key) => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (name: string, value: string) {
        if (name === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, name, value);
      };
    }, STORAGE_KEY);
    const there = await other.newPage();
    await there.goto('/saved');
    await expect(savedCount(there)).toHaveText('Nothing saved yet');
    await there.getByLabel('Import a reading list…').setInputFiles(path);
    await expect(transferStatus(there)).toHaveText(
      'Nothing was imported: this browser’s storage is full. Remove a few saved reviews, then try again.',
    );
    await expect(savedCount(there)).toHaveText('Nothing saved yet');
    await there.reload();
    await expect(savedCount(there)).toHaveText('Nothing saved yet');

    // A Save there says it was not kept, and the button stays as it was.
    await there.goto('/reviews/oldboy-2003');
    await press(saveButton(there, OLDBOY));
    const message = `Couldn’t save ${OLDBOY}: this browser’s storage is full. Remove a few saved reviews, then try again.`;
    await expect(there.getByRole('main').getByText(message)).toBeVisible();
    await expect(liveRegion(there)).toHaveText(message);
    await expect(saveButton(there, OLDBOY)).toHaveAttribute('aria-pressed', 'false');
    await other.close();
  });
});

test('/saved with saved reviews: no axe violations in light and dark', async ({ page }) => {
  await saveTwo(page);
  await press(page.getByRole('main').getByRole('button', { name: 'Mark as read' }));
  await openSaved(page);
  await expect(cards(page)).toHaveCount(2);
  await expect(saveButton(page, OLDBOY, true)).toBeVisible();
  await expect(card(page, OLDBOY).getByText('Read', { exact: true })).toBeVisible();

  for (const colorScheme of ['light', 'dark'] as const) {
    await test.step(`axe, ${colorScheme} colour scheme`, async () => {
      await page.emulateMedia({ colorScheme });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        colorScheme === 'dark',
      );
      await expectNoAxeViolations(page).catch((error: Error) =>
        expect.soft(error.message, `axe in the ${colorScheme} colour scheme`).toBe(''),
      );
    });
  }
});
