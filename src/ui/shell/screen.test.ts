import { describe, expect, test } from 'vitest';
import type { KindSummary } from '../../domain/kindIndex';
import { screenFor } from './screen';

const kind = { id: 'leaver', title: 'Remove staff who have left' } as KindSummary;
const base = { status: 'ready', open: undefined, needsSite: false, faqOpen: false, screensLoaded: true } as const;

describe('which screen the pane shows', () => {
  test('while the mailbox is read, and when reading it failed, whatever else is set', () => {
    expect(screenFor({ ...base, status: 'loading', open: kind, faqOpen: true })).toEqual({ name: 'checking' });
    expect(screenFor({ ...base, status: 'failed', open: kind, needsSite: true })).toEqual({ name: 'failed' });
  });

  test('an open request that needs the site first: the site step; otherwise the request', () => {
    expect(screenFor({ ...base, open: kind, needsSite: true })).toEqual({ name: 'site', kind, waiting: false });
    expect(screenFor({ ...base, open: kind })).toEqual({ name: 'request', kind, waiting: false });
    // An open request wins over the questions (opening a request from an answer closes them anyway).
    expect(screenFor({ ...base, open: kind, faqOpen: true })).toEqual({ name: 'request', kind, waiting: false });
  });

  test('the questions, and the home screen when nothing is open', () => {
    expect(screenFor({ ...base, faqOpen: true })).toEqual({ name: 'questions', waiting: false });
    expect(screenFor(base)).toEqual({ name: 'home' });
  });

  test('a lazy screen waits for its chunk; the home screen never does', () => {
    const unloaded = { ...base, screensLoaded: false };
    expect(screenFor({ ...unloaded, open: kind, needsSite: true })).toEqual({ name: 'site', kind, waiting: true });
    expect(screenFor({ ...unloaded, open: kind })).toEqual({ name: 'request', kind, waiting: true });
    expect(screenFor({ ...unloaded, faqOpen: true })).toEqual({ name: 'questions', waiting: true });
    expect(screenFor(unloaded)).toEqual({ name: 'home' });
  });
});
