// search.ts: small made-up documents and synonym tables, literal scores and orders.
import { describe, expect, test } from 'vitest';
import { buildIndex, closest, docKey, readQuery, search, type SearchDoc } from './search';
import type { Synonym } from './synonyms';

const req = (id: string, title: string, text = ''): SearchDoc => ({ type: 'request', id, title, text });
const ans = (id: string, title: string, text = ''): SearchDoc => ({ type: 'answer', id, title, text });
const keysOf = (hits: readonly { doc: SearchDoc }[]) => hits.map((h) => docKey(h.doc));
const prefixes = (query: string, typing?: boolean, table: readonly Synonym[] = []) =>
  readQuery(buildIndex([], table), query, typing).map((idea) => idea.alternatives.map((a) => a.prefix));

describe('readQuery: which words may match the start of a longer word', () => {
  test('a word of three letters or more always may; shorter ones only as the last word while typing', () => {
    expect(prefixes('abc zq abcd', true)).toEqual([[true], [false], [true]]);
    expect(prefixes('zq xv', true)).toEqual([[false], [true]]);
    expect(prefixes('zq xv', false)).toEqual([[false], [false]]);
    expect(prefixes('zq xv ', true)).toEqual([[false], [false]]);
    expect(prefixes('zq', true)).toEqual([[true]]);
    expect(prefixes('q', true)).toEqual([[false]]);
    expect(prefixes('abc', false)).toEqual([[true]]);
  });
  test('typing is the default', () => {
    expect(prefixes('zq')).toEqual([[true]]);
    expect(prefixes('xv zq')).toEqual([[false], [true]]);
  });
  test('a trailing space or newline ends the last word', () => {
    expect(prefixes('zq\n', true)).toEqual([[false]]);
    expect(prefixes('zq\t', true)).toEqual([[false]]);
  });
  test('a plain word idea has no best document', () => {
    const ideas = readQuery(buildIndex([]), 'zqx');
    expect(ideas).toHaveLength(1);
    expect(ideas[0]!.best).toEqual([]);
  });
  test('a synonym without best has none; its phrases never match as a prefix', () => {
    const table: Synonym[] = [{ says: ['zed'], means: ['mail'] }];
    const ideas = readQuery(buildIndex([], table), 'zed');
    expect(ideas[0]!.best).toEqual([]);
    expect(ideas[0]!.alternatives.map((a) => [a.phrase.raw, a.weight, a.prefix])).toEqual([
      [['zed'], 1, false],
      [['mail'], 0.9, false],
    ]);
    // Neither "zed" nor "mail" as the start of "zedoary" / "mailbox".
    const index = buildIndex([req('a', 'Zedoary'), req('b', 'Mailbox')], table);
    expect(search(index, 'zed').hits).toEqual([]);
  });
  test('the longest phrase at a place wins, and of two the same length the first in the table', () => {
    const table: Synonym[] = [
      { says: ['locked out'], means: ['unlock'] },
      { says: ['locked'], means: ['frozen'] },
      { says: ['locked out'], means: ['barred'] },
    ];
    const ideas = readQuery(buildIndex([], table), 'locked out');
    expect(ideas).toHaveLength(1);
    expect(ideas[0]!.alternatives.map((a) => a.phrase.raw)).toEqual([['locked', 'out'], ['unlock']]);
    const reversed = readQuery(buildIndex([], [table[1]!, table[0]!]), 'locked out');
    expect(reversed.map((i) => i.alternatives.map((a) => a.phrase.raw))).toEqual([[['locked', 'out'], ['unlock']]]);
  });
  test('a phrase longer than what is left of the query is not looked for; an empty phrase is ignored', () => {
    const table: Synonym[] = [
      { says: ['...'], means: ['x'] },
      { says: ['zed yak'], means: ['mail'] },
    ];
    expect(readQuery(buildIndex([], table), 'zed').map((i) => i.alternatives.length)).toEqual([1]);
    expect(readQuery(buildIndex([], table), 'yak zed').map((i) => i.alternatives.length)).toEqual([1, 1]);
  });
});

