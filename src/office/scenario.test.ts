// scenario.ts: how the preview URL is read (trimming, the sender format) and written.
import { describe, expect, test } from 'vitest';
import { defaultScenario, scenarioFromQuery, scenarioToQuery } from './scenario';

const q = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;
const sender = (itemFrom: string) => scenarioFromQuery(q({ itemFrom })).item?.from;

describe('scenarioFromQuery', () => {
  test('mailbox, user and from are trimmed', () => {
    const s = scenarioFromQuery(q({ mailbox: ' pharmacy.fh542@nhs.net ', user: ' a@nhs.net ', from: ' b@nhs.net ' }));
    expect(s.mailbox).toBe('pharmacy.fh542@nhs.net');
    expect(s.user).toBe('a@nhs.net');
    expect(s.from).toBe('b@nhs.net');
  });
  test('blank mailbox, user and from fall back', () => {
    const s = scenarioFromQuery(q({ mailbox: '  ', user: '', from: ' ' }));
    expect(s.mailbox).toBe('care.vn6c2@nhs.net');
    expect(s.user).toBe('amira.khan3@nhs.net');
    expect(s.from).toBeUndefined();
  });
  test('another mailbox has no display name unless given; the default mailbox keeps its own', () => {
    expect(scenarioFromQuery(q({ mailbox: 'pharmacy.fh542@nhs.net' })).displayName).toBeUndefined();
    expect(scenarioFromQuery(q({ mailbox: 'care.vn6c2@nhs.net' })).displayName).toBe('Care.VN6C2 (Sunrise House, Durham)');
    expect(scenarioFromQuery(q({ mailbox: 'pharmacy.fh542@nhs.net', displayName: 'Pharmacy' })).displayName).toBe('Pharmacy');
    expect(scenarioFromQuery(q({ displayName: '' })).displayName).toBeUndefined();
  });
  test('no fail parameter: no failures; unknown names dropped', () => {
    expect(scenarioFromQuery('').fail).toEqual([]);
    expect(scenarioFromQuery(q({ fail: 'getFrom,nope,readItem' })).fail).toEqual(['getFrom', 'readItem']);
  });
  test.each(['itemFrom', 'itemSubject', 'itemBody', 'itemReceived'])('%s alone selects a message', (name) => {
    const value = name === 'itemReceived' ? '2026-12-01T09:00:00Z' : 'x';
    const item = scenarioFromQuery(q({ [name]: value })).item;
    expect(item).toBeDefined();
    expect(item!.subject).toBe(name === 'itemSubject' ? 'x' : '');
    expect(item!.body).toBe(name === 'itemBody' ? 'x' : '');
  });
  test('no item parameters: no message', () => {
    expect(scenarioFromQuery(q({ mailbox: 'a@nhs.net' })).item).toBeUndefined();
  });
});

describe('the sender (Jane Smith <jane.smith@nhs.net> or a bare address)', () => {
  test('name and address', () => {
    expect(sender('Jane Smith <jane.smith@nhs.net>')).toEqual({ address: 'jane.smith@nhs.net', displayName: 'Jane Smith' });
    expect(sender('  Jane Smith   <jane.smith@nhs.net>  ')).toEqual({ address: 'jane.smith@nhs.net', displayName: 'Jane Smith' });
    expect(sender('Jane Smith<jane.smith@nhs.net>')).toEqual({ address: 'jane.smith@nhs.net', displayName: 'Jane Smith' });
    expect(sender('Jane Smith < jane.smith@nhs.net >')).toEqual({ address: 'jane.smith@nhs.net', displayName: 'Jane Smith' });
  });
  test('outer quotes round the name are dropped, inner ones kept', () => {
    expect(sender('"Smith, Jane" <jane.smith@nhs.net>')).toEqual({ address: 'jane.smith@nhs.net', displayName: 'Smith, Jane' });
    expect(sender('Jane "JJ" Smith <jane.smith@nhs.net>')).toEqual({ address: 'jane.smith@nhs.net', displayName: 'Jane "JJ" Smith' });
  });
  test('no name: the address only', () => {
    expect(sender('<jane.smith@nhs.net>')).toEqual({ address: 'jane.smith@nhs.net' });
    expect(sender('""<jane.smith@nhs.net>')).toEqual({ address: 'jane.smith@nhs.net' });
  });
  test('a bare address is trimmed', () => {
    expect(sender('  jane.smith@nhs.net  ')).toEqual({ address: 'jane.smith@nhs.net' });
  });
  test('text after the angle brackets, or a line break in the name, is not the name-and-address form', () => {
    expect(sender('Jane <jane.smith@nhs.net> extra')).toEqual({ address: 'Jane <jane.smith@nhs.net> extra' });
    expect(sender('Line one\nJane <jane.smith@nhs.net>')).toEqual({ address: 'Line one\nJane <jane.smith@nhs.net>' });
  });
});

describe('scenarioToQuery', () => {
  test('writes only what is given', () => {
    expect(scenarioToQuery({})).toBe('?');
    expect(scenarioToQuery({ fail: [], hang: [] })).toBe('?');
    expect(scenarioToQuery({ mode: 'compose' })).toBe('?mode=compose');
    expect(scenarioToQuery({ theme: 'dark' })).toBe('?theme=dark');
    expect(scenarioToQuery({ user: 'a@nhs.net' })).toBe('?user=a%40nhs.net');
    expect(scenarioToQuery({ mailbox: 'a@nhs.net' })).toBe('?mailbox=a%40nhs.net');
    expect(scenarioToQuery({ displayName: '' })).toBe('?displayName=');
  });
  test('failures are comma-separated', () => {
    expect(scenarioToQuery({ fail: ['composeNew', 'getFrom'] })).toBe('?fail=composeNew%2CgetFrom');
  });
  test('a message without sender or date writes only subject and body', () => {
    expect(scenarioToQuery({ item: { subject: 's', body: 'b' } })).toBe('?itemSubject=s&itemBody=b');
    expect(scenarioToQuery({ item: { subject: 's', body: 'b', from: { address: 'j@nhs.net' }, received: '2026-12-01' } })).toBe(
      '?itemFrom=j%40nhs.net&itemSubject=s&itemBody=b&itemReceived=2026-12-01',
    );
  });
  test('the default scenario round-trips', () => {
    expect(scenarioFromQuery(scenarioToQuery(defaultScenario))).toEqual(defaultScenario);
  });
});
