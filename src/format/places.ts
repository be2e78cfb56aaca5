/**
 * Countries and languages as critics write them ("South Korea", "Korean") and
 * as codes (ISO 3166-1 alpha-2 "KR", ISO 639 "ko"), which the filters put in
 * the address. Build time only: the publisher and the content checker map
 * every name once; the app reads the codes and the labels the publisher wrote.
 */

/** Names the English display names of Intl do not give, as the sample and generated archives write them. */
const COUNTRY_ALIASES: Record<string, string> = {
  usa: 'US',
  'united states of america': 'US',
  america: 'US',
  uk: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'soviet union': 'SU',
  ussr: 'SU',
  'west germany': 'DE',
  'east germany': 'DD',
  'hong kong': 'HK',
  macau: 'MO',
  'czech republic': 'CZ',
  'south korea': 'KR',
  korea: 'KR',
  'north korea': 'KP',
  'republic of ireland': 'IE',
  yugoslavia: 'YU',
  czechoslovakia: 'CS',
  iran: 'IR',
  'ivory coast': 'CI',
  turkey: 'TR',
  burma: 'MM',
};

const LANGUAGE_ALIASES: Record<string, string> = {
  mandarin: 'zh',
  'mandarin chinese': 'zh',
  farsi: 'fa',
  flemish: 'nl',
  'brazilian portuguese': 'pt',
  'american sign language': 'ase',
  'sign language': 'sgn',
  'no language': 'zxx',
  silent: 'zxx',
  cantonese: 'yue',
  'serbo-croatian': 'sh',
  filipino: 'fil',
  tagalog: 'tl',
};

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const pairs = () => Array.from(LETTERS).flatMap((a) => Array.from(LETTERS, (b) => a + b));

/** English name → code, for every code Intl can name; a deprecated code that Intl renames (DD → Germany) is skipped. */
function reverseTable(type: 'region' | 'language', codes: string[]): Map<string, string> {
  const names = new Intl.DisplayNames(['en'], { type, fallback: 'none' });
  const table = new Map<string, string>();
  for (const code of codes) {
    let name: string | undefined;
    try {
      name = names.of(code);
    } catch {
      continue;
    }
    const canonical = Intl.getCanonicalLocales(type === 'region' ? `und-${code}` : code)[0];
    if (!name || canonical !== (type === 'region' ? `und-${code}` : code)) continue;
    if (!table.has(name.toLowerCase())) table.set(name.toLowerCase(), code);
  }
  return table;
}

let countries: Map<string, string> | undefined;
let languages: Map<string, string> | undefined;

/** A country's code from its English name or its code ("South Korea", "KR", "kr" → "KR"), or null if unknown. */
export function countryCode(name: string): string | null {
  countries ??= reverseTable(
    'region',
    pairs().map((pair) => pair.toUpperCase()),
  );
  const key = name.trim().toLowerCase();
  if (/^[a-z]{2}$/.test(key) && [...countries.values()].includes(key.toUpperCase())) return key.toUpperCase();
  return COUNTRY_ALIASES[key] ?? countries.get(key) ?? null;
}

/** A language's code from its English name or its code ("Korean", "ko" → "ko"), or null if unknown. */
export function languageCode(name: string): string | null {
  languages ??= reverseTable('language', pairs());
  const key = name.trim().toLowerCase();
  if (/^[a-z]{2}$/.test(key) && [...languages.values()].includes(key)) return key;
  return LANGUAGE_ALIASES[key] ?? languages.get(key) ?? null;
}

/** The English name of a code, as Intl gives it, for a code critics wrote without a name. */
export function placeLabel(type: 'region' | 'language', code: string): string {
  return new Intl.DisplayNames(['en'], { type }).of(code) ?? code;
}

/** Every name (in lower case) that maps to a code: for the checker's suggestion of the nearest one. */
export function knownPlaceNames(type: 'region' | 'language'): string[] {
  if (type === 'region') {
    countryCode('');
    return [...countries!.keys(), ...Object.keys(COUNTRY_ALIASES)];
  }
  languageCode('');
  return [...languages!.keys(), ...Object.keys(LANGUAGE_ALIASES)];
}
