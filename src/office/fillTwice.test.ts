// "Fill this email" twice replaces the request it inserted, in both hosts alike.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { OfficeMockObject } from 'office-addin-mock';
import { OfficeHost } from './officeHost';
import { MemoryHost } from './memoryHost';
import { memoryStorage } from './host';
import { defaultScenario } from './scenario';
import { markedHtml, replaceInsertedText, replaceMarkedHtml, requestMarker } from './fillMarker';

type Callback = (result: { status: string; value?: unknown }) => void;
const first = {
  to: ['helpdesk@nhs.net'],
  cc: [],
  subject: 'Shared mailbox audit – VN6C2',
  text: 'First request',
  html: '<p>First request</p>',
};
const second = { ...first, text: 'Second request', html: '<p>Second request</p>' };
const count = (body: string, text: string) => body.split(text).length - 1;

/** An Outlook compose item whose body really changes: getAsync returns what set/prepend wrote. */
function installCompose(type: 'html' | 'text', initial: string) {
  let body = initial;
  const textOf = (html: string) => html.replace(/<br\s*\/?>/g, '\n').replace(/<[^>]+>/g, '');
  const item = {
    subject: {
      getAsync: (cb: Callback) => cb({ status: 'succeeded', value: '' }),
      setAsync: (_v: string, cb: Callback) => cb({ status: 'succeeded' }),
    },
    to: { setAsync: (_v: string[], cb: Callback) => cb({ status: 'succeeded' }) },
    from: { getAsync: (cb: Callback) => cb({ status: 'succeeded', value: { emailAddress: 'care.vn6c2@nhs.net' } }) },
    body: {
      getTypeAsync: (cb: Callback) => cb({ status: 'succeeded', value: type }),
      getAsync: (coercion: string, cb: Callback) =>
        cb({ status: 'succeeded', value: coercion === 'html' && type === 'html' ? body : type === 'html' ? textOf(body) : body }),
      setAsync: vi.fn((v: string, _o: unknown, cb: Callback) => {
        body = v;
        cb({ status: 'succeeded' });
      }),
      prependAsync: vi.fn((v: string, _o: unknown, cb: Callback) => {
        body = v + body;
        cb({ status: 'succeeded' });
      }),
    },
  };
  (globalThis as { Office?: unknown }).Office = new OfficeMockObject({
    host: 'outlook',
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Html: 'html', Text: 'text' },
    EventType: {},
    context: { requirements: { isSetSupported: () => true }, mailbox: { userProfile: { emailAddress: 'amira.khan3@nhs.net' }, item } },
  } as never);
  return { body: () => body };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('OfficeHost: filling twice replaces the request', () => {
  test('HTML body with a signature: one request, the second one, signature kept below', async () => {
    const outlook = installCompose('html', '<p>Kind regards, Amira</p>');
    const host = new OfficeHost();
    await host.fillCurrent(first);
    await host.fillCurrent(second);
    expect(count(outlook.body(), requestMarker)).toBe(1);
    expect(outlook.body()).not.toContain('First request');
    expect(outlook.body()).toContain('Second request');
    expect(outlook.body().indexOf('Second request')).toBeLessThan(outlook.body().indexOf('Kind regards, Amira'));
  });

  test('an Outlook that prefixes ids (x_) is still recognised', async () => {
    const outlook = installCompose('html', `<div id="x_${requestMarker}"><p>First request</p></div><br><p>Kind regards</p>`);
    await new OfficeHost().fillCurrent(second);
    expect(outlook.body()).not.toContain('First request');
    expect(count(outlook.body(), 'Second request')).toBe(1);
    expect(outlook.body()).toContain('Kind regards');
  });

  test('plain-text body: the inserted text is replaced, the signature kept', async () => {
    const outlook = installCompose('text', 'Kind regards, Amira');
    const host = new OfficeHost();
    await host.fillCurrent(first);
    await host.fillCurrent(second);
    expect(outlook.body()).toBe('Second request\n\nKind regards, Amira');
  });
});

describe('MemoryHost behaves the same', () => {
  test('a second fill replaces the first, in the body and in the simulated email list', async () => {
    const host = new MemoryHost({ ...defaultScenario, mode: 'compose' }, memoryStorage());
    host.setBody('<p>Kind regards, Amira</p>');
    await host.fillCurrent(first);
    const v = host.messageVersion;
    await host.fillCurrent(second);
    expect(count(host.currentBody, requestMarker)).toBe(1);
    expect(host.currentBody).not.toContain('First request');
    expect(host.currentBody).toContain('Kind regards, Amira');
    expect(host.messages).toHaveLength(1);
    expect(host.messages[0]!.text).toBe('Second request');
    expect(host.messageVersion).toBeGreaterThan(v);
  });
});

describe('the marker helpers', () => {
  test('no marker, or text no longer at the start: nothing is replaced (the request is added instead)', () => {
    expect(replaceMarkedHtml('<p>Hello</p>', '<p>x</p>')).toBeUndefined();
    expect(replaceInsertedText('Someone typed first\nFirst request', 'First request', 'Second')).toBeUndefined();
    expect(replaceInsertedText('First request\r\n\r\nSig', 'First request', 'Second')).toBe('Second\n\nSig');
  });

  test('a whole HTML document keeps its head', () => {
    const doc = `<html><head><style>p{}</style></head><body>${markedHtml('<p>Old</p>')}<p>Sig</p></body></html>`;
    const out = replaceMarkedHtml(doc, '<p>New</p>')!;
    expect(out).toContain('<style>p{}</style>');
    expect(out).toContain('<p>New</p>');
    expect(out).not.toContain('Old');
  });
});
