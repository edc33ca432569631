// The examples every email kind carries (src/domain/requests/*.ts), gathered for the golden tests,
// the benchmark and the other tests. Names and numbers are fictional (07700 900xxx is Ofcom's drama
// range). To add an example, add it to its kind's `examples`; this module only derives views.

import { emailKinds } from './catalogue';

export const exampleNow = new Date('2026-11-20T10:00:00Z');
export const exampleMailbox = { address: 'care.vn6c2@nhs.net', displayName: 'Care.VN6C2 (Sunrise House, Durham)' } as const;

/** One realistic, valid input per email kind: its main example. */
export const exampleInputs: Readonly<Record<string, Record<string, unknown>>> = Object.fromEntries(
  emailKinds.map((kind) => [kind.id, kind.examples[0].input as Record<string, unknown>]),
);

/** The personal mailbox the examples use when a kind is sent from a person's own account. */
export const examplePersonalAddress = 'amira.khan3@nhs.net';

export interface GoldenCase {
  /** The golden file's name: the kind id, then the branch. */
  name: string;
  kind: string;
  input: Record<string, unknown>;
  /** The mailbox in use: the site's shared mailbox, or a person's own. */
  from: 'shared' | 'personal';
  /** With `from: 'personal'`, whether the site is known (typed or remembered). */
  siteKnown?: boolean;
}

/**
 * Every kind once, from the mailbox its sender rule names, plus each branch: shared or personal
 * sender, add or remove, new or existing team, the person or the site asking.
 */
export const goldenCases: readonly GoldenCase[] = emailKinds.flatMap((kind) =>
  kind.examples.map((example): GoldenCase => ({
    name: example.branch ? `${kind.id}--${example.branch}` : kind.id,
    kind: kind.id,
    input: example.input as Record<string, unknown>,
    from: example.from ?? (kind.sendFrom === 'personal' ? 'personal' : 'shared'),
    ...(example.siteKnown ? { siteKnown: true } : {}),
  })),
);
