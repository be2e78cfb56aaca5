import { Resvg } from '@resvg/resvg-js';
import { createElement as h } from 'react';
import sharp from 'sharp';
import satori, { type Font } from 'satori';
import { describe, expect, it } from 'vitest';
import { HEIGHT, shareCard, WIDTH } from './share-card';
import { BASE_FAMILY, emojiImages, fontsFor } from './share-fonts';
import { drawSvg } from './share-images';

/** A film title in each script the cards must draw. */
const TITLES: Record<string, string> = {
  Korean: '발레리나',
  Japanese: '千と千尋の神隠し',
  Chinese: '霸王别姬',
  Arabic: 'وجدة',
  Hebrew: 'הערת שוליים',
  Cyrillic: 'Иди и смотри',
  Greek: 'Κυνόδοντας',
  Latin: 'Amélie, Dvořák & Łódź',
};
/** Emoji of several of Noto Emoji's subsets, one with a variation selector, one a sequence joined by ZWJ. */
const EMOJI = ['🍿', '🎬', '❤️', '👩‍👩‍👧', '🦖'];
/** No font has it (an unassigned code point): what satori draws for it is the "missing glyph" box. */
const UNASSIGNED = '\u0378';

const card = (title: string) =>
  shareCard({ headline: `‘${title}’ review — ${title}, again`, rating: 3.5, film: { title, year: 2023 } });

/** The outlines satori draws for one character alone, in bold, at the same place every time. */
async function outline(character: string, fonts: Font[]): Promise<string> {
  const svg = await satori(
    h('div', { style: { display: 'flex', fontFamily: BASE_FAMILY, fontSize: 40, fontWeight: 700 } }, character),
    { width: 100, height: 100, fonts },
  );
  return [...svg.matchAll(/<path[^>]* d="([^"]+)"/g)].map((match) => match[1]).join(' ');
}

/** The characters of a text that satori draws as the missing-glyph box with these fonts. */
async function missingGlyphs(text: string, fonts: Font[]): Promise<string[]> {
  const box = await outline(UNASSIGNED, fonts);
  const missing: string[] = [];
  for (const character of new Set(text.replace(/\s/g, ''))) {
    if ((await outline(character, fonts)) === box) missing.push(character);
  }
  return missing;
}

/** Every point of the text's outlines in an SVG satori drew: [x, y] pairs. */
function textPoints(svg: string): [number, number][] {
  return [...svg.matchAll(/<path fill="[^"]*" d="(M[^"]+)"/g)].flatMap((match) => {
    const numbers = (match[1]!.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? []).map(Number);
    return Array.from({ length: numbers.length / 2 }, (_, index): [number, number] => [
      numbers[2 * index]!,
      numbers[2 * index + 1]!,
    ]);
  });
}

describe('share images', () => {
  for (const [script, title] of Object.entries(TITLES)) {
    it(`draws every character of a ${script} title with the fonts the card loads`, async () => {
      const fonts = fontsFor(card(title).runs);
      expect(await missingGlyphs(title, fonts)).toEqual([]);
    });
  }

  it('draws emoji as pictures of their outlines, each with its own font', async () => {
    const title = `Popcorn ${EMOJI.join(' ')}`;
    const images = await emojiImages(card(title).runs, '#000');
    expect(Object.keys(images).sort()).toEqual([...EMOJI].sort());
    const pictures = Object.values(images).map((url) => Buffer.from(url.split(',')[1]!, 'base64').toString());
    for (const picture of pictures) expect(picture).toMatch(/<path[^>]* d="M/);
    expect(new Set(pictures).size, 'every emoji its own drawing').toBe(EMOJI.length);
    // The card places them; its fonts are for the other characters only.
    const svg = await drawSvg(card(title));
    expect(svg.match(/<image[^>]*href="data:image\/svg\+xml;base64,/g)?.length).toBeGreaterThanOrEqual(EMOJI.length);
    expect(await missingGlyphs('Popcorn', fontsFor(card(title).runs))).toEqual([]);
  });

  it('finds the missing glyphs when the script’s fonts are not loaded (the check can fail)', async () => {
    const latinOnly = fontsFor([{ text: 'Review', weight: 700 }]);
    expect(await missingGlyphs(TITLES.Korean!, latinOnly)).toEqual([...TITLES.Korean!]);
  });

  it('loads only the font files the text needs', () => {
    const names = (title: string) => new Set(fontsFor(card(title).runs).map((font) => font.name));
    expect([...names('Heat')].sort()).toEqual([BASE_FAMILY]);
    const korean = names(TITLES.Korean!);
    expect([...korean].every((name) => name === BASE_FAMILY || name.startsWith('Noto Serif KR '))).toBe(true);
    // A CJK font comes in about a hundred subsets: four syllables need a few of them.
    expect(korean.size).toBeLessThanOrEqual(5);
    expect([...names(TITLES.Chinese!)].some((name) => name.startsWith('Noto Serif SC '))).toBe(true);
    expect([...names(TITLES.Japanese!)].some((name) => name.startsWith('Noto Serif JP '))).toBe(true);
  });

  it('keeps a huge title and headline inside the card, wrapped and cut', async () => {
    const huge = shareCard({
      headline: `‘x’ review — ${'y'.repeat(460)}`,
      rating: 5,
      film: { title: 'x'.repeat(460), year: 2023 },
    });
    const points = textPoints(await drawSvg(huge));
    expect(points.length).toBeGreaterThan(100);
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    // Inside the card's padding (72 px at the sides, 64 px at the top and bottom), give or take an italic overhang.
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(72 - 8);
    expect(Math.max(...xs)).toBeLessThanOrEqual(WIDTH - 72 + 8);
    expect(Math.max(...ys)).toBeLessThanOrEqual(HEIGHT - 64);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(64);
  });

  it('draws the card over the lead image, darkened where the title and stars are, and keeps them light', async () => {
    const red = await sharp({ create: { width: 1280, height: 720, channels: 3, background: '#e02020' } })
      .jpeg()
      .toBuffer();
    const photo = { photo: `data:image/jpeg;base64,${red.toString('base64')}`, key: 'images/0123456789abcdef' };
    const review = {
      headline: '‘Ballerina’ review — a neon-lit revenge thriller',
      rating: 4,
      film: { title: 'Ballerina', year: 2023 },
    };
    const pixel = async (card: ReturnType<typeof shareCard>, x: number, y: number) => {
      const png = new Resvg(await drawSvg(card), { fitTo: { mode: 'original' } }).render().asPng();
      const { data } = await sharp(png)
        .extract({ left: x, top: y, width: 1, height: 1 })
        .removeAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      return [...data];
    };
    // Between the masthead and the title: the photograph shows, red, under a light shade.
    const [r, g, b] = await pixel(shareCard(review, photo), WIDTH - 40, 230);
    expect(r).toBeGreaterThan(100);
    expect(r! - Math.max(g!, b!)).toBeGreaterThan(60);
    // Without it, the paper.
    const [pr, pg] = await pixel(shareCard(review), WIDTH - 40, 230);
    expect(Math.abs(pr! - pg!)).toBeLessThan(20);
    // The card's text over the photograph is white: light points where the title is drawn.
    expect(await drawSvg(shareCard(review, photo))).toMatch(/<path fill="#fff(?:fff)?"/);
  });
});
