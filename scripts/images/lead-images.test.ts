import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../tests/temp-dirs';
import { IMAGE_FORMATS } from '../../src/format/lead-image-schema';
import { encodeImage, fileNames, ImageProblem, inspectImage, PAPER, publishImages } from './lead-images';

/*
 * The pipeline on pictures like a critic's: a camera's large JPEG, stored on
 * its side with an EXIF orientation, and a PNG with a transparent part. Each
 * test has its own cache, so each one encodes.
 */
const tempDir = tempDirs('reel-notes-images-');

/** A 4000 × 3000 JPEG as a camera held upright stores it: on its side, with orientation 6 (turn 90° clockwise). */
async function cameraJpeg(): Promise<Buffer> {
  // Left half red, right half blue: once turned, red is on top.
  const half = (colour: string) => ({
    create: { width: 2000, height: 3000, channels: 3 as const, background: colour },
  });
  return sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#000000' } })
    .composite([
      { input: await sharp(half('#ff0000')).png().toBuffer(), left: 0, top: 0 },
      { input: await sharp(half('#0000ff')).png().toBuffer(), left: 2000, top: 0 },
    ])
    .jpeg({ quality: 80 })
    .withMetadata({ orientation: 6, exif: { IFD0: { Copyright: 'A Photographer', Artist: 'A Photographer' } } })
    .toBuffer();
}

/** A 1400 × 800 PNG: transparent on its left half, opaque green on its right. */
async function transparentPng(): Promise<Buffer> {
  const green = await sharp({ create: { width: 700, height: 800, channels: 4, background: '#00a000ff' } })
    .png()
    .toBuffer();
  return sharp({ create: { width: 1400, height: 800, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([{ input: green, left: 700, top: 0 }])
    .png()
    .toBuffer();
}

/** The colour of one pixel of an encoded file, as #rrggbb. */
async function pixel(file: string, x: number, y: number): Promise<string> {
  const { data } = await sharp(file)
    .extract({ left: x, top: y, width: 1, height: 1 })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return `#${[...data].map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}

describe('the lead-image pipeline', { timeout: 120_000 }, () => {
  it('turns a camera JPEG upright by its EXIF orientation, encodes every width in three formats and keeps no metadata', async () => {
    const bytes = await cameraJpeg();
    const [cache, out] = [tempDir(), tempDir()];
    const info = await inspectImage(bytes, cache);
    // Stored 4000 × 3000 on its side: published portrait, its largest file 1600 wide.
    expect(info).toMatchObject({ width: 1600, height: 2133, widths: [320, 640, 960, 1280, 1600] });
    expect(info.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(info.preview).toMatch(/^(?:[0-9a-f]{6}){24}$/);

    expect(await encodeImage(bytes, info, out, cache)).toBe(15);
    expect(readdirSync(out).sort()).toEqual(fileNames(info).sort());
    for (const format of IMAGE_FORMATS) {
      const file = join(out, `${info.key}-1600.${format}`);
      const metadata = await sharp(file).metadata();
      expect([metadata.width, metadata.height, metadata.orientation, metadata.exif], format).toEqual([
        1600,
        2133,
        undefined,
        undefined,
      ]);
    }
    const small = await sharp(join(out, `${info.key}-320.jpg`)).metadata();
    expect([small.width, small.height]).toEqual([320, 427]);
    // Upright: the red half (the image's left as stored) is now on top.
    expect(await pixel(join(out, `${info.key}-640.jpg`), 320, 100)).toMatch(/^#f[0-9a-f]0[0-9a-f]0[0-9a-f]$/);
    expect(await pixel(join(out, `${info.key}-640.jpg`), 320, 750)).toMatch(/^#0[0-9a-f]0[0-9a-f]f[0-9a-f]$/);
  });

  it('flattens a transparent PNG onto the paper colour for JPEG, keeps its transparency in WebP and AVIF, and gives it no placeholder', async () => {
    const [cache, out] = [tempDir(), tempDir()];
    const bytes = await transparentPng();
    const info = await inspectImage(bytes, cache);
    // Never wider than the original: 1,400 pixels is the largest width, after the standard ones below it.
    expect(info).toEqual({ key: info.key, width: 1400, height: 800, widths: [320, 640, 960, 1280, 1400] });
    await encodeImage(bytes, info, out, cache);
    const file = (format: string) => join(out, `${info.key}-640.${format}`);
    expect(await pixel(file('jpg'), 10, 10)).toBe(PAPER);
    expect((await sharp(file('jpg')).metadata()).hasAlpha).toBe(false);
    for (const format of ['webp', 'avif']) {
      expect((await sharp(file(format)).metadata()).hasAlpha, format).toBe(true);
      const { data } = await sharp(file(format))
        .extract({ left: 10, top: 10, width: 1, height: 1 })
        .raw()
        .toBuffer({ resolveWithObject: true });
      expect(data[3], `${format} alpha`).toBe(0);
    }
  });

  it('encodes nothing again that it has encoded, and removes the files of images no review has any more', async () => {
    const [cache, out] = [tempDir(), tempDir()];
    const bytes = await transparentPng();
    const info = await inspectImage(bytes, cache);
    writeFileSync(join(out, '0000000000000000-320.jpg'), 'an image no review has');
    const pending = { info, original: () => Promise.resolve(bytes) };
    expect(await publishImages([pending], out, cache)).toEqual({ encoded: 15, written: 15 });
    const failing = { info, original: () => Promise.reject(new Error('the original was read again')) };
    expect(await publishImages([failing], out, cache)).toEqual({ encoded: 0, written: 0 });
    expect(readdirSync(out).sort()).toEqual(fileNames(info).sort());
  });

  it('refuses a file that is not a picture, one too narrow and one of too many pixels, saying the limit', async () => {
    const cache = tempDir();
    const refusal = (bytes: Buffer) =>
      inspectImage(bytes, cache).then(
        () => 'accepted',
        (error: unknown) => (error instanceof ImageProblem ? error.message : `not an ImageProblem: ${String(error)}`),
      );
    expect(await refusal(Buffer.from('GIF89a, or a text file named .jpg'))).toBe(
      'is not a picture the build can read: use a JPEG, PNG, WebP or AVIF file',
    );
    const narrow = await sharp({ create: { width: 1000, height: 600, channels: 3, background: '#808080' } })
      .jpeg()
      .toBuffer();
    expect(await refusal(narrow)).toBe('is 1,000 × 600 pixels: a lead image is at least 1,200 pixels wide');
    // Only its header is read: a 10,000 × 6,000 PNG of one colour is small to make.
    const huge = await sharp({ create: { width: 10_000, height: 6_000, channels: 3, background: '#808080' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(await refusal(huge)).toBe(
      'is 10,000 × 6,000 pixels (60 megapixels): at most 50 megapixels; make it smaller',
    );
  });
});
