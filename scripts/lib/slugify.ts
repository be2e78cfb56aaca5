const LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
};
const MAX_SLUG_BASE = 100;

/**
 * A slug from a title, for file names and addresses. ASCII, lower case, single hyphens: "Amélie" → "amelie", "9½ Weeks" → "9-1-2-weeks".
 */
export function slugify(value: string): string {
  return fold(value) || 'film';
}

/**
 * The text folded to a slug's letters, as `slugify`, or "" when none is left
 * (a name in a script with no Latin letters).
 */
export function fold(value: string): string {
  return (
    value
      // Keep "9½" apart as "9 1⁄2" before NFKD spells the fraction out.
      .replace(/[\u00BC-\u00BE\u2150-\u215E]/g, (fraction) => ` ${fraction}`)
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[ßæøœłđðþ]/g, (letter) => LETTERS[letter] ?? '')
      .replace(/&/g, ' and ')
      .replace(/['’‘]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_SLUG_BASE)
      .replace(/-+$/, '')
  );
}
