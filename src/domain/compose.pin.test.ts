// Pins composeRequest's own decisions through real kinds (mutation testing, issue 11): who speaks
// (site or self) for each sender rule, the site block and sign-off, each sender warning, the site
// a request needs, and the catch-all that turns a bug into "Nothing was composed". Wording of the
// kinds' own texts is left to the golden emails.
import { describe, expect, test } from 'vitest';
import { composeRequest, siteOf, type ComposeContext } from './compose';
import { exampleInputs, exampleNow } from './examples';
import { identifyMailbox } from './mailboxIdentity';
import { siteMissingMessage } from './siteMessage';

const shared = identifyMailbox('care.vn6c2@nhs.net', 'Care.VN6C2 (Sunrise House, Durham)');
const bare = identifyMailbox('care.vn6c2@nhs.net');
const personal = identifyMailbox('amira.khan3@nhs.net');
const now = exampleNow;
const compose = (kind: string, input: unknown, context: Partial<ComposeContext>) =>
  composeRequest(kind, input, { now, mailbox: personal, ...context } as ComposeContext);
const ok = (r: ReturnType<typeof composeRequest>) => {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
};
const colleague = { forWhom: 'colleague', currentName: 'Sarah Bell', newName: 'Sarah Okafor', nhsmailAddress: 'sarah.bell7@nhs.net' };
const self = { forWhom: 'self', currentName: 'Amira Khan', newName: 'Amira Okafor', nhsmailAddress: 'amira.khan3@nhs.net' };
const access = { firstName: 'Amira', lastName: 'Khan', odsCode: 'VN6C2' };

describe('siteOf (pinned)', () => {
  test('the shared mailbox in use, else the named shared one, else none', () => {
    expect(siteOf({ mailbox: shared })).toBe(shared);
    expect(siteOf({ mailbox: personal, sharedMailbox: shared })).toBe(shared);
    expect(siteOf({ mailbox: personal, sharedMailbox: personal })).toBeUndefined();
    expect(siteOf({ mailbox: undefined as never, sharedMailbox: identifyMailbox('x@example.org') })).toBeUndefined();
    expect(siteOf({ mailbox: undefined as never, sharedMailbox: shared })).toBe(shared);
  });
});

describe('who speaks, the site block and the sign-off (pinned)', () => {
  test('a shared-only kind from the shared mailbox: "Our site", signed by the team at the site, no warning', () => {
    const r = ok(compose('add-user', exampleInputs['add-user'], { mailbox: shared }));
    expect(r.message.text).toContain(
      'Our site\n  Shared mailbox: care.vn6c2@nhs.net\n  ODS code: VN6C2\n  Site name: Sunrise House\n  Town: Durham',
    );
    expect(r.message.text.endsWith('Kind regards,\nThe team at Sunrise House, Durham')).toBe(true);
    expect(r.message.subject).toBe('New user accounts – VN6C2 – Sunrise House');
    expect(r.message.to).toEqual(['helpdesk@nhs.net']);
    expect(r.message.cc).toEqual([]);
    expect(r.warnings.map((w) => w.code)).not.toContain('send-from-shared');
  });

  test('without a site name the team signs with the address, and the block has no name or town', () => {
    const r = ok(compose('add-user', exampleInputs['add-user'], { mailbox: bare }));
    expect(r.message.text.endsWith('Kind regards,\nThe team at care.vn6c2@nhs.net')).toBe(true);
    expect(r.message.text).not.toContain('Site name:');
    expect(r.message.text).not.toContain('Town:');
    expect(r.message.subject).toBe('New user accounts – VN6C2');
  });

  test('a shared-only kind from a personal mailbox, site known: composed as the site, with the send-from-shared warning', () => {
    const r = ok(compose('add-user', exampleInputs['add-user'], { mailbox: personal, sharedMailbox: shared }));
    expect(r.message.text).toContain('Our site\n');
    expect(r.warnings).toContainEqual({
      code: 'send-from-shared',
      message:
        'NAS only acts on this request when it comes from the shared mailbox. Send it from care.vn6c2@nhs.net, not from amira.khan3@nhs.net.',
    });
  });

  test('a shared-only kind with no mailbox in use says "this mailbox"', () => {
    const r = ok(compose('add-user', exampleInputs['add-user'], { mailbox: undefined, sharedMailbox: shared }));
    expect(r.warnings).toContainEqual(
      expect.objectContaining({ code: 'send-from-shared', message: expect.stringContaining('not from this mailbox.') }),
    );
  });

  test('a shared-only kind with no site: the site error, first, next to the field errors', () => {
    expect(compose('add-user', exampleInputs['add-user'], { mailbox: personal })).toEqual({
      ok: false,
      errors: [{ path: 'site', message: siteMissingMessage }],
    });
    const r = compose('add-user', {}, { mailbox: personal });
    expect(!r.ok && r.errors[0]).toEqual({ path: 'site', message: siteMissingMessage });
    expect(!r.ok && r.errors.length).toBeGreaterThan(1);
  });

  test('a personal-only kind: "My site", no team sign-off; from the shared mailbox it warns to use your own account', () => {
    const mine = ok(compose('missing-shared-access', access, { mailbox: personal, sharedMailbox: shared }));
    expect(mine.message.text).toContain('My site\n  Shared mailbox: care.vn6c2@nhs.net');
    expect(mine.message.text).not.toContain('The team at');
    expect(mine.warnings.map((w) => w.code)).toEqual([]);
    const wrong = ok(compose('missing-shared-access', access, { mailbox: shared }));
    expect(wrong.message.text).toContain('My site\n');
    expect(wrong.warnings).toContainEqual({
      code: 'send-from-personal',
      message: 'Send this from your own NHSmail account, not from the shared mailbox care.vn6c2@nhs.net.',
    });
  });

  test('a kind either may send, whose branch names the voice: the site asking, or the person', () => {
    const site = ok(compose('name-change', colleague, { mailbox: shared }));
    expect(site.message.text).toContain('Our site\n');
    expect(site.message.text.endsWith('The team at Sunrise House, Durham')).toBe(true);
    expect(site.warnings.map((w) => w.code)).not.toContain('send-from-shared');
    const siteFromPersonal = ok(compose('name-change', colleague, { mailbox: personal, sharedMailbox: shared }));
    expect(siteFromPersonal.warnings.map((w) => w.code)).toContain('send-from-shared');
    const me = ok(compose('name-change', self, { mailbox: personal, sharedMailbox: shared }));
    expect(me.message.text).toContain('My site\n');
    expect(me.message.text.endsWith('Kind regards,\nAmira Khan')).toBe(true);
    expect(me.warnings.map((w) => w.code)).not.toContain('send-from-shared');
    expect(me.warnings.map((w) => w.code)).not.toContain('send-from-personal');
  });

  test('the site speaking without a known site is refused with the site error', () => {
    expect(compose('name-change', colleague, { mailbox: personal })).toEqual({
      ok: false,
      errors: [{ path: 'site', message: siteMissingMessage }],
    });
    expect(compose('name-change', self, { mailbox: personal }).ok).toBe(true);
  });
});

