// The sender check App computes once: the rule, the judgement in compose and read mode, what From
// says (or why it could not), and the context that hands it to the request screens.
import { createElement, type ReactNode } from 'react';
import { renderHook } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { detectMailbox, type Detection } from '../../domain/detectMailbox';
import { identifyMailbox } from '../../domain/mailboxIdentity';
import { judgeDetection, judgeSender } from '../../domain/senderAdvice';
import type { HostSnapshot } from '../../office/host';
import { SenderCheckContext, senderCheck, useSenderCheck, type SenderCheck } from './senderCheck';

const site = 'care.vn6c2@nhs.net';
const personal = 'amira.khan3@nhs.net';
const otherSite = 'care.ab123@nhs.net';

const snapshot = (over: Partial<HostSnapshot> = {}): HostSnapshot => ({
  mode: 'compose',
  user: { address: personal, displayName: 'Amira Khan' },
  signals: [],
  displayNames: {},
  refused: [],
  theme: 'light',
  capabilities: { composeNew: false, fillCurrent: true, readFrom: true },
  ...over,
});
const siteDetection: Detection = detectMailbox([{ source: 'shared-properties', address: site }]);
const noDetection: Detection = detectMailbox([]);

describe('compose mode: From as Outlook reports it, judged against the rule', () => {
  test('the From signal (not the profile before it) is judged, and no problem is reported', () => {
    const s = snapshot({
      client: 'new',
      signals: [
        { source: 'user-profile', address: personal },
        { source: 'from', address: site },
      ],
      // A refusal for From beside a From that was read is not shown: From is what counts.
      refused: [{ source: 'from', reason: 'An earlier read failed.' }],
    });
    const setFilled = vi.fn();
    const check = senderCheck(s, siteDetection, 'shared', true, setFilled);
    expect(check).toStrictEqual({
      mode: 'compose',
      rule: 'shared',
      site,
      personal,
      filled: true,
      setFilled,
      client: 'new',
      judgement: { kind: 'ok', address: site },
      from: site,
      fromProblem: undefined,
    });
  });

  test('a personal From on a shared-mailbox request: pick the site, named from the detection', () => {
    const s = snapshot({ signals: [{ source: 'from', address: personal }] });
    const check = senderCheck(s, siteDetection, 'shared');
    expect(check.judgement).toEqual({ kind: 'pick-shared', site, from: personal });
    expect(check.judgement).toEqual(judgeSender('shared', identifyMailbox(personal), site, personal));
    expect(check.from).toBe(personal);
    expect(check.fromProblem).toBeUndefined();
  });

  test('a shared From on a personal-only request: pick your own, naming the signed-in person', () => {
    const s = snapshot({ signals: [{ source: 'from', address: otherSite }] });
    expect(senderCheck(s, siteDetection, 'personal').judgement).toEqual({ kind: 'pick-personal', personal, from: otherSite });
  });

  test('From missing with a refusal for From: its reason, and the judgement is "unknown" (From is not guessed)', () => {
    const s = snapshot({
      signals: [{ source: 'user-profile', address: personal }],
      refused: [
        { source: 'shared-properties', reason: 'Outlook named no shared mailbox for the selected message.' },
        { source: 'from', reason: 'Outlook could not read the From address.' },
      ],
    });
    const check = senderCheck(s, siteDetection, 'shared');
    expect(check.from).toBeUndefined();
    expect(check.fromProblem).toBe('Outlook could not read the From address.');
    expect(check.judgement).toEqual({ kind: 'unknown', rule: 'shared', site, personal });
  });

  test('From missing with no refusal for From: "Outlook did not say who this email is from."', () => {
    const onlyOther = snapshot({ refused: [{ source: 'shared-properties', reason: 'Not a shared item' }] });
    expect(senderCheck(onlyOther, noDetection, 'personal').fromProblem).toBe('Outlook did not say who this email is from.');
    const none = snapshot();
    const check = senderCheck(none, noDetection, 'personal');
    expect(check.fromProblem).toBe('Outlook did not say who this email is from.');
    expect(check.judgement).toEqual({ kind: 'unknown', rule: 'personal', site: undefined, personal });
  });

  test('an empty From address counts as missing', () => {
    const s = snapshot({ signals: [{ source: 'from', address: '' }] });
    const check = senderCheck(s, siteDetection, 'shared');
    expect(check.fromProblem).toBe('Outlook did not say who this email is from.');
    expect(check.judgement).toEqual({ kind: 'unknown', rule: 'shared', site, personal });
  });

  test('no rule (a phone or self-service step) judges "either", From or not', () => {
    expect(senderCheck(snapshot({ signals: [{ source: 'from', address: personal }] }), siteDetection, undefined).judgement).toEqual({
      kind: 'either',
    });
    const check = senderCheck(snapshot(), noDetection, undefined);
    expect(check.judgement).toEqual({ kind: 'either' });
    expect(check.rule).toBeUndefined();
    expect(check.fromProblem).toBe('Outlook did not say who this email is from.');
  });

  test('the "shared-or-personal" rule judges "either"', () => {
    const s = snapshot({ signals: [{ source: 'from', address: site }] });
    expect(senderCheck(s, siteDetection, 'shared-or-personal').judgement).toEqual({ kind: 'either' });
  });
});

