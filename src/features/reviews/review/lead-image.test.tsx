import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { API_BASE_URL } from '@/config/api';
import { filmPalette } from '@/format/film-palette';
import type { Image } from '@/format/lead-image-schema';
import { LeadImage } from './lead-image';

const FILM = { title: 'Ballerina', year: 2025, genres: ['action' as const] };

const PHOTO: Image = {
  alt: 'A dancer in a red coat on a wet street at night',
  credit: 'Photo: A Distributor',
  width: 1600,
  height: 900,
  color: '#381818',
  preview: '3d2118'.repeat(24),
  path: 'images/8ba13c4356f1d18a',
  widths: [320, 640, 1600],
};
const file = (width: number, format: string) => `${API_BASE_URL}images/8ba13c4356f1d18a-${width}.${format}`;

describe('the lead image', () => {
  it('is a picture of AVIF, WebP and JPEG at every width, fetched first, in its own shape, its credit as a caption', async () => {
    render(<LeadImage review={{ image: PHOTO, film: FILM }} />);
    const img = await screen.findByRole('img', { name: PHOTO.alt });
    expect(img).toHaveAttribute('src', file(1600, 'jpg'));
    expect(img).toHaveAttribute(
      'srcset',
      `${file(320, 'jpg')} 320w, ${file(640, 'jpg')} 640w, ${file(1600, 'jpg')} 1600w`,
    );
    expect(img).toHaveAttribute('sizes', '(min-width: 60rem) 42rem, calc(100vw - 2rem)');
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1600', '900']);
    expect(img).toHaveAttribute('fetchpriority', 'high');
    expect(img).not.toHaveAttribute('loading', 'lazy');

    const picture = img.closest('picture')!;
    const sources = [...picture.querySelectorAll('source')].map((source) => [
      source.type,
      source.srcset.split(', ')[0],
    ]);
    expect(sources).toEqual([
      ['image/avif', `${file(320, 'avif')} 320w`],
      ['image/webp', `${file(320, 'webp')} 320w`],
    ]);
    const figure = screen.getByRole('figure');
    expect(figure).toContainElement(img);
    expect(within(figure).getByText('Photo: A Distributor').tagName).toBe('FIGCAPTION');
    // The placeholder under it: its main colour, then its 24 preview colours.
    const fills = [...img.closest('figure')!.querySelectorAll('svg rect')].map((rect) => rect.getAttribute('fill'));
    expect(fills).toEqual(['#381818', ...Array<string>(24).fill('#3d2118')]);
  });

  it('leads a review without a picture with its film’s cover, drawn by the page, hidden from screen readers', async () => {
    const { container } = render(<LeadImage review={{ film: FILM }} />);
    const figure = container.querySelector('figure')!;
    await waitFor(() => expect(figure).toHaveTextContent('Ballerina'));
    // The title and year in the film's colours; decorative: the page's heading says the title already.
    expect(figure).toHaveTextContent(/Ballerina\s*2025$/);
    expect(figure.firstElementChild).toHaveAttribute('aria-hidden', 'true');
    expect(screen.queryByRole('img')).toBeNull();
    const { background, shade, accent } = filmPalette(FILM);
    const fills = [...figure.querySelectorAll('svg [fill]')].map((shape) => shape.getAttribute('fill'));
    expect(fills).toEqual([background, shade, accent, accent]);
    // Nothing fetched: no picture, no caption.
    expect(figure.querySelector('img, figcaption')).toBeNull();
  });

  it('shows an image given by its address as it is, at the size the critic gave', async () => {
    const url = 'https://images.example.com/still.jpg';
    render(<LeadImage review={{ image: { alt: 'A still', width: 1920, height: 800, url }, film: FILM }} />);
    const img = await screen.findByRole('img', { name: 'A still' });
    expect([img.getAttribute('src'), img.getAttribute('srcset'), img.getAttribute('width')]).toEqual([
      url,
      null,
      '1920',
    ]);
    expect(img.closest('picture')!.querySelector('source')).toBeNull();
  });
});
