// Which draft a form keeps: one per request kind and per site.
import { describe, expect, test } from 'vitest';
import { detectMailbox } from '../../../domain/detectMailbox';
import { draftIdentity } from './draftIdentity';

const personalFrom = { source: 'from', address: 'amira.khan3@nhs.net' } as const;
const typed = (address: string) => ({ source: 'typed', address }) as const;

describe('draftIdentity', () => {
  test('with a personal From, a draft typed for one site is never the draft of another', () => {
    const siteA = detectMailbox([personalFrom, typed('care.vn6c2@nhs.net')]);
    const siteB = detectMailbox([personalFrom, typed('care.vl86q@nhs.net')]);
    expect(siteA.site?.address).toBe('care.vn6c2@nhs.net');
    expect(draftIdentity('leaver', siteA)).toBe('draft:leaver:care.vn6c2@nhs.net');
    expect(draftIdentity('leaver', siteB)).toBe('draft:leaver:care.vl86q@nhs.net');
  });
  test('the From or signed-in person is not part of it: the same site from two people is one draft', () => {
    const amira = detectMailbox([personalFrom, typed('care.vn6c2@nhs.net')]);
    const tom = detectMailbox([{ source: 'from', address: 'tom.hill@nhs.net' }, typed('CARE.VN6C2@nhs.net')]);
    expect(draftIdentity('leaver', amira)).toBe(draftIdentity('leaver', tom));
  });
  test('no site known: a key of its own, shared with no site; different requests never share one', () => {
    const none = detectMailbox([personalFrom]);
    expect(draftIdentity('leaver', none)).toBe('draft:leaver:no-site');
    expect(draftIdentity('audit', { site: undefined })).toBe('draft:audit:no-site');
    expect(draftIdentity('leaver', { site: undefined })).not.toBe(draftIdentity('audit', { site: undefined }));
  });
});
