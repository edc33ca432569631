// Text past a field's limit stays in the box (the pane no longer cuts it, issue 27 item 5), so
// every field with a limit must refuse it: nothing longer than a box takes ever reaches NAS.
import { expect, test } from 'vitest';
import { requestKinds } from '../catalogue';
import { identifyMailbox } from '../mailboxIdentity';
import { exampleMailbox, exampleNow as now } from '../examples';
import type { FieldMap, ScalarField } from './types';

const ctx = { now, mailbox: identifyMailbox(exampleMailbox.address) };

function limited(fields: FieldMap, prefix = ''): [string, ScalarField][] {
  return Object.entries(fields).flatMap(([key, f]): [string, ScalarField][] =>
    f.type === 'scalar' ? (f.ui.maxLength ? [[`${prefix}${key}`, f]] : []) : limited(f.fields, `${prefix}${key}.`),
  );
}
const cases = requestKinds.flatMap((k) =>
  k.route === 'email' ? limited(k.fields).map(([path, f]) => [`${k.id} ${path}`, f] as const) : [],
);

test('there are limited fields to check', () => expect(cases.length).toBeGreaterThan(30));
test.each(cases)('%s never passes on text longer than its limit (one character past it, and far past it)', (_, field) => {
  const max = field.ui.maxLength!;
  for (const text of [`${'Ab '.repeat(max)}`.slice(0, max + 1).replace(/ $/, 'x'), 'Jane Smith '.repeat(max)]) {
    const parsed = field.schema(ctx).safeParse(text);
    // Refused, or (a ticket reference loses its spaces) put right to within the limit.
    if (parsed.success) expect(String(parsed.data).length).toBeLessThanOrEqual(max);
    else expect(parsed.success).toBe(false);
  }
});
