import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentSite, criticFile, type SiteFiles } from '../../tests/content-site';
import { personSlug } from '../lib/person-slug';
import { ROOT } from '../lib/project-paths';
import { readContent } from './read-content';
import { BALLERINA_SOURCE as BALLERINA } from '../../tests/ballerina-source';

/**
 * Critic files, list files and people.yml, checked alone and against the
 * reviews: every problem at its file, line and column. The site is two
 * reviews made from Ballerina (directed by Lee Chung-hyun, with Jeon
 * Jong-seo), by the sample's critics.
 */
const FRONT_MATTER = BALLERINA.slice(0, BALLERINA.indexOf('\n---\n', 3) + 5);
const MENTIONS = FRONT_MATTER.slice(FRONT_MATTER.indexOf('mentions:\n'), FRONT_MATTER.indexOf('verdict:'));
const REVIEW = `${FRONT_MATTER.replace(MENTIONS, '')}\nA review that points to no other.\n`;
const REVIEWS = { 'the-call-2020.md': REVIEW, 'taken-2008.md': REVIEW };
const DRAFT = REVIEW.replace('author: daniel-okafor', 'author: daniel-okafor\ndraft: true');

const removals: (() => void)[] = [];
afterEach(() => {
  for (const remove of removals.splice(0)) remove();
});

/** Reads a temporary site: its problems as "file:line:column message", file names relative to the site. */
async function check(reviews: Record<string, string>, files: SiteFiles = {}, drafts = false) {
  const site = contentSite(reviews, files);
  removals.push(site.remove);
  const content = await readContent(site.dir, { drafts });
  const root = relative(ROOT, join(site.dir, '..'));
  const problems = content.problems.map(
    ({ file, line, column, message }) => `${relative(root, file)}:${line}:${column} ${message}`,
  );
  return { content, problems };
}

