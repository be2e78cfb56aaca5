/**
 * The descriptors of the web font's metric-matched fallbacks in
 * src/styles/global.css: size-adjust, ascent-, descent- and line-gap-override,
 * measured from the font files, so that Source Serif 4 arriving (font-display:
 * swap) moves no line. The width is the average advance over a paragraph of a
 * sample review, so it weighs letters as the site's text does.
 * Usage: npx tsx scripts/font-metrics.ts (prints the @font-face rules to paste)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');
const webFont = (style: string) =>
  join(root, `node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-${style}.woff`);
const LIBERATION = '/usr/share/fonts/truetype/liberation/LiberationSerif';
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSerif';
/** The styles the site sets, each with its local stand-ins (Liberation Serif has Times New Roman's metrics) and the files that measure them. */
const STYLES = [
  {
    weight: 400,
    style: 'normal',
    web: '400-normal',
    times: ['Times New Roman', 'Liberation Serif'],
    liberation: '-Regular',
    dejavu: ['DejaVu Serif', ''],
  },
  {
    weight: 400,
    style: 'italic',
    web: '400-italic',
    times: ['Times New Roman Italic', 'Liberation Serif Italic'],
    liberation: '-Italic',
    dejavu: ['DejaVu Serif Italic', '-Italic'],
  },
  {
    weight: 700,
    style: 'normal',
    web: '700-normal',
    times: ['Times New Roman Bold', 'Liberation Serif Bold'],
    liberation: '-Bold',
    dejavu: ['DejaVu Serif Bold', '-Bold'],
  },
] as const;
const SAMPLE = readFileSync(join(root, 'content/reviews/alien-1979.md'), 'utf8')
  .split('\n\n')
  .find((p) => p.length > 400 && !p.includes(':'))!;

/** The font's tables, from a TrueType/OpenType file or a WOFF (1.0) one. */
function tables(bytes: Buffer): Map<string, Buffer> {
  const woff = bytes.toString('latin1', 0, 4) === 'wOFF';
  const count = bytes.readUInt16BE(woff ? 12 : 4);
  const found = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const at = woff ? 44 + i * 20 : 12 + i * 16;
    const tag = bytes.toString('latin1', at, at + 4);
    if (woff) {
      const [offset, compressed, length] = [
        bytes.readUInt32BE(at + 4),
        bytes.readUInt32BE(at + 8),
        bytes.readUInt32BE(at + 12),
      ];
      const data = bytes.subarray(offset, offset + compressed);
      found.set(tag, compressed < length ? inflateSync(data) : data);
    } else {
      const [offset, length] = [bytes.readUInt32BE(at + 8), bytes.readUInt32BE(at + 12)];
      found.set(tag, bytes.subarray(offset, offset + length));
    }
  }
  return found;
}

/** Units per em, the typographic ascent, descent and line gap, and a function giving a character's advance. */
function measure(file: string) {
  const t = tables(readFileSync(file));
  const head = t.get('head')!,
    hhea = t.get('hhea')!,
    os2 = t.get('OS/2')!,
    hmtx = t.get('hmtx')!,
    cmap = t.get('cmap')!;
  const useTypo = (os2.readUInt16BE(62) & (1 << 7)) !== 0; // fsSelection USE_TYPO_METRICS
  const metrics = useTypo
    ? { ascent: os2.readInt16BE(68), descent: os2.readInt16BE(70), lineGap: os2.readInt16BE(72) }
    : { ascent: hhea.readInt16BE(4), descent: hhea.readInt16BE(6), lineGap: hhea.readInt16BE(8) };
  const longMetrics = hhea.readUInt16BE(34);
  // cmap format 4 (Unicode BMP): character → glyph.
  let sub = 0;
  for (let i = 0; i < cmap.readUInt16BE(2); i++) {
    const offset = cmap.readUInt32BE(4 + i * 8 + 4);
    if (cmap.readUInt16BE(offset) === 4) sub = offset;
  }
  const segments = cmap.readUInt16BE(sub + 6) / 2;
  const glyph = (code: number): number => {
    for (let s = 0; s < segments; s++) {
      const end = cmap.readUInt16BE(sub + 14 + s * 2);
      if (code > end) continue;
      const startAt = sub + 16 + segments * 2 + s * 2;
      const start = cmap.readUInt16BE(startAt);
      if (code < start) return 0;
      const delta = cmap.readInt16BE(startAt + segments * 2);
      const rangeAt = startAt + segments * 4;
      const range = cmap.readUInt16BE(rangeAt);
      if (!range) return (code + delta) & 0xffff;
      const id = cmap.readUInt16BE(rangeAt + range + (code - start) * 2);
      return id ? (id + delta) & 0xffff : 0;
    }
    return 0;
  };
  const advance = (char: string) => hmtx.readUInt16BE(Math.min(glyph(char.codePointAt(0)!), longMetrics - 1) * 4);
  const average = [...SAMPLE].reduce((sum, char) => sum + advance(char), 0) / [...SAMPLE].length;
  return { unitsPerEm: head.readUInt16BE(18), ...metrics, average };
}

const percent = (value: number) => `${Number((value * 100).toFixed(2))}%`;
for (const face of STYLES) {
  const web = measure(webFont(face.web));
  const fallbacks = [
    { family: 'Source Serif 4 Fallback', local: face.times, file: `${LIBERATION}${face.liberation}.ttf` },
    { family: 'Source Serif 4 Fallback DejaVu', local: [face.dejavu[0]], file: `${DEJAVU}${face.dejavu[1]}.ttf` },
  ];
  console.log(
    `/* Source Serif 4 ${face.web}: ${web.unitsPerEm} units per em, ascent ${web.ascent}, descent ${web.descent}, line gap ${web.lineGap}, average advance ${web.average.toFixed(1)} */`,
  );
  for (const fallback of fallbacks) {
    const local = measure(fallback.file);
    // The fallback drawn at this scale takes the web font's width; the overrides are then given in the scaled em.
    const sizeAdjust = web.average / web.unitsPerEm / (local.average / local.unitsPerEm);
    console.log(`@font-face {
  font-family: '${fallback.family}';
  font-style: ${face.style};
  font-weight: ${face.weight};
  src: ${fallback.local.map((name) => `local('${name}')`).join(', ')};
  size-adjust: ${percent(sizeAdjust)};
  ascent-override: ${percent(web.ascent / web.unitsPerEm / sizeAdjust)};
  descent-override: ${percent(Math.abs(web.descent) / web.unitsPerEm / sizeAdjust)};
  line-gap-override: ${percent(web.lineGap / web.unitsPerEm / sizeAdjust)};
}
`);
  }
}
