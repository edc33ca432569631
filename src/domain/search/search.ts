// One search over the requests and the questions and answers: pure, no React, no data of its own
// (the caller passes the documents, so the pane can load them when the search is first used).
//
// How a query is read:
// 1. Its words, in order. Phrases from the synonym table are found first, the longest at each
//    place ("how long does it take", "locked out"); each becomes one idea whose alternatives are
//    the phrase itself and what it means here.
// 2. Every other word that is not a filler ("how", "do", "I") is an idea of its own. Words match
//    whole words only ("out" never matches inside "without"), by a light stem ("leaving" meets
//    "leave"), or as the start of a word ("mater" finds "maternity", at a lower weight).
// 3. A document scores, for each idea, its best match: in the title (3) or the text (1), a whole
//    phrase in order counting more than scattered words. The sum is scaled by the share of ideas
//    it matched, and a document must match at least half of them.
// Results: the synonym table's `best` first, then requests, then answers, each by score; weak
// matches (under 40% of the best score) are left out. With no result, `closest` offers the
// requests whose words look most like the query's.

import { synonyms as defaultSynonyms, type Synonym } from './synonyms';
import { fillerWords, genericWords, stem, words } from './words';

export type DocType = 'request' | 'answer';

export interface SearchDoc {
  type: DocType;
  /** A request kind's id, or a question's id. */
  id: string;
  /** The request's name, or the question. */
  title: string;
  /** The request's description, or the answer. */
  text: string;
}

/** `request:add-user`, `answer:hours`: how the synonym table names a document. */
export const docKey = (doc: Pick<SearchDoc, 'type' | 'id'>) => `${doc.type}:${doc.id}`;

interface Field {
  weight: number;
  raw: string[];
  stems: string[];
}
interface IndexedDoc {
  doc: SearchDoc;
  key: string;
  order: number;
  fields: Field[];
}
interface Phrase {
  raw: string[];
  stems: string[];
}
interface IndexedSynonym {
  says: Phrase[];
  means: Phrase[];
  best: readonly string[];
}

export interface SearchIndex {
  docs: readonly IndexedDoc[];
  synonyms: readonly IndexedSynonym[];
}

export const titleWeight = 3;
export const textWeight = 1;
/** A document must score at least this share of the top score to be shown. */
export const cutoffShare = 0.4;

const phrase = (text: string): Phrase => {
  const raw = words(text);
  return { raw, stems: raw.map(stem) };
};

const field = (text: string, weight: number): Field => {
  const raw = words(text);
  return { weight, raw, stems: raw.map(stem) };
};

/** Index the documents once; searching is then cheap enough to run on every keystroke. */
export function buildIndex(docs: readonly SearchDoc[], table: readonly Synonym[] = defaultSynonyms): SearchIndex {
  return {
    docs: docs.map((doc, order) => ({
      doc,
      key: docKey(doc),
      order,
      fields: [field(doc.title, titleWeight), field(doc.text, textWeight)],
    })),
    synonyms: table.map((s) => ({ says: s.says.map(phrase), means: s.means.map(phrase), best: s.best ?? [] })),
  };
}

interface Alternative {
  phrase: Phrase;
  weight: number;
  /** Whether the last word may match the start of a longer word. */
  prefix: boolean;
}
interface Idea {
  alternatives: Alternative[];
  best: readonly string[];
}

/** The ideas in a query (see the top of this file). `typing`: the last word may be unfinished. */
export function readQuery(index: SearchIndex, query: string, typing = true): Idea[] {
  const raw = words(query);
  const stems = raw.map(stem);
  const lastMayGrow = typing && !/\s$/.test(query);
  const ideas: Idea[] = [];
  let i = 0;
  while (i < raw.length) {
    let found: { length: number; synonym: IndexedSynonym; said: Phrase } | undefined;
    for (const synonym of index.synonyms) {
      for (const said of synonym.says) {
        const n = said.stems.length;
        // Stryker disable next-line ConditionalExpression,ArithmeticOperator: past the end stems[i + k] is undefined and never equals a stem (a string), so skipping early only saves work
        if (n === 0 || i + n > raw.length || (found && found.length >= n)) continue;
        if (said.stems.every((s, k) => stems[i + k] === s)) found = { length: n, synonym, said };
      }
    }
    if (found) {
      ideas.push({
        alternatives: [
          { phrase: found.said, weight: 1, prefix: false },
          ...found.synonym.means.map((m) => ({ phrase: m, weight: 0.9, prefix: false })),
        ],
        best: found.synonym.best,
      });
      i += found.length;
      continue;
    }
    const word = raw[i]!;
    const last = i === raw.length - 1;
    if (!fillerWords.has(word)) {
      ideas.push({
        alternatives: [
          { phrase: { raw: [word], stems: [stems[i]!] }, weight: 1, prefix: word.length >= 3 || (last && lastMayGrow && word.length >= 2) },
        ],
        best: [],
      });
    }
    i++;
  }
  return ideas;
}

/** How well one phrase matches one field: 1 for the whole phrase in order, less for parts. */
function matchField(p: Phrase, f: Field, prefix: boolean): number {
  const n = p.stems.length;
  if (n === 1) {
    const s = p.stems[0]!;
    if (f.stems.includes(s)) return 1;
    const w = p.raw[0]!;
    // Stryker disable next-line EqualityOperator,ConditionalExpression: r no longer than w starts with w only when r === w, and then the stems are equal and 1 was returned above
    if (prefix && f.raw.some((r) => r.length > w.length && r.startsWith(w))) return 0.7;
    return 0;
  }
  // Stryker disable next-line ArithmeticOperator: starts past the end compare undefined with a stem, never equal, so extra iterations change nothing
  for (let start = 0; start + n <= f.stems.length; start++) {
    if (p.stems.every((s, k) => f.stems[start + k] === s)) return 1 + 0.25 * (n - 1);
  }
  // Every meaningful word of the phrase somewhere in the field: a weaker match.
  const meaningful = p.stems.filter((_, k) => !fillerWords.has(p.raw[k]!));
  if (meaningful.length > 0 && meaningful.every((s) => f.stems.includes(s))) return 0.5;
  return 0;
}

