import { describe, expect, it } from 'vitest';
import {
  MAX_ALT,
  MAX_HEADLINE,
  MAX_LABEL,
  MAX_MARKS,
  MAX_NAME,
  MAX_PARAGRAPH,
  MAX_QUOTES,
  MAX_STANDFIRST,
  MAX_TITLE,
  MAX_VERDICT,
} from '../../src/format/limits';
import { readReviewFile } from './review-file';
import { SOURCE_LIMITS } from './source-guard';
import { BALLERINA_SOURCE as BALLERINA } from '../../tests/ballerina-source';

/**
 * The limits a review file is held to, each reported with the limit in its
 * message at its line: the format's (limits.ts), which the
 * app enforces too, and the checker's own (SOURCE_LIMITS), which keep it
 * quick on any file. Each is tested at the limit and one past it. Bodies go
 * under Ballerina's front matter (lines 1–47, a blank line 48): the body's
 * first line is line 49 of the file.
 */
const FRONT_MATTER = BALLERINA.slice(0, BALLERINA.indexOf('\n---\n', 3) + 5);
const BODY = 49;

const read = (source: string) => readReviewFile('ballerina-2023.md', source);
/** The Ballerina file with this body. */
const withBody = (body: string) => read(`${FRONT_MATTER}\n${body}\n`);
/** The Ballerina file with `from` replaced by `to` once. */
function ballerina(from: string, to: string): string {
  if (!BALLERINA.includes(from)) throw new Error(`not in the fixture: ${from}`);
  return BALLERINA.replace(from, () => to);
}
/** The problems as [line, column, message]. */
const problems = (source: string) => read(source).problems.map(({ line, column, message }) => [line, column, message]);
const bodyProblems = (body: string) => problems(`${FRONT_MATTER}\n${body}\n`);

describe('a front matter ends at the first line that is exactly ---', () => {
  it('is not closed by a value that ends with ---', () => {
    const file = read(ballerina('rating: 4', 'rating: 4\nauthor: wait for it ---'));
    expect(file.problems).toEqual([
      { line: 6, column: 1, message: 'YAML: Map keys must be unique (this key is given twice: keep one)' },
    ]);
  });

  it.each([
    ['a line of four hyphens', '----'],
    ['a line with words after the hyphens', '--- x'],
    ['a line indented by a space', ' ---'],
  ])('is not closed by %s', (_, line) => {
    const file = read(`---\nheadline: x\n${line}\nrating: 4\n`);
    expect(file.problems).toEqual([
      {
        line: 1,
        column: 1,
        message: 'a review starts with its front matter between two lines of ---, then the Markdown body',
      },
    ]);
  });

  it('is closed by --- with spaces after it, which an editor does not show', () => {
    const file = read(ballerina('\n---\n\nThe revenge plot', '\n---  \n\nThe revenge plot'));
    expect(file.problems).toEqual([]);
    expect(file.review).toEqual(read(BALLERINA).review);
  });
});