describe('composeRequest never throws (pinned)', () => {
  test('an unknown kind is named', () => {
    expect(compose('no-such-kind', {}, {})).toEqual({
      ok: false,
      errors: [{ path: '', message: 'There is no request called "no-such-kind".' }],
    });
  });

  test('an exception inside becomes one error and nothing composed', () => {
    const throwing = {
      now,
      get mailbox(): never {
        throw new Error('host gone');
      },
    } as unknown as ComposeContext;
    expect(composeRequest('add-user', exampleInputs['add-user'], throwing)).toEqual({
      ok: false,
      errors: [{ path: '', message: 'Something went wrong preparing this request (host gone). Nothing was composed.' }],
    });
    const odd = {
      now,
      get mailbox(): never {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- a thrown non-Error is the case under test
        throw 'not an Error';
      },
    } as unknown as ComposeContext;
    expect(composeRequest('add-user', exampleInputs['add-user'], odd)).toEqual({
      ok: false,
      errors: [{ path: '', message: 'Something went wrong preparing this request (unknown error). Nothing was composed.' }],
    });
  });
});

describe('a kind either may send, with no voice of its own: the mailbox in use decides (pinned)', () => {
  const input = exampleInputs['ods-query'];

  test('from the shared mailbox: the site speaks and signs', () => {
    const r = ok(compose('ods-query', input, { mailbox: shared }));
    expect(r.message.text).toContain('Our site\n');
    expect(r.message.text.endsWith('Kind regards,\nThe team at Sunrise House, Durham')).toBe(true);
  });

  test('from a personal mailbox with the site known: the person speaks and, with no name given, signs with their own address (issue 26.5)', () => {
    const r = ok(compose('ods-query', input, { mailbox: personal, sharedMailbox: shared }));
    expect(r.message.text).toContain('My site\n');
    expect(r.message.text).not.toContain('The team at');
    expect(r.message.text.endsWith(`Kind regards,\n${personal.address}`)).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual([]);
  });
});

describe('no mailbox in use (pinned)', () => {
  test('a site-only request for a named site, with no mailbox in use, asks to send it from the site, "not from this mailbox"', () => {
    const r = ok(composeRequest('add-user', exampleInputs['add-user'], { now, mailbox: undefined as never, sharedMailbox: shared }));
    expect(r.warnings).toEqual([
      {
        code: 'send-from-shared',
        message:
          'NAS only acts on this request when it comes from the shared mailbox. Send it from care.vn6c2@nhs.net, not from this mailbox.',
      },
    ]);
  });
});
