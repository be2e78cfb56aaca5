import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEY } from '@/features/reviews/reading-list/reading-list-store';
import { card, readEntry, savedEntry, storedV1 } from '../reading-list-helpers';
import { renderApp } from '../render-app';

/**
 * The reading list at /saved as a reader meets it when something is wrong
 * with what this browser keeps: an entry that no longer passes its check, a
 * list from a newer version, storage that is full; and imports, which say
 * exactly what they added.
 */
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

const HEAT = savedEntry(
  'heat-1995',
  '2024-06-03T00:00:00.000Z',
  card('heat-1995', { film: { title: 'Heat', year: 1995, genres: ['crime'] } }),
);
const JAWS = savedEntry(
  'jaws-1975',
  '2024-06-02T00:00:00.000Z',
  card('jaws-1975', { film: { title: 'Jaws', year: 1975, genres: ['thriller'] } }),
);
const RATED_SEVEN = savedEntry('alien-1979', '2024-06-01T00:00:00.000Z', card('alien-1979', { rating: 7 }));
const FULL = 'this browser’s storage is full. Remove a few saved reviews, then try again.';

/**
 * A saved review's button. (jsdom joins "Saved" and the visually hidden film
 * name without the space a browser keeps between them.)
 */
const savedButton = (film: string) =>
  screen.findByRole('button', { name: new RegExp(`^Saved\\s*${film.replace(/[()]/g, '\\$&')}$`) });

/** Puts a text where the reading list lives, as another tab would (the store hears of it). */
function store(text: string) {
  localStorage.setItem(STORAGE_KEY, text);
  window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
}

/** From now on, storage refuses every write, as a full one does. */
function fillStorage() {
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

/** The films on /saved, in order, once their cards (which load after the page) are there. */
async function expectSaved(films: string[]) {
  const cardLinks = () =>
    within(screen.getByRole('main'))
      .queryAllByRole('link')
      .map((link) => link.textContent)
      .filter((name) => /\(\d{4}\)$/.test(name ?? ''));
  await waitFor(() => expect(cardLinks()).toEqual(films));
}

async function openSaved() {
  renderApp('/saved');
  expect(await screen.findByRole('heading', { level: 1, name: 'Your reading list' })).toBeInTheDocument();
  await screen.findByRole('button', { name: 'Export reading list' });
}

function importFile(text: string, name = 'list.json') {
  return userEvent.upload(
    screen.getByLabelText('Import a reading list…'),
    new File([text], name, { type: 'application/json' }),
  );
}

afterEach(() => {
  localStorage.clear();
  window.dispatchEvent(new StorageEvent('storage', { key: null }));
});

describe('/saved with an entry that no longer passes its check', () => {
  it('shows the others and a note, and Save keeps every one of them', async () => {
    store(storedV1([HEAT, RATED_SEVEN, JAWS]));
    await openSaved();
    expect(screen.getByText('2 reviews')).toBeInTheDocument();
    await expectSaved(['Heat (1995)', 'Jaws (1975)']);
    expect(
      screen.getByText(/One entry in your list could not be read by this version of Reel Notes: kept in this browser/),
    ).toBeInTheDocument();

    await userEvent.click(await savedButton('Jaws (1975)'));
    await waitFor(() => expect(screen.getByText('1 review')).toBeInTheDocument());
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY)!) as { saved: { slug: string }[]; setAside: unknown[] };
    expect(stored.saved.map((entry) => entry.slug)).toEqual(['heat-1995']);
    expect(stored.setAside).toEqual([expect.objectContaining({ list: 'saved', entry: RATED_SEVEN })]);
  });
});

describe('/saved with a list written by a newer version', () => {
  it('says changes cannot be saved until a reload, and refuses to export part of it', async () => {
    store(JSON.stringify({ format: 'reel-notes/reading-list', version: 3, saved: [HEAT], read: [] }));
    await openSaved();
    expect(
      screen.getByText(/^Changes can’t be saved here: a newer version of Reel Notes changed your list/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Export reading list' }));
    expect(screen.getByText(/^Couldn’t export your list: a newer version/)).toBeInTheDocument();
  });
});

describe('storage that is full', () => {
  it('says a Save was not kept, beside the button and in the live region, and leaves the button as it was', async () => {
    store(storedV1([HEAT]));
    await openSaved();
    const button = await savedButton('Heat (1995)');
    fillStorage();
    await userEvent.click(button);
    const message = `Couldn’t remove Heat (1995): ${FULL}`;
    expect(await screen.findByText(message)).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getAllByRole('status').some((region) => region.textContent === message)).toBe(true),
    );
    expect(await savedButton('Heat (1995)')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('1 review')).toBeInTheDocument();
  });

  it('says an import was not kept, and counts nothing', async () => {
    await openSaved();
    fillStorage();
    await importFile(storedV1([HEAT, JAWS]));
    expect(await screen.findByText(`Nothing was imported: ${FULL}`)).toBeInTheDocument();
    expect(screen.getByText('Nothing saved yet')).toBeInTheDocument();
  });
});

describe('importing a reading list', () => {
  it('says what it added, what was here already, and what it could not read', async () => {
    store(storedV1([HEAT], [readEntry('heat-1995')]));
    await openSaved();
    await importFile(storedV1([HEAT, JAWS, RATED_SEVEN], [readEntry('heat-1995'), readEntry('jaws-1975')]));
    expect(
      await screen.findByText(
        'Added 1 saved review and 1 read mark from list.json; 2 were already here; 1 entry could not be read and was left out.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('2 reviews · 2 reviews marked as read')).toBeInTheDocument();
  });

  it('says when there is nothing new', async () => {
    store(storedV1([HEAT]));
    await openSaved();
    await importFile(storedV1([HEAT]), 'again.json');
    expect(await screen.findByText('Nothing new in again.json: 1 was already here.')).toBeInTheDocument();
  });

  it('refuses a file that is not a reading list, and keeps the list', async () => {
    store(storedV1([HEAT]));
    await openSaved();
    const before = localStorage.getItem(STORAGE_KEY);
    await importFile('{"saved": ["heat-1995"]}', 'notes.json');
    expect(
      await screen.findByText('This file is not a Reel Notes reading list: choose a file exported from Reel Notes.'),
    ).toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before);
  });
});