describe('the size of a review file', () => {
  /** A file of exactly `bytes` bytes: Ballerina with a paragraph of x's. */
  const ofBytes = (bytes: number) =>
    `${FRONT_MATTER}\nA short paragraph.\n\n${'x'.repeat(bytes - Buffer.byteLength(FRONT_MATTER) - 22)}\n`;

  it(`reads a file of ${SOURCE_LIMITS.fileBytes} bytes`, () => {
    const source = ofBytes(SOURCE_LIMITS.fileBytes);
    expect(Buffer.byteLength(source)).toBe(SOURCE_LIMITS.fileBytes);
    expect(problems(source)).toEqual([
      [BODY + 2, 1, 'a paragraph of 31,430 characters: at most 20,000 in one: split it in two with a blank line'],
    ]);
  });

  it('does not read a byte more, and says the limit', () => {
    expect(problems(ofBytes(SOURCE_LIMITS.fileBytes + 1))).toEqual([
      [1, 1, 'the file is 32.1 kB: a review file can be at most 32 kB (about 5,000 words)'],
    ]);
  });

  it('counts bytes, not characters', () => {
    const source = `${FRONT_MATTER}\n${'é'.repeat(SOURCE_LIMITS.fileBytes / 2)}\n`;
    expect(problems(source)[0]).toEqual([
      1,
      1,
      'the file is 33.3 kB: a review file can be at most 32 kB (about 5,000 words)',
    ]);
  });

  it('answers a 3 MB review at once, without reading it', () => {
    const paragraph = `${'All work and no play makes a long review. '.repeat(50)}\n\n`;
    const source = `${FRONT_MATTER}\n${paragraph.repeat(Math.ceil((3 * 1024 * 1024) / paragraph.length))}`;
    const file = read(source);
    expect(file.problems).toEqual([
      { line: 1, column: 1, message: 'the file is 3.1 MB: a review file can be at most 32 kB (about 5,000 words)' },
    ]);
    expect([file.review, file.references]).toEqual([null, []]);
  });

  it(`reads a file of ${SOURCE_LIMITS.fileLines} lines, with or without a newline at the end`, () => {
    // The front matter's 47 lines and the blank line after it, then lines of words, the last without a newline.
    const lines = SOURCE_LIMITS.fileLines - 49;
    const source = `${FRONT_MATTER}\n${'Line.\n'.repeat(lines)}Line.`;
    expect(source.split('\n')).toHaveLength(SOURCE_LIMITS.fileLines);
    expect(problems(source)).toEqual([]);
    expect(problems(`${source}\n`)).toEqual([]);
  });

  it('does not read a line more, and says where the limit is passed', () => {
    const lines = SOURCE_LIMITS.fileLines - 48;
    const source = `${FRONT_MATTER}\n${'Line.\n'.repeat(lines)}Line.`;
    expect(problems(source)).toEqual([[1_001, 1, 'the file has 1,001 lines: a review file can have at most 1,000']]);
  });
});

describe('the length of each text field (limits.ts)', () => {
  /** A value of `length` characters, quoted for YAML. */
  const value = (length: number) => `"${'x'.repeat(length)}"`;
  const image = (alt: string) =>
    `image:\n  url: https://images.example.com/a.jpg\n  width: 1200\n  height: 675\n  alt: ${alt}\nverdict:`;

  it.each([
    [
      'headline',
      MAX_HEADLINE,
      2,
      11,
      (text: string) =>
        ballerina(
          'headline: ‘Ballerina’ review — a neon-lit revenge thriller that borrows freely and hits very hard',
          `headline: ${text}`,
        ),
    ],
    [
      'standfirst',
      MAX_STANDFIRST,
      3,
      13,
      (text: string) => BALLERINA.replace(/^standfirst: .*$/m, `standfirst: ${text}`),
    ],
    ['verdict', MAX_VERDICT, 46, 10, (text: string) => BALLERINA.replace(/^verdict: .*$/m, `verdict: ${text}`)],
    ['film.title', MAX_TITLE, 8, 10, (text: string) => ballerina('  title: Ballerina', `  title: ${text}`)],
    [
      'film.originalTitle',
      MAX_TITLE,
      9,
      18,
      (text: string) => ballerina('  originalTitle: 발레리나', `  originalTitle: ${text}`),
    ],
    ['film.directors.0', MAX_NAME, 12, 7, (text: string) => ballerina('    - Lee Chung-hyun', `    - ${text}`)],
    [
      'film.cast.0.name',
      MAX_NAME,
      14,
      13,
      (text: string) => ballerina('    - name: Jeon Jong-seo', `    - name: ${text}`),
    ],
    [
      'film.cast.0.character',
      MAX_NAME,
      15,
      18,
      (text: string) => ballerina('      character: Jang Ok-ju', `      character: ${text}`),
    ],
    ['film.countries.0', MAX_LABEL, 22, 7, (text: string) => ballerina('    - South Korea', `    - ${text}`)],
    ['film.languages.0', MAX_LABEL, 24, 7, (text: string) => ballerina('    - Korean', `    - ${text}`)],
    ['watch.0.provider', MAX_LABEL, 30, 15, (text: string) => ballerina('provider: Netflix', `provider: ${text}`)],
    ['mentions.0.title', MAX_TITLE, 34, 12, (text: string) => ballerina('  - title: Taken', `  - title: ${text}`)],
    ['image.alt', MAX_ALT, 50, 8, (text: string) => BALLERINA.replace(/^verdict:/m, image(text))],
  ])('%s: %i characters, and not one more', (field, limit, line, column, withValue) => {
    // A country or language must also be one the lists can filter by (place-problems.ts): no name is 100 letters long.
    const unknownPlace = /^film\.(countries|languages): unknown /;
    expect(read(withValue(value(limit))).problems.filter((problem) => !unknownPlace.test(problem.message))).toEqual([]);
    expect(problems(withValue(value(limit + 1)))).toEqual([
      [
        line,
        column,
        `${field}: too long: ${(limit + 1).toLocaleString('en-GB')} characters, at most ${limit.toLocaleString('en-GB')}`,
      ],
    ]);
  });

  it(`holds each run of a body paragraph's text, in a mark or not, to ${MAX_PARAGRAPH} characters`, () => {
    expect(withBody(`A *${'x'.repeat(MAX_PARAGRAPH)}* b.`).problems).toEqual([]);
    expect(withBody(`A *b* ${'y'.repeat(MAX_PARAGRAPH - 2)}.`).problems).toEqual([]);
    const message = 'a paragraph of 20,001 characters: at most 20,000 in one: split it in two with a blank line';
    expect(bodyProblems(`First.\n\nA *b* ${'x'.repeat(MAX_PARAGRAPH - 1)}.`)).toEqual([[BODY + 2, 1, message]]);
    expect(bodyProblems(`A **b [c *${'x'.repeat(MAX_PARAGRAPH + 1)}*](https://example.com/)**`)).toEqual([
      [BODY, 1, message],
    ]);
  });
});

