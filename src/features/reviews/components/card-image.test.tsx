import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { API_BASE_URL } from '@/config/api';
import { CardImage } from './card-image';

describe("a card's image", () => {
  it('is decorative, fetched lazily at the two smallest WebP widths, over its colour', () => {
    const { container } = render(<CardImage image={{ path: 'images/8ba13c4356f1d18a', color: '#381818' }} />);
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
    const { container } = render(<CardImage image={{ url: 'https://images.example.com/still.jpg' }} />);
    const img = screen.getByRole('presentation');
    expect(img).toHaveAttribute('src', 'https://images.example.com/still.jpg');
    expect(img).not.toHaveAttribute('srcset');
    expect(container.querySelector('svg')).toBeNull();
  });
});
