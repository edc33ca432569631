// Ticket references typed as people say them (issue 27, item 7: "inc 0123456" was refused).
import { describe, expect, test } from 'vitest';
import { composeRequest } from '../compose';
import { identifyMailbox } from '../mailboxIdentity';
import { exampleMailbox, exampleNow as now } from '../examples';
import { normaliseTicketReference } from './text';

const mailbox = identifyMailbox(exampleMailbox.address, exampleMailbox.displayName);
const chase = (ticketReference: string) =>
  composeRequest(
    'escalation',
    { ticketReference, callDateTime: '', summary: 'Two new starters have not arrived.', yourName: '' },
    { mailbox, now },
  );

describe('ticket references: case and spacing as the mobile field treats them', () => {
  test.each(['inc 0123456', 'INC 0123456', 'Inc0123456', ' inc 012 3456 ', 'inc\u00a00123456'])('"%s" is INC0123456', (typed) => {
    expect(normaliseTicketReference(typed.trim())).toBe('INC0123456');
    const result = chase(typed);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.message.text).toContain('Ticket reference: INC0123456');
  });
  test('hyphens are kept; anything else still refused with the same message', () => {
    expect(normaliseTicketReference('ritm-00123')).toBe('RITM-00123');
    const bad = chase('inc #0123');
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.errors).toContainEqual({ path: 'ticketReference', message: 'A ticket reference is letters and numbers, like INC0123456' });
  });
});