describe('nesting (MAX_QUOTES, MAX_MARKS), checked while converting', () => {
  it(`takes block quotes ${MAX_QUOTES} deep, in a spoiler section too`, () => {
    const quote = (depth: number) => `${'> '.repeat(depth)}deep`;
    expect(withBody(quote(MAX_QUOTES)).problems).toEqual([]);
    expect(withBody(`:::spoiler\n${quote(MAX_QUOTES)}\n:::`).problems).toEqual([]);
  });

  it.each([
    ['5 deep', '>>>>> deep', [[BODY, 5, 'block quotes nested 5 deep: at most 4 levels']]],
    [
      '6 deep, as a critic might space them',
      '> > > > > > deep',
      [[BODY, 9, 'block quotes nested 6 deep: at most 4 levels']],
    ],
    ['18 deep', `${'>'.repeat(18)} deep`, [[BODY, 5, 'block quotes nested 18 deep: at most 4 levels']]],
    [
      '6 deep inside a spoiler section',
      `:::spoiler\n${'>'.repeat(6)} deep\n:::`,
      [[BODY + 1, 5, 'block quotes nested 6 deep: at most 4 levels']],
    ],
    [
      '5 deep, one of them around a spoiler section',
      `> :::spoiler\n> >>>> deep\n> :::`,
      [[BODY + 1, 6, 'block quotes nested 5 deep: at most 4 levels']],
    ],
    [
      'deepest on a later line',
      '>>>>> a\n>>>>>\n>>>>>>>> b',
      [[BODY, 5, 'block quotes nested 8 deep: at most 4 levels']],
    ],
    [
      'two quotes, each too deep',
      '>>>>> a\n\n>>>>>> b',
      [
        [BODY, 5, 'block quotes nested 5 deep: at most 4 levels'],
        [BODY + 2, 5, 'block quotes nested 6 deep: at most 4 levels'],
      ],
    ],
  ])('refuses block quotes %s, once, at the first one too deep', (_, body, expected) => {
    expect(bodyProblems(body)).toEqual(expected);
  });

  it(`takes emphasis, strong, links and spoilers ${MAX_MARKS} deep`, () => {
    const file = withBody('A :spoiler[*b **c [d *e **f** e*](https://example.com/) c** b*] a.');
    expect(file.problems).toEqual([]);
    expect(withBody(`${'*'.repeat(12)}x${'*'.repeat(12)}`).problems).toEqual([]);
  });

  it.each([
    [
      'a link in emphasis and strong, 7 deep',
      'A :spoiler[*b **c [d *e **f *g* f** e*](https://example.com/) c** b*] a.',
      7,
      29,
    ],
    ['13 asterisks each side, 7 deep', `${'*'.repeat(13)}x${'*'.repeat(13)}`, 7, 12],
    ['100 asterisks each side, 50 deep', `${'*'.repeat(100)}x${'*'.repeat(100)}`, 50, 13],
  ])('refuses %s, once', (_, body, depth, column) => {
    expect(bodyProblems(body)).toEqual([
      [BODY, column, `emphasis, strong, links and spoilers nested ${depth} deep: at most 6 levels`],
    ]);
  });

  it('refuses marks too deep in the verdict, at the verdict', () => {
    expect(problems(BALLERINA.replace(/^verdict: .*$/m, `verdict: "${'*'.repeat(14)}Great${'*'.repeat(14)}"`))).toEqual(
      [[46, 10, 'verdict: emphasis, strong, links and spoilers nested 7 deep: at most 6 levels']],
    );
  });
});