describe('search: phrase scores', () => {
  const table: Synonym[] = [
    { says: ['zed yak'], means: [] },
    { says: ['zed yak vim'], means: [] },
    { says: ['zed the yak'], means: [] },
    { says: ['how do'], means: [] },
  ];
  const score = (query: string, title: string) => {
    const hits = search(buildIndex([req('a', title)], table), query).hits;
    return hits.length === 0 ? 0 : hits[0]!.score;
  };
  test('a whole phrase in order scores 1 + 0.25 per extra word, times the field weight', () => {
    expect(score('zed yak', 'zed yak')).toBe(3.75);
    expect(score('zed yak', 'the zed yak')).toBe(3.75);
    expect(score('zed yak vim', 'zed yak vim')).toBe(4.5);
    expect(score('zed yak vim', 'and zed yak vim too')).toBe(4.5);
  });
  test('the words out of order or apart score 0.5 (fillers need not be there)', () => {
    expect(score('zed yak', 'yak zed')).toBe(1.5);
    expect(score('zed yak', 'zed and yak')).toBe(1.5);
    expect(score('zed the yak', 'yak zed')).toBe(1.5);
  });
  test('part of a phrase is no match', () => {
    expect(score('zed yak', 'zed only')).toBe(0);
    expect(score('zed yak vim', 'zed yak')).toBe(0);
    expect(score('zed the yak', 'zed only')).toBe(0);
  });
  test('a phrase of filler words only matches nothing', () => {
    expect(score('how do', 'something else')).toBe(0);
  });
  test('a document scoring exactly 40% of the top is still shown', () => {
    const hits = search(buildIndex([req('a', 'zed yak'), req('b', 'yak zed')], table), 'zed yak').hits;
    expect(hits.map((h) => [h.doc.id, h.score])).toEqual([
      ['a', 3.75],
      ['b', 1.5],
    ]);
  });
});

describe('search: scores, cut-off and order', () => {
  test('the last two letters match the start of a word only while typing (the default)', () => {
    const index = buildIndex([req('a', 'Zqueue')], []);
    expect(keysOf(search(index, 'zq').hits)).toEqual(['request:a']);
    expect(search(index, 'zq').hits[0]!.score).toBeCloseTo(2.1, 10);
    expect(search(index, 'zq', { typing: false }).hits).toEqual([]);
    expect(search(index, 'zq', { typing: true }).hits).toHaveLength(1);
  });
  test('the sum of idea scores is scaled by the share of ideas matched', () => {
    const index = buildIndex([req('a', 'zed yak'), req('b', 'zed yak vim'), req('c', 'zed')], []);
    // b: 3 + 3 + 3, all three ideas; a: (3 + 3) * 2/3; c: one idea of three is not enough.
    expect(search(index, 'zed yak vim').hits.map((h) => [h.doc.id, h.score])).toEqual([
      ['b', 9],
      ['a', 4],
    ]);
  });
  test('a best document is shown with score 0 when no word matches, and flagged best', () => {
    const table: Synonym[] = [{ says: ['zed'], means: [], best: ['request:b'] }];
    const index = buildIndex([req('a', 'zed'), req('b', 'Unrelated')], table);
    const hits = search(index, 'zed').hits;
    expect(hits.map((h) => [h.doc.id, h.score, h.best])).toEqual([
      ['b', 0, true],
      ['a', 3, false],
    ]);
  });
  test('best documents come in the order the table names them, whatever their scores', () => {
    const table: Synonym[] = [{ says: ['zed'], means: [], best: ['request:b', 'request:a', 'answer:c'] }];
    const index = buildIndex([req('a', 'zed'), req('b', 'other', 'zed'), ans('c', 'zed zed'), req('d', 'zed')], table);
    const hits = search(index, 'zed').hits;
    expect(hits.map((h) => [h.doc.id, h.score, h.best])).toEqual([
      ['b', 1, true],
      ['a', 3, true],
      ['c', 3, true],
      ['d', 3, false],
    ]);
  });
  test('requests before answers, each by score, then in document order', () => {
    const index = buildIndex(
      [ans('a1', 'zedxy'), req('r1', 'zedxy'), ans('a2', 'zed'), req('r2', 'zed'), req('r3', 'zed'), req('r4', 'zed'), ans('a3', 'zed')],
      [],
    );
    expect(keysOf(search(index, 'zed').hits)).toEqual([
      'request:r2',
      'request:r3',
      'request:r4',
      'request:r1',
      'answer:a2',
      'answer:a3',
      'answer:a1',
    ]);
  });
});

