import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idsStartingWith, intersect } from './name-search';

const ids = (...values: number[]) => Uint32Array.from(values);
const chunk = new Map([
  ['villeneuve', ids(15, 21)],
  ['vin', ids(19)],
  ['vincent', ids(3, 19, 40)],
  ['vittorio', ids(18)],
  ['vi', ids(7)],
]);

describe('idsStartingWith', () => {
  it.each([
    ['villeneuve', [15, 21]],
    ['ville', [15, 21]],
    ['vin', [3, 19, 40]],
    ['vi', [3, 7, 15, 18, 19, 21, 40]],
    ['vitt', [18]],
    ['villeneuves', []],
    ['x', []],
  ])('finds the reviews with a word beginning %j, ascending, each once', (prefix, expected) => {
    expect(Array.from(idsStartingWith(chunk, prefix))).toEqual(expected);
  });

  it('finds nothing in an empty chunk', () => {
    expect(Array.from(idsStartingWith(new Map(), 'vi'))).toEqual([]);
  });
});

describe('intersect', () => {
  it.each([
    [
      [
        [1, 2, 3, 9],
        [2, 3, 4, 9],
        [0, 3, 9],
      ],
      [3, 9],
    ],
    [[[5, 6]], [5, 6]],
    [[[1, 2], []], []],
    [[], []],
  ])('keeps the ids in every one of %j', (lists, expected) => {
    expect(Array.from(intersect(lists.map((list) => Uint32Array.from(list))))).toEqual(expected);
  });

  it('never changes the lists it is given', () => {
    const only = ids(4, 8);
    const result = intersect([only]);
    result.fill(0);
    expect(Array.from(only)).toEqual([4, 8]);
  });
});

describe('the name search, for any chunk and query', () => {
  /** Ascending ids, each once, as the publisher stores them. */
  const idList = fc.uniqueArray(fc.nat({ max: 500 }), { maxLength: 30 }).map((list) => list.sort((a, b) => a - b));
  const word = fc.stringMatching(/^[a-c]{1,5}$/);
  const anyChunk = fc.uniqueArray(fc.tuple(word, idList), { selector: ([w]) => w, maxLength: 15 });

  it('agrees with a plain filter over the words', () => {
    fc.assert(
      fc.property(anyChunk, word, (entries, prefix) => {
        const expected = [...new Set(entries.filter(([w]) => w.startsWith(prefix)).flatMap(([, list]) => list))].sort(
          (a, b) => a - b,
        );
        const found = idsStartingWith(new Map(entries.map(([w, list]) => [w, Uint32Array.from(list)])), prefix);
        expect(Array.from(found)).toEqual(expected);
      }),
    );
  });

  it('intersects like sets, in ascending order', () => {
    fc.assert(
      fc.property(fc.array(idList, { minLength: 1, maxLength: 5 }), (lists) => {
        const expected = lists[0]!.filter((id) => lists.every((list) => list.includes(id)));
        expect(Array.from(intersect(lists.map((list) => Uint32Array.from(list))))).toEqual(expected);
      }),
    );
  });
});