describe('the source limits (SOURCE_LIMITS): what would make the parser slow is refused before parsing', () => {
  it('refuses 200 levels of block quotes on a line, without parsing the body', () => {
    expect(bodyProblems(`A <b>tag</b>.\n\n${'>'.repeat(200)} deep`)).toEqual([
      [BODY + 2, 1, 'block quotes nested 200 deep: at most 4 levels'],
    ]);
  });

  it(`leaves ${SOURCE_LIMITS.lineQuotes} > on a line to the converter, which says where the fifth is`, () => {
    expect(bodyProblems(`${'>'.repeat(32)} deep`)).toEqual([
      [BODY, 5, 'block quotes nested 32 deep: at most 4 levels'],
    ]);
    expect(bodyProblems(`${'> '.repeat(33)}deep`)).toEqual([
      [BODY, 1, 'block quotes nested 33 deep: at most 4 levels'],
    ]);
  });

  it('refuses 2,000 asterisks each side of a word, at once', () => {
    const file = withBody(`A paragraph.\n\n${'*'.repeat(2_000)}x${'*'.repeat(2_000)}`);
    expect(file.problems).toEqual([
      {
        line: BODY + 2,
        column: 1,
        message:
          'a paragraph with 4,000 *, _ and ~: at most 200 in one paragraph. Split it, or write \\* for a * that is not emphasis',
      },
    ]);
  });

  it(`counts *, _ and ~ of one paragraph, over its lines, ${SOURCE_LIMITS.paragraphMarks} at most`, () => {
    const marks = (count: number) => '*a* _b_ ~c '.repeat(count / 5).trim();
    expect(withBody(`${marks(100)}\n${marks(100)}`).problems).toEqual([]);
    expect(withBody(`${marks(100)}\n\n${marks(100)}\n\n${marks(100)}`).problems).toEqual([]);
    expect(bodyProblems(`${marks(100)}\n${marks(100)} *`)).toEqual([
      [
        BODY,
        1,
        'a paragraph with 201 *, _ and ~: at most 200 in one paragraph. Split it, or write \\* for a * that is not emphasis',
      ],
    ]);
  });

  it('does not count escaped marks and brackets', () => {
    expect(withBody('\\*\\_\\['.repeat(300)).problems).toEqual([]);
    expect(bodyProblems('\\\\*'.repeat(201))[0]?.[2]).toMatch(/^a paragraph with 201 \*, _ and ~/);
  });

  it(`counts [ and ] of one paragraph, ${SOURCE_LIMITS.paragraphBrackets} at most`, () => {
    const links = (count: number) => '[a](https://example.com/) '.repeat(count).trim();
    expect(withBody(links(50)).problems).toEqual([]);
    expect(bodyProblems(`${links(50)} [`)).toEqual([
      [
        BODY,
        1,
        'a paragraph with 101 [ and ]: at most 100 in one paragraph (50 links). Split it, or write \\[ for a [ that is not a link',
      ],
    ]);
  });

  it(`leaves ${SOURCE_LIMITS.listLines} list items to the converter, and refuses more at once`, () => {
    const list = (count: number) =>
      Array.from({ length: count }, (_, index) => (index % 2 ? `${index}. x` : `- x`)).join('\n');
    expect(
      bodyProblems(`Para.\n\n${list(20)}`).every(([, , message]) => String(message).startsWith('lists are not')),
    ).toBe(true);
    expect(bodyProblems(`Para.\n\n${list(21)}`)).toEqual([
      [
        BODY + 2,
        1,
        '21 lines start like a list item (-, *, + or a number and a full stop): lists are not part of a review body: write paragraphs',
      ],
    ]);
  });

  it(`leaves ${SOURCE_LIMITS.openSections} open ::: sections to the converter, and refuses more at once`, () => {
    const open = (count: number) => `${':::spoiler\n'.repeat(count)}Text.\n${':::\n'.repeat(count)}`;
    expect(bodyProblems(open(4)).map(([, , message]) => message)).toEqual(
      Array(3).fill('a spoiler inside a spoiler: one mark is enough'),
    );
    expect(bodyProblems(`:::spoiler\nA.\n:::\n\n${open(5)}`)).toEqual([
      [
        BODY + 8,
        1,
        '5 ::: sections open at once: close each spoiler section with a line of ::: (a spoiler inside a spoiler is refused)',
      ],
    ]);
  });

  it('checks the verdict as well, and reports at the verdict', () => {
    expect(problems(BALLERINA.replace(/^verdict: .*$/m, `verdict: "${'[a]'.repeat(51)}"`))).toEqual([
      [
        46,
        10,
        'verdict: a paragraph with 102 [ and ]: at most 100 in one paragraph (50 links). Split it, or write \\[ for a [ that is not a link',
      ],
    ]);
  });
});