describe('read mode: the selected item’s mailbox, no From', () => {
  test('judged on the detection, with no From or From problem at all', () => {
    const s = snapshot({ mode: 'read', signals: [{ source: 'shared-properties', address: site }] });
    const setFilled = vi.fn();
    const check = senderCheck(s, siteDetection, 'personal', false, setFilled);
    expect(check).toStrictEqual({
      mode: 'read',
      rule: 'personal',
      site,
      personal,
      filled: false,
      setFilled,
      client: undefined,
      judgement: { kind: 'pick-personal', personal, from: site },
    });
    expect(check.judgement).toEqual(judgeDetection('personal', siteDetection, personal));
  });

  test('a From signal in the snapshot is not used outside compose mode', () => {
    const s = snapshot({ mode: 'read', signals: [{ source: 'from', address: personal }] });
    const check = senderCheck(s, siteDetection, 'shared');
    expect(check.judgement).toEqual({ kind: 'ok', address: site });
    expect('from' in check).toBe(false);
    expect('fromProblem' in check).toBe(false);
  });

  test('Outlook did not say which mailbox: "unknown" with the rule, the site and the person', () => {
    const check = senderCheck(snapshot({ mode: 'read' }), noDetection, 'shared');
    expect(check.judgement).toEqual({ kind: 'unknown', rule: 'shared', site: undefined, personal });
  });

  test('no rule judges "either"; so does mode "none" (a tab)', () => {
    expect(senderCheck(snapshot({ mode: 'read' }), siteDetection, undefined).judgement).toEqual({ kind: 'either' });
    const tab = senderCheck(snapshot({ mode: 'none' }), siteDetection, undefined);
    expect(tab.judgement).toEqual({ kind: 'either' });
    expect(tab.mode).toBe('none');
    expect('fromProblem' in tab).toBe(false);
    expect(senderCheck(snapshot({ mode: 'none' }), siteDetection, 'personal').judgement).toEqual({
      kind: 'pick-personal',
      personal,
      from: site,
    });
  });
});

describe('the parts every check carries', () => {
  test('an empty signed-in address becomes undefined, a real one is kept', () => {
    expect(senderCheck(snapshot({ user: { address: '' } }), siteDetection, 'shared').personal).toBeUndefined();
    expect(senderCheck(snapshot({ mode: 'read', user: { address: '' } }), siteDetection, 'shared').personal).toBeUndefined();
    expect(senderCheck(snapshot({ user: { address: personal } }), siteDetection, 'shared').personal).toBe(personal);
  });

  test('the site is the detection’s, undefined when none was found', () => {
    expect(senderCheck(snapshot(), siteDetection, 'shared').site).toBe(site);
    expect(senderCheck(snapshot(), noDetection, 'shared').site).toBeUndefined();
  });

  test('filled defaults to false, and setFilled to a function that does nothing', () => {
    const check = senderCheck(snapshot(), siteDetection, 'shared');
    expect(check.filled).toBe(false);
    expect(check.setFilled(true)).toBeUndefined();
    expect(senderCheck(snapshot(), siteDetection, 'shared', true).filled).toBe(true);
  });

  test('the client is passed on as the host reports it', () => {
    expect(senderCheck(snapshot({ client: 'classic' }), siteDetection, 'shared').client).toBe('classic');
    expect(senderCheck(snapshot({ mode: 'read', client: 'web' }), siteDetection, 'shared').client).toBe('web');
  });
});

describe('useSenderCheck', () => {
  test('undefined outside a provider', () => {
    expect(renderHook(() => useSenderCheck()).result.current).toBeUndefined();
  });

  test('the check the provider holds', () => {
    const value: SenderCheck = senderCheck(snapshot(), siteDetection, 'shared');
    const wrapper = ({ children }: { children: ReactNode }) => createElement(SenderCheckContext.Provider, { value }, children);
    expect(renderHook(() => useSenderCheck(), { wrapper }).result.current).toBe(value);
  });
});