/** The 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`not in the text: ${needle}`);
  return index + 1;
}

function listFile(items: [review: string, note: string][], extra = '', intro = 'Films I would show a friend.') {
  const lines = items.map(([review, note]) => `  - review: ${review}\n    note: ${note}`);
  return `---\ntitle: Two films\nstandfirst: A short list.\ncritic: daniel-okafor\npublished: 2024-01-02\n${extra}items:\n${lines.join('\n')}\n---\n\n${intro}\n`;
}

describe('critic files', () => {
  it('names each review by its critic, read from their file', async () => {
    const { content, problems } = await check(REVIEWS);
    expect(problems).toEqual([]);
    expect(content.reviews[0]?.author).toEqual({ name: 'Daniel Okafor', slug: 'daniel-okafor' });
  });

  it('reports a review whose author has no file, at the author, with the closest slug', async () => {
    const review = REVIEW.replace('author: daniel-okafor', 'author: daniel-okafr');
    expect((await check({ 'the-call-2020.md': review })).problems).toEqual([
      expect.stringMatching(
        /^reviews\/the-call-2020\.md:5:9 author: there is no critic daniel-okafr \(.*critics\/daniel-okafr\.md\) — did you mean daniel-okafor\?$/,
      ),
    ]);
  });

  it.each([
    ['a missing name', criticFile('Daniel Okafor').replace('name: Daniel Okafor\n', ''), 2, 1, 'missing "name"'],
    [
      'a spoiler mark in the biography',
      criticFile('Daniel Okafor', 'He loved :spoiler[the ending].'),
      6,
      10,
      'no spoiler marks in a biography: it is shown in full',
    ],
    [
      'no biography',
      '---\nname: Daniel Okafor\nstandfirst: A critic.\n---\n',
      5,
      1,
      'the critic has no biography: write a paragraph or two about them below the front matter',
    ],
    [
      'a link to a review that does not exist',
      criticFile('Daniel Okafor', 'He loves [Heat](/reviews/heat-1995).'),
      6,
      10,
      'there is no review /reviews/heat-1995',
    ],
  ])('reports %s at its line and column', async (_, text, line, column, message) => {
    const { problems } = await check(REVIEWS, {
      critics: { 'daniel-okafor.md': text, 'ines-carvalho.md': criticFile('Inês Carvalho') },
    });
    expect(problems).toContainEqual(expect.stringContaining(`critics/daniel-okafor.md:${line}:${column} `));
    expect(problems.find((problem) => problem.startsWith(`critics/daniel-okafor.md:${line}:${column} `))).toContain(
      message,
    );
  });

  it('refuses a critic file named index.md, whose page would be the index of critics', async () => {
    const { problems } = await check(REVIEWS, {
      critics: { ...{ 'daniel-okafor.md': criticFile('Daniel Okafor') }, 'index.md': criticFile('Index') },
    });
    expect(problems).toEqual([
      'critics/index.md:1:1 a critic cannot be named index.md: the index of every critic has that name',
    ]);
  });
});

describe('list files', () => {
  const NOTE = 'Start here.';

  it('publishes a list with its critic, films in order and notes', async () => {
    const { content, problems } = await check(REVIEWS, {
      lists: {
        'two-films.md': listFile([
          ['the-call-2020', NOTE],
          ['taken-2008', '"*Then* this."'],
        ]),
      },
    });
    expect(problems).toEqual([]);
    expect(content.lists).toEqual([
      expect.objectContaining({
        slug: 'two-films',
        critic: 'daniel-okafor',
        items: [
          { review: 'the-call-2020', note: NOTE },
          { review: 'taken-2008', note: [{ type: 'emphasis', children: ['Then'] }, ' this.'] },
        ],
      }),
    ]);
  });

  it('reports a film with no review at its line, naming the missing file', async () => {
    const text = listFile([
      ['the-call-2020', NOTE],
      ['heat-1995', NOTE],
    ]);
    expect((await check(REVIEWS, { lists: { 'two-films.md': text } })).problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^lists/two-films\\.md:${lineOf(text, 'heat-1995')}:13 items\\.1\\.review: there is no review /reviews/heat-1995 \\(.*heat-1995\\.md\\)$`,
        ),
      ),
    ]);
  });

  it('reports a draft review on a published list, and accepts it on a draft list, which is left out', async () => {
    const reviews = { ...REVIEWS, 'taken-2008.md': DRAFT };
    const text = listFile([
      ['the-call-2020', NOTE],
      ['taken-2008', NOTE],
    ]);
    expect((await check(reviews, { lists: { 'two-films.md': text } })).problems).toEqual([
      `lists/two-films.md:${lineOf(text, 'taken-2008')}:13 items.1.review: /reviews/taken-2008 is a draft: it is not published in this build`,
    ]);
    const draftList = listFile(
      [
        ['the-call-2020', NOTE],
        ['taken-2008', NOTE],
      ],
      'draft: true\n',
    );
    const { content, problems } = await check(reviews, { lists: { 'two-films.md': draftList } });
    expect(problems).toEqual([]);
    expect(content.lists).toEqual([]);
    expect(content.drafts).toContain('lists/two-films');
    expect((await check(reviews, { lists: { 'two-films.md': draftList } }, true)).content.lists).toHaveLength(1);
  });

  it('reports a film listed twice, a spoiler in a note, and a critic with no file, each where it is', async () => {
    const text = listFile([
      ['the-call-2020', NOTE],
      ['the-call-2020', 'The :spoiler[twist] is great.'],
    ]).replace('critic: daniel-okafor', 'critic: nobody');
    expect((await check(REVIEWS, { lists: { 'two-films.md': text } })).problems).toEqual([
      expect.stringMatching(/^lists\/two-films\.md:4:9 critic: there is no critic nobody \(.*\)$/),
      `lists/two-films.md:${lineOf(text, 'the-call-2020') + 2}:13 items.1.review: the-call-2020 is on this list already, as number 1`,
      `lists/two-films.md:${lineOf(text, 'twist')}:11 items.1.note: no spoiler mark in a note: it is always shown in full`,
    ]);
  });

  it('reports a list with no films, at items', async () => {
    const text =
      '---\ntitle: None\nstandfirst: Empty.\ncritic: daniel-okafor\npublished: 2024-01-02\nitems: []\n---\n\nNothing.\n';
    expect((await check(REVIEWS, { lists: { 'none.md': text } })).problems).toEqual([
      'lists/none.md:6:8 items: list at least one film',
    ]);
  });
});

describe('people.yml: people who share a name', () => {
  const PEOPLE =
    'Jeon Jong-seo:\n  jeon-jong-seo-actor: the Korean actor, born 1994\n  jeon-jong-seo-painter: a painter, invented for this test\n';
  const castLine = lineOf(REVIEW, 'name: Jeon Jong-seo');

  it('is one page however a name is written with accents or case', async () => {
    expect(personSlug('Penélope Cruz')).toBe(personSlug('PENELOPE CRUZ'));
    const { content } = await check(REVIEWS);
    expect(content.reviews[0]?.film.people).toMatchObject({
      'Lee Chung-hyun': 'lee-chung-hyun',
      'Jeon Jong-seo': 'jeon-jong-seo',
    });
  });

  it('refuses a shared name without person:, listing whom it could mean', async () => {
    expect((await check({ 'the-call-2020.md': REVIEW }, { people: PEOPLE })).problems).toEqual([
      `reviews/the-call-2020.md:${castLine}:7 Jeon Jong-seo is the name of 2 people in people.yml: say which with person: jeon-jong-seo-actor (the Korean actor, born 1994), jeon-jong-seo-painter (a painter, invented for this test)`,
    ]);
  });

  it('links a shared name to the person person: names, with what tells them apart', async () => {
    const review = REVIEW.replace(
      '    - name: Jeon Jong-seo\n',
      '    - name: Jeon Jong-seo\n      person: jeon-jong-seo-actor\n',
    );
    const { content, problems } = await check({ 'the-call-2020.md': review }, { people: PEOPLE });
    expect(problems).toEqual([]);
    expect(content.reviews[0]?.film.people?.['Jeon Jong-seo']).toBe('jeon-jong-seo-actor');
    expect(content.archive.directoryFiles.get('people/jeon-jong-seo-actor.json')).toContain(
      '"about":"the Korean actor, born 1994"',
    );
  });

  it('refuses a person: that is not one of the people with that name, or a name no one shares', async () => {
    const review = REVIEW.replace(
      '    - name: Jeon Jong-seo\n',
      '    - name: Jeon Jong-seo\n      person: someone-else\n',
    );
    expect((await check({ 'the-call-2020.md': review }, { people: PEOPLE })).problems).toEqual([
      `reviews/the-call-2020.md:${castLine}:7 person: someone-else is not one of the people named Jeon Jong-seo in people.yml (jeon-jong-seo-actor, jeon-jong-seo-painter)`,
    ]);
    expect((await check({ 'the-call-2020.md': review })).problems).toEqual([
      `reviews/the-call-2020.md:${castLine}:7 person: no one else is named Jeon Jong-seo in people.yml: remove person:, or add the name there with each person who has it`,
    ]);
  });

  it.each([
    [
      'a name with one person',
      'John Smith:\n  john-smith-actor: an actor\n',
      1,
      1,
      'list each person who has this name, at least two',
    ],
    [
      'a slug that is not one',
      'John Smith:\n  John Smith 1: an actor\n  john-smith-2: a director\n',
      2,
      3,
      '"John Smith 1" is not a slug',
    ],
    [
      'a person with nothing said about them',
      'John Smith:\n  john-smith-1: ""\n  john-smith-2: a director\n',
      2,
      17,
      'say who john-smith-1 is',
    ],
    [
      'one name twice, accents aside',
      `${'Jose Ferrer:\n  jose-ferrer-1: an actor\n  jose-ferrer-2: a director\n'}José Ferrer:\n  jose-ferrer-3: a singer\n  jose-ferrer-4: a painter\n`,
      4,
      1,
      'are one name here',
    ],
  ])('reports %s in people.yml at its line', async (_, people, line, column, message) => {
    const { problems } = await check(REVIEWS, { people });
    expect(problems).toEqual([expect.stringContaining(`people.yml:${line}:${column} `)]);
    expect(problems[0]).toContain(message);
  });
});