describe('characters no text keeps: XML 1.0 forbids them, or they reorder text', () => {
  const UNSAFE = [
    '\u0000',
    '\u0001',
    '\u0008',
    '\u000B',
    '\u000C',
    '\u001F',
    '\uFFFE',
    '\uFFFF',
    '\uDFFF',
    '\uD800',
    '\u202E',
    '\u2066',
  ];
  /** A YAML double-quoted string holding each unsafe character, spelt as an escape. */
  const quoted = (words: string) =>
    `"${words} ${UNSAFE.map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}end"`;

  it('drops them from every text field, image alt included, and keeps tabs, emoji and pairs of surrogates', () => {
    let source = BALLERINA;
    for (const [pattern, key] of [
      [/^headline: .*$/m, 'headline'],
      [/^standfirst: .*$/m, 'standfirst'],
      [/^ {4}- Lee Chung-hyun$/m, '    - '],
      [/^verdict: .*$/m, 'verdict'],
      [/^ {2}title: .*$/m, '  title'],
      [/^ {4}- name: Jeon Jong-seo$/m, '    - name'],
    ] as const) {
      const name = key.replace(/^[ -]*/, '') || 'director';
      source = source.replace(pattern, `${key.endsWith(' ') ? key : `${key}: `}${quoted(`${name}\t😀`)}`);
    }
    source = source.replace(
      /^verdict:/m,
      `image:\n  url: https://images.example.com/a.jpg\n  width: 1200\n  height: 675\n  alt: ${quoted('alt')}\nverdict:`,
    );
    const file = read(source);
    expect(file.problems).toEqual([]);
    const review = file.review!;
    expect([review.headline, review.standfirst, review.film.directors[0], review.verdict]).toEqual([
      'headline\t😀 end',
      'standfirst\t😀 end',
      'director\t😀 end',
      // The verdict is Markdown, which makes a NUL the replacement character, as CommonMark says.
      'verdict\t😀 \uFFFDend',
    ]);
    expect([review.film.title, review.film.cast[0]!.name, review.image!.alt]).toEqual([
      'title\t😀 end',
      'name\t😀 end',
      'alt end',
    ]);
    expect(JSON.stringify(review)).not.toMatch(/\\u00(0|1)|\\ud8|\\udf|\uFFFE|\uFFFF|\u202E|\u2066/);
  });

  it('drops them from the body, where a character reference cannot bring them back', () => {
    const file = withBody(`Bidi\u202Eover\u2066ride, a \u0001control, &#xFFFE;&#x0; and &#x202E; text.`);
    expect(file.problems).toEqual([]);
    expect(file.review!.body).toEqual([
      { type: 'paragraph', children: ['Bidioverride, a control, \uFFFD\uFFFD and  text.'] },
    ]);
  });

  it('refuses text left empty once they are dropped', () => {
    expect(problems(BALLERINA.replace(/^standfirst: .*$/m, 'standfirst: "\\uFFFE\\u202E "'))).toEqual([
      [3, 13, 'standfirst: Invalid text: it is empty'],
    ]);
    expect(bodyProblems('A :spoiler[\u202E] b [\uFFFE](/reviews/taken-2008).')).toEqual([
      [BODY, 3, 'an empty spoiler: write :spoiler[the passage]'],
      [BODY, 17, 'a link needs words: [the words](/reviews/slug)'],
    ]);
  });
});
