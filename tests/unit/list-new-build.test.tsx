import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { publishArchive } from '../../scripts/lib/publish-archive';
import { archiveServer } from '../archive-server';
import { card, expectListed, listed, openFilters } from '../list-helpers';
import { readApiFile } from '../mocks/handlers';
import { server } from '../mocks/server';
import { renderApp } from '../render-app';
import { authoredReviews, temporaryFolder } from '../review-fixtures';
import { cardName, newestFirst } from '../sample-content';

// The suite shares two cores with other files, and each page's code loads on first use: give slow moments room.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

/**
 * A new build is published while a reader has the list open, and the host
 * keeps only the new one: the list must move to the new build, not fail.
 */
const reviews = [...authoredReviews()].sort(newestFirst);
const NEW_HEADLINE = 'Ballerina, reconsidered: the second look of a new build';

describe('a list whose build has gone', () => {
  it('reads the new build when the entry named a build that is no longer there', async () => {
    const current = readApiFile('index.json') as { build: string };
    let gone = 0;
    server.use(
      http.get('*/api/v2/index.json', () => HttpResponse.json({ ...current, build: 'gone0000gone0000' }), {
        once: true,
      }),
      http.get('*/api/v2/builds/gone0000gone0000/*', () => {
        gone++;
        return HttpResponse.json({ error: 'not found' }, { status: 404 });
      }),
    );
    renderApp('/');
    await expectListed(reviews.slice(0, 24).map(cardName));
    expect(gone).toBeGreaterThan(0);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  describe('while the reader is filtering', () => {
    let folder: ReturnType<typeof temporaryFolder>;
    let oldBuild: string;
    let oldEntry: string;

    beforeAll(() => {
      folder = temporaryFolder('new-build');
      oldBuild = publishArchive(reviews, folder.dir).build;
      oldEntry = readFileSync(join(folder.dir, 'index.json'), 'utf8');
      publishArchive(
        reviews.map((review) => (review.slug === 'ballerina-2023' ? { ...review, headline: NEW_HEADLINE } : review)),
        folder.dir,
      );
    });
    afterAll(() => folder.remove());

    it('moves the whole list to the new build, with its data', async () => {
      const user = userEvent.setup();
      const archive = archiveServer(folder.dir);
      let published = false;
      // Until the new build goes live, the entry names the old one; every other file comes from the folder.
      server.use(
        http.get('*/api/v2/index.json', () =>
          published ? undefined : new HttpResponse(oldEntry, { headers: { 'Content-Type': 'application/json' } }),
        ),
        archive.handler,
      );
      renderApp('/');
      await expectListed(reviews.slice(0, 24).map(cardName));
      expect(card('Ballerina (2023)').queryByText(NEW_HEADLINE)).not.toBeInTheDocument();

      // The new build goes live, and the host removes the old one.
      published = true;
      rmSync(join(folder.dir, 'builds', oldBuild), { recursive: true });
      archive.reset();
      const filters = await openFilters(user);
      await user.click(filters.getByLabelText(/^Thriller/));

      const thrillers = reviews.filter((review) => review.film.genres.includes('thriller')).map(cardName);
      await expectListed(thrillers);
      await waitFor(() => expect(card('Ballerina (2023)').getByText(NEW_HEADLINE)).toBeInTheDocument());
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(archive.requested(new RegExp(`^/builds/${oldBuild}/`)).length).toBeGreaterThan(0);
      expect(listed()).toHaveLength(thrillers.length);
    });
  });
});
