import { describe, expect, it } from 'vitest';
import { parseBody, parseLine } from './markdown-body';
import { readReviewFile } from './review-file';
import { BALLERINA_SOURCE as BALLERINA } from '../../tests/ballerina-source';

/**
 * The Markdown of a review's body: the subset it accepts, and everything
 * else refused at its line and column in the file. Bodies are put under
 * Ballerina's front matter (lines 1–47, a blank line 48), so the body's first
 * line is line 49 of the file.
 */
const FRONT_MATTER = BALLERINA.slice(0, BALLERINA.indexOf('\n---\n', 3) + 5);

/** The Ballerina file with this body. */
const withBody = (body: string) => readReviewFile('ballerina-2023.md', `${FRONT_MATTER}\n${body}\n`);
/** Its problems as [line, column, message]. */
const problemsIn = (body: string) =>
  withBody(body).problems.map(({ line, column, message }) => [line, column, message]);

const HTML = 'HTML is not allowed: write Markdown';
const LINK = (url: string) =>
  `link to ${JSON.stringify(url)}: link to another review as /reviews/<slug>, or to an https: page`;
const DIRECTIVE = (name: string) => `unknown directive ":${name}": the only one is spoiler`;

describe('the body: refused constructs, at their line and column in the file', () => {
  it('starts the body on line 49 of the fixture', () => {
    expect(FRONT_MATTER.split('\n')).toHaveLength(48);
    expect(withBody('A plain paragraph.').problems).toEqual([]);
  });

  it.each([
    [
      'inline HTML, each tag',
      'Some <i>Taken</i> here.',
      [
        [49, 6, HTML],
        [49, 14, HTML],
      ],
    ],
    ['a block of HTML', 'Para.\n\n<div>\nhi\n</div>', [[51, 1, HTML]]],
    ['an HTML comment', 'Para.\n\n<!-- a note -->', [[51, 1, HTML]]],
    ['an image', 'Para ![Ok-ju](https://example.com/a.jpg) here.', [[49, 6, 'images are not allowed in the body']]],
    ['an ATX heading', 'Para.\n\n## The sources', [[51, 1, 'headings are not part of a review body']]],
    ['a setext heading', 'The sources\n===\n\nPara.', [[49, 1, 'headings are not part of a review body']]],
    ['a fenced code block', 'Para.\n\n```\ncode\n```', [[51, 1, 'code blocks are not part of a review body']]],
    ['an indented code block', 'Para.\n\n    indented', [[51, 1, 'code blocks are not part of a review body']]],
    ['inline code', 'Para with `x` here.', [[49, 11, 'code (`…`) is not part of a review body']]],
    ['a bulleted list', 'Para.\n\n- one\n- two', [[51, 1, 'lists are not part of a review body']]],
    [
      'a numbered list (a year and a full stop)',
      'Para.\n\n1992. That is the year.',
      [[51, 1, 'lists are not part of a review body']],
    ],
    ['a thematic break', 'Para.\n\n***\n\nMore.', [[51, 1, 'horizontal rules are not part of a review body']]],
    ['a --- line in the body', 'Para.\n\n---\n\nMore.', [[51, 1, 'horizontal rules are not part of a review body']]],
    ['a hard break (two spaces)', 'Line one  \nline two.', [[49, 9, 'a line break inside a paragraph is not allowed']]],
    ['a hard break (backslash)', 'Line one\\\nline two.', [[49, 9, 'a line break inside a paragraph is not allowed']]],
    [
      'a reference link and its definition',
      'See [*The Call*][call].\n\n[call]: /reviews/the-call-2020',
      [
        [49, 5, 'reference links are not supported'],
        [51, 1, 'link definitions are not supported'],
      ],
    ],
    ['a link without words', 'See [](/reviews/the-call-2020).', [[49, 5, 'a link needs words']]],
    ['a made-up inline directive', 'A :note[check] here.', [[49, 3, DIRECTIVE('note')]]],
    ['a directive other than spoiler', 'A :aside[note] here.', [[49, 3, DIRECTIVE('aside')]]],
    ['attributes on a spoiler', 'A :spoiler[b]{.big} c.', [[49, 3, 'a spoiler takes no {…} after it']]],
    ['a label on a spoiler section', ':::spoiler[The ending]\nB.\n:::', [[49, 1, 'a spoiler section takes no label']]],
    ['a spoiler section never closed', 'A.\n\n:::spoiler\nB.\n\nC.', [[51, 1, 'this spoiler section is never closed']]],
    ['a table', '| a | b |\n|---|---|\n| 1 | 2 |', [[49, 1, 'tables are not part of a review body']]],
    ['strikethrough', 'A ~~struck~~ word.', [[49, 3, 'strikethrough (~~…~~) is not part of a review body']]],
    [
      'a footnote',
      'A note[^1].\n\n[^1]: The note.',
      [
        [49, 7, 'footnotes are not supported'],
        [51, 1, 'footnotes are not supported'],
      ],
    ],
    ['a leaf directive', 'Para.\n\n::x', [[51, 1, 'unknown directive: the only one is spoiler']]],
    ['a container directive', 'Para.\n\n:::aside\nText.\n:::', [[51, 1, DIRECTIVE('aside')]]],
    ['an empty spoiler', 'A :spoiler[] here.', [[49, 3, 'an empty spoiler: write :spoiler[the passage]']]],
    ['an empty spoiler section', 'Para.\n\n:::spoiler\n:::', [[51, 1, 'an empty spoiler section']]],
    ['a spoiler inside a spoiler', 'A :spoiler[b :spoiler[c]] d.', [[49, 14, 'a spoiler inside a spoiler']]],
    ['a spoiler inside a section', ':::spoiler\nA :spoiler[b] c.\n:::', [[50, 3, 'a spoiler inside a spoiler']]],
    [
      'a section inside a section',
      ':::spoiler\nA.\n\n::::spoiler\nB.\n::::\n:::',
      [[52, 1, 'a spoiler inside a spoiler']],
    ],
    ['an empty quote', 'Para.\n\n>\n\nMore.', [[51, 1, 'an empty quote']]],
    [
      'HTML inside a quote',
      '> Quoted <b>words</b>.',
      [
        [49, 10, HTML],
        [49, 18, HTML],
      ],
    ],
    ['an empty body', '', [[48, 1, 'the review has no body']]],
    ['a body of blank lines', '   \n\n', [[48, 1, 'the review has no body']]],
  ])('refuses %s', (_, body, expected) => {
    expect(problemsIn(body)).toEqual(
      expected.map(([line, column, message]) => [line, column, expect.stringContaining(message as string)]),
    );
  });

  it.each([
    'http://www.imdb.com/title/tt10530176/',
    'javascript:alert(1)',
    'mailto:critic@example.com',
    'the-call-2020',
    '/genres/horror',
    '/reviews/the-call-2020/',
    '/reviews/the-call-2020#end',
  ])('refuses a link to %s', (url) => {
    expect(problemsIn(`Some words, [a link](${url}) and more.`)).toEqual([[49, 13, LINK(url)]]);
  });

  it('refuses an http: autolink, at its line and column', () => {
    expect(problemsIn('Para.\n\nSee <http://example.com/>.')).toEqual([[51, 5, LINK('http://example.com/')]]);
  });
});

