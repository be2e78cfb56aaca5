import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { API_BASE_URL } from '@/config/api';
import type { Card } from '@/format/card-schema';
import { filmPalette } from '@/format/film-palette';
import { CardImage } from './card-image';

const CARD: Card = {
  slug: 'the-long-walk-home-1994',
  headline: '‘The Long Walk Home’ review — a quiet road movie',
  standfirst: 'Two brothers, one car.',
  rating: 3.5,
  published: '2024-05-01',
  film: { title: 'The Long Walk Home', year: 1994, genres: ['drama'] },
};

describe("a card's image", () => {
  it('is decorative, fetched lazily at the two smallest WebP widths, over its colour', () => {
    const { container } = render(
      <CardImage card={{ ...CARD, image: { path: 'images/8ba13c4356f1d18a', color: '#381818' } }} />,
    );
    // alt="": a decorative image, which a screen reader passes over.
    const img = screen.getByRole('presentation');
    const file = (width: number) => `${API_BASE_URL}images/8ba13c4356f1d18a-${width}.webp`;
    expect(img).toHaveAttribute('alt', '');
    expect(img).toHaveAttribute('loading', 'lazy');
    expect(img).toHaveAttribute('decoding', 'async');
    expect(img).toHaveAttribute('src', file(640));
    expect(img).toHaveAttribute('srcset', `${file(320)} 320w, ${file(640)} 640w`);
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['640', '360']);
    expect(container.querySelector('svg rect')).toHaveAttribute('fill', '#381818');
  });

  it('shows an image given by its address as it is, with no colour under it', () => {
    const { container } = render(
      <CardImage card={{ ...CARD, image: { url: 'https://images.example.com/still.jpg' } }} />,
    );
    const img = screen.getByRole('presentation');
    expect(img).toHaveAttribute('src', 'https://images.example.com/still.jpg');
    expect(img).not.toHaveAttribute('srcset');
    expect(container.querySelector('svg')).toBeNull();
  });

  it('is the film’s cover for a review without a picture: its title in its colours, nothing fetched', () => {
    const { container } = render(<CardImage card={CARD} className="frame" />);
    const cover = container.firstElementChild!;
    expect(cover).toHaveAttribute('aria-hidden', 'true');
    expect(cover).toHaveClass('frame');
    expect(cover).toHaveTextContent('The Long Walk Home');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('svg rect')).toHaveAttribute('fill', filmPalette(CARD.film).background);
  });
});
