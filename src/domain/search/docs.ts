// The documents the search looks through: each request (its name and when to use it) and each
// question (with its answer). Built from the catalogue and the FAQ by whoever loads them.

import type { SearchDoc } from './search';

/** A request kind as the search needs it: the catalogue's kinds fit. */
export interface SearchableKind {
  id: string;
  title: string;
  explanation: { when: string };
}

/** A question as the search needs it: the FAQ's entries fit. */
export interface SearchableAnswer {
  id: string;
  question: string;
  answer: string;
}

export function requestDocs(kinds: readonly SearchableKind[]): SearchDoc[] {
  return kinds.map((k) => ({ type: 'request', id: k.id, title: k.title, text: k.explanation.when }));
}

export function answerDocs(entries: readonly SearchableAnswer[]): SearchDoc[] {
  return entries.map((e) => ({ type: 'answer', id: e.id, title: e.question, text: e.answer }));
}