function ideaScore(idea: Idea, doc: IndexedDoc): number {
  let best = 0;
  for (const alt of idea.alternatives)
    for (const f of doc.fields) best = Math.max(best, alt.weight * f.weight * matchField(alt.phrase, f, alt.prefix));
  return best;
}

/** Ties keep the documents' order. */
// Stryker disable next-line ArithmeticOperator,ArrowFunction: both sorts get their items in document order already and Array.prototype.sort is stable, so a tie-break that always says "later" (order + order) or "tie" (undefined) leaves them in that order too
const inDocumentOrder = (a: { d: IndexedDoc }, b: { d: IndexedDoc }) => a.d.order - b.d.order;

export interface Hit {
  doc: SearchDoc;
  score: number;
  /** The synonym table names this document as what the query most often means. */
  best: boolean;
}

export interface SearchOutcome {
  /** The query had nothing to search for (empty, or filler words only). */
  blank: boolean;
  /** Best first, then requests, then answers, each by relevance. */
  hits: Hit[];
}

/** Search the index; see the top of this file for the rules. */
export function search(index: SearchIndex, query: string, options: { typing?: boolean } = {}): SearchOutcome {
  // Stryker disable next-line LogicalOperator: `undefined && true` is undefined, and readQuery's default turns an undefined typing into true
  const ideas = readQuery(index, query, options.typing ?? true);
  if (ideas.length === 0) return { blank: true, hits: [] };
  const needed = Math.ceil(ideas.length / 2);
  const bestKeys = ideas.flatMap((idea) => idea.best);
  const scored = index.docs.map((d) => {
    const scores = ideas.map((idea) => ideaScore(idea, d));
    // An idea counts as matched where the document is what it most often means.
    const matched = ideas.filter((idea, k) => scores[k]! > 0 || idea.best.includes(d.key)).length;
    const total = scores.reduce((a, b) => a + b, 0);
    const enough = matched >= needed;
    return { d, score: enough ? (total * matched) / ideas.length : 0, best: enough ? bestKeys.indexOf(d.key) : -1 };
  });
  const top = Math.max(0, ...scored.map((s) => s.score));
  const shown = scored.filter((s) => s.best >= 0 || (s.score > 0 && s.score >= cutoffShare * top));
  const rank = (s: (typeof shown)[number]) => (s.best >= 0 ? 0 : s.d.doc.type === 'request' ? 1 : 2);
  shown.sort(
    // Stryker disable next-line ConditionalExpression,LogicalOperator: when only one of a, b is best, rank already differs; when neither, a.best - b.best is -1 - -1 = 0
    (a, b) => rank(a) - rank(b) || (a.best >= 0 && b.best >= 0 ? a.best - b.best : 0) || b.score - a.score || inDocumentOrder(a, b),
  );
  return { blank: false, hits: shown.map((s) => ({ doc: s.d.doc, score: s.score, best: s.best >= 0 })) };
}

/** Letter triples of a word, padded, for a rough likeness of spellings. */
function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

function likeness(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  let shared = 0;
  for (const g of ta) if (tb.has(g)) shared++;
  return (2 * shared) / (ta.size + tb.size);
}

/** Below this likeness a request is not offered as "closest". */
export const closestLikeness = 0.45;

/**
 * For a search with no result: up to `count` requests whose words look most like the query's
 * (misspellings: "pasword", "maternaty"), never on a generic word alone (words.ts), by the average likeness of each query word to its nearest
 * word in the request or in a synonym that points at it; none when nothing is close.
 */
export function closest(index: SearchIndex, query: string, count = 3): SearchDoc[] {
  const telling = (w: string) => !fillerWords.has(w) && !genericWords.has(w) && w.length >= 3;
  const asked = words(query).filter(telling);
  // Stryker disable next-line ConditionalExpression: with no asked word every likeness is 0 / 0 = NaN, which no filter passes, so the result is [] anyway
  if (asked.length === 0) return [];
  const requests = index.docs.filter((d) => d.doc.type === 'request');
  const vocab = new Map<string, Set<string>>();
  for (const d of requests) vocab.set(d.key, new Set(d.fields.flatMap((f) => f.raw).filter(telling)));
  for (const s of index.synonyms)
    for (const key of s.best) {
      const set = vocab.get(key);
      if (set) for (const said of s.says) for (const w of said.raw) if (telling(w)) set.add(w);
    }
  const ranked = requests
    .map((d) => {
      // Stryker disable next-line ArrayDeclaration: vocab has a set for every request's key (set in the loop above), so the fallback is never used
      const own = [...(vocab.get(d.key) ?? [])];
      const near = asked.map((q) => Math.max(0, ...own.map((w) => likeness(q, w))));
      return { d, like: near.reduce((a, b) => a + b, 0) / near.length };
    })
    .filter((r) => r.like >= closestLikeness)
    .sort((a, b) => b.like - a.like || inDocumentOrder(a, b));
  return ranked.slice(0, count).map((r) => r.d.doc);
}