describe('the body: what it accepts', () => {
  it('accepts a /reviews/<slug> link and reports it as a reference at its place in the file', () => {
    const file = withBody(
      'Para.\n\nLike [*Taken*](/reviews/taken-2008), but [a site](https://example.com/) is no reference.',
    );
    expect(file.problems).toEqual([]);
    expect(file.references.filter((reference) => reference.line > 47)).toEqual([
      { slug: 'taken-2008', line: 51, column: 6 },
    ]);
    expect(file.review!.body[1]).toEqual({
      type: 'paragraph',
      children: [
        'Like ',
        { type: 'link', href: '/reviews/taken-2008', children: [{ type: 'emphasis', children: ['Taken'] }] },
        ', but ',
        { type: 'link', href: 'https://example.com/', children: ['a site'] },
        ' is no reference.',
      ],
    });
  });

  it('makes spoiler passages and sections, a quote of two paragraphs, and joins wrapped lines', () => {
    const body =
      'A :spoiler[hidden **bit**] and\na wrapped line.\n\n:::spoiler\nThe end.\n\n> Said.\n:::\n\n> One.\n>\n> Two.';
    expect(parseBody(body)).toEqual({
      problems: [],
      links: [],
      content: [
        {
          type: 'paragraph',
          children: [
            'A ',
            { type: 'spoiler', children: ['hidden ', { type: 'strong', children: ['bit'] }] },
            ' and a wrapped line.',
          ],
        },
        {
          type: 'spoiler',
          children: [
            { type: 'paragraph', children: ['The end.'] },
            { type: 'quote', children: [{ type: 'paragraph', children: ['Said.'] }] },
          ],
        },
        {
          type: 'quote',
          children: [
            { type: 'paragraph', children: ['One.'] },
            { type: 'paragraph', children: ['Two.'] },
          ],
        },
      ],
    });
  });

  it('runs a section without its closing ::: to the end of the body, with no problem (as documented)', () => {
    expect(parseBody('A.\n\n:::spoiler\nB.\n\nC.').content).toEqual([
      { type: 'paragraph', children: ['A.'] },
      {
        type: 'spoiler',
        children: [
          { type: 'paragraph', children: ['B.'] },
          { type: 'paragraph', children: ['C.'] },
        ],
      },
    ]);
  });

  it.each([
    ['pipes that are not a table (no delimiter row)', '| a | b |\n| 1 | 2 |', '| a | b | | 1 | 2 |'],
    ['a footnote mark with no footnote', 'A claim[^1].', 'A claim[^1].'],
    ['single tildes', 'About ~90 minutes, give or take ~5.', 'About ~90 minutes, give or take ~5.'],
    ['a colon before letters or digits', 'Re:Zero at 10:30, in 2.39:1.', 'Re:Zero at 10:30, in 2.39:1.'],
    ['escaped colons and asterisks', 'Re\\:Zero, 10\\:30 and 5\\*3.', 'Re:Zero, 10:30 and 5*3.'],
    ['entities', 'Tom &amp; Jerry &copy;', 'Tom & Jerry ©'],
    ['a # not followed by a space', '#1 with a bullet', '#1 with a bullet'],
  ])('keeps %s as the text typed, in one string', (_, markdown, text) => {
    expect(parseBody(markdown)).toEqual({
      content: [{ type: 'paragraph', children: [text] }],
      problems: [],
      links: [],
    });
  });
});

describe('parseLine: the verdict', () => {
  it('gives plain words as one string, and emphasis and links as inlines with the links reported', () => {
    expect(parseLine('Plain words.')).toEqual({ content: ['Plain words.'], problems: [], links: [] });
    expect(parseLine('One *two* [three](/reviews/a-b).')).toEqual({
      content: [
        'One ',
        { type: 'emphasis', children: ['two'] },
        ' ',
        { type: 'link', href: '/reviews/a-b', children: ['three'] },
        '.',
      ],
      problems: [],
      links: [{ slug: 'a-b', line: 1, column: 11 }],
    });
  });

  it.each([
    ['two paragraphs', 'One.\n\nTwo.', 'write one paragraph'],
    ['a quote', '> Quoted.', 'write one paragraph'],
    ['nothing', '', 'write one paragraph'],
    ['a spoiler', 'A :spoiler[twist].', 'no spoiler mark in the verdict'],
  ])('refuses %s', (_, markdown, message) => {
    expect(parseLine(markdown).problems).toEqual([
      { line: 1, column: expect.any(Number), message: expect.stringContaining(message) },
    ]);
  });
});