describe('closest: requests whose words look like the query', () => {
  test('a misspelt word of three letters finds its request; answers are never offered', () => {
    const index = buildIndex([ans('x', 'pin'), req('a', 'pin'), req('b', 'other')], []);
    expect(keysOf(closest(index, 'pim').map((doc) => ({ doc })))).toEqual(['request:a']);
  });
  test('query words that are fillers or shorter than three letters are not counted', () => {
    const index = buildIndex([req('a', 'password')], []);
    expect(closest(index, 'pasword').map((d) => d.id)).toEqual(['a']);
    expect(closest(index, 'pasword the').map((d) => d.id)).toEqual(['a']);
    expect(closest(index, 'pasword zq').map((d) => d.id)).toEqual(['a']);
    expect(closest(index, 'zq the')).toEqual([]);
  });
  test('the likeness is the average over the query words', () => {
    const index = buildIndex([req('a', 'password')], []);
    expect(closest(index, 'pasword qqqqqq')).toEqual([]);
  });
  test('a likeness under 0.45 is not offered; exactly 0.45 is', () => {
    // "abcdef" / "abcxyz" share 3 of 7 + 7 letter triples: 6/14 < 0.45.
    expect(closest(buildIndex([req('a', 'abcxyz')], []), 'abcdef')).toEqual([]);
    // "abcd" / "abxy": 2 of 5 + 5 triples = 0.4; "mnopq" / "mnoxy": 3 of 6 + 6 = 0.5; average 0.45.
    const index = buildIndex([req('a', 'abxy mnoxy')], []);
    expect(closest(index, 'abcd mnopq').map((d) => d.id)).toEqual(['a']);
    expect(closest(index, 'abcd')).toEqual([]);
  });
  test('words of the request shorter than three letters or fillers are not compared', () => {
    expect(closest(buildIndex([req('a', 'zq')], []), 'zqx')).toEqual([]);
    expect(closest(buildIndex([req('a', 'the zzzzzz')], []), 'thex')).toEqual([]);
    expect(closest(buildIndex([req('a', 'the zzzzzz')], []), 'zzzzzz').map((d) => d.id)).toEqual(['a']);
    expect(closest(buildIndex([req('a', 'x', 'pin')], []), 'pim').map((d) => d.id)).toEqual(['a']);
  });
  test('words a synonym says for its best request count as that request’s words', () => {
    const table: Synonym[] = [{ says: ['pin', 'zq', 'the yak'], means: [], best: ['request:a', 'request:nope'] }];
    const index = buildIndex([req('a', 'other'), req('b', 'else')], table);
    expect(closest(index, 'pim').map((d) => d.id)).toEqual(['a']);
    expect(closest(index, 'zqx')).toEqual([]);
    expect(closest(index, 'thex')).toEqual([]);
    expect(closest(index, 'yakk').map((d) => d.id)).toEqual(['a']);
  });
  test('most alike first, then in document order, at most count', () => {
    const index = buildIndex([req('a', 'passwxxx'), req('b', 'password'), req('c', 'passwore'), req('d', 'password')], []);
    expect(closest(index, 'password').map((d) => d.id)).toEqual(['b', 'd', 'c']);
    expect(closest(index, 'password', 2).map((d) => d.id)).toEqual(['b', 'd']);
    expect(closest(index, 'password', 4).map((d) => d.id)).toEqual(['b', 'd', 'c', 'a']);
  });
});
