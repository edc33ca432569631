// The preview's pretend Outlook raises the compose events to the event runtime, and shows the
// notifications the real handler puts on the email, with Outlook's limits on them.
import { describe, expect, test, vi } from 'vitest';
import { MemoryHost } from './memoryHost';
import { memoryStorage } from './host';
import { defaultScenario } from './scenario';
import { onComposeChanged } from '../events/onComposeChanged';
import { guardData } from '../events/guardData';
import { fromNoticeKey } from '../domain/sendGuardProtocol';

const message = {
  to: ['helpdesk@nhs.net'],
  cc: [],
  subject: 'New user accounts – VN6C2 – Sunrise House',
  text: 'Please add Jane Smith.',
  html: '<p>Please add Jane Smith.</p>',
};

function compose(from = 'amira.khan3@nhs.net') {
  const host = new MemoryHost({ ...defaultScenario, mode: 'compose', from }, memoryStorage());
  const events: string[] = [];
  host.onComposeEvent((e) => {
    events.push(e);
    void onComposeChanged({ completed: () => undefined }, { office: host.eventOffice(), data: guardData });
  });
  return { host, events };
}

describe('the preview event runtime', () => {
  test('filling raises the recipients event; the notice appears; From fixed raises the From event and it goes', async () => {
    const { host, events } = compose();
    await host.fillCurrent(message);
    await vi.waitFor(() => expect(host.notices.map((n) => n.key)).toEqual([fromNoticeKey]));
    expect(host.notices[0]!.message).toMatch(/^NAS acts on "New user accounts" only from the shared mailbox/);
    host.setFrom('care.vn6c2@nhs.net');
    await vi.waitFor(() => expect(host.notices).toEqual([]));
    expect(events).toEqual(['recipients', 'from']);
  });

  test('the mark names the mailbox the pane confirmed; Dismiss removes the notice until the next change', async () => {
    const { host } = compose();
    host.storage.set('mailboxes', '["care.vn6c2@nhs.net"]');
    await host.fillCurrent(message);
    await vi.waitFor(() => expect(host.notices[0]?.message).toMatch(/choose care\.vn6c2@nhs\.net\.$/));
    const version = host.messageVersion;
    host.dismissNotice(fromNoticeKey);
    expect(host.notices).toEqual([]);
    expect(host.messageVersion).toBeGreaterThan(version);
    host.dismissNotice(fromNoticeKey); // nothing left: nothing happens
    host.setFrom('amira.khan3@nhs.net');
    await vi.waitFor(() => expect(host.notices).toHaveLength(1));
  });

  test("Outlook's limits hold: a key over 32 characters, a message over 150 or no icon is refused; removing a missing key fails", async () => {
    const { host } = compose();
    const notices = (
      host.eventOffice().context.mailbox.item as unknown as { notificationMessages: Record<string, (...a: unknown[]) => void> }
    ).notificationMessages;
    const answer = (call: (cb: (r: { status: string }) => void) => void) => new Promise<string>((done) => call((r) => done(r.status)));
    expect(await answer((cb) => notices.replaceAsync!('k'.repeat(33), { message: 'x', icon: 'Icon.16' }, cb))).toBe('failed');
    expect(await answer((cb) => notices.replaceAsync!('k', { message: 'x'.repeat(151), icon: 'Icon.16' }, cb))).toBe('failed');
    expect(await answer((cb) => notices.replaceAsync!('k', { message: 'x' }, cb))).toBe('failed');
    expect(await answer((cb) => notices.removeAsync!('k', cb))).toBe('failed');
    expect(await answer((cb) => notices.replaceAsync!('k', { message: 'x', icon: 'Icon.16' }, cb))).toBe('succeeded');
    expect(await answer((cb) => notices.replaceAsync!('k', { message: 'y', icon: 'Icon.16' }, cb))).toBe('succeeded');
    expect(host.notices).toEqual([{ key: 'k', message: 'y' }]);
  });

  test('read mode has no item for the event runtime; an email not to NAS gets no notice', async () => {
    const read = new MemoryHost(defaultScenario, memoryStorage());
    expect(read.eventOffice().context.mailbox.item).toBeUndefined();
    const { host } = compose();
    await host.fillCurrent({ ...message, to: ['ward7@nhs.net'] });
    await new Promise((r) => setTimeout(r, 20));
    expect(host.notices).toEqual([]);
  });
});
