import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AnnouncerProvider } from '@/components/announcer';
import type { Card } from '@/format/card-schema';
import { SaveButton } from './save-button';

/** Save as a bookmark toggle: its name and pressed state say what it did, and its icon fills. */
const card: Card = {
  slug: 'alien-1979',
  headline: 'h',
  standfirst: 's',
  rating: 5,
  published: '2024-10-25',
  film: { title: 'Alien', year: 1979, genres: ['horror'] },
};

afterEach(() => localStorage.clear());

describe('SaveButton', () => {
  it('is a toggle button with a bookmark, not a star, pressed once the review is saved', async () => {
    const user = userEvent.setup();
    render(
      <AnnouncerProvider>
        <SaveButton card={card} />
      </AnnouncerProvider>,
    );
    const save = screen.getByRole('button', { name: /^Save\s*Alien \(1979\)$/, pressed: false });
    expect(save).not.toHaveTextContent(/[☆★]/);

    await user.click(save);
    expect(await screen.findByRole('button', { name: /^Saved\s*Alien \(1979\)$/, pressed: true })).toBeInTheDocument();
  });
});
