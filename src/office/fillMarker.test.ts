// Checks the fill-twice markers at their edges.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { replaceInsertedText, replaceMarkedHtml } from './fillMarker';

afterEach(() => vi.unstubAllGlobals());

describe('replaceMarkedHtml', () => {
  test('without DOMParser (a runtime with no DOM): undefined, marker or not, never a throw', () => {
    vi.stubGlobal('DOMParser', undefined);
    expect(replaceMarkedHtml('<div id="nas-assistant-request"><p>Old</p></div>', '<p>New</p>')).toBeUndefined();
    expect(replaceMarkedHtml('<p>No marker here</p>', '<p>New</p>')).toBeUndefined();
    expect(replaceMarkedHtml('', '<p>New</p>')).toBeUndefined();
  });

  test('the marker as words, not as an id: undefined', () => {
    expect(replaceMarkedHtml('<p>nas-assistant-request</p>', '<p>New</p>')).toBeUndefined();
    expect(replaceMarkedHtml('<div class="nas-assistant-request">x</div>', '<p>New</p>')).toBeUndefined();
  });

  test('a whole document with attributes on <html> stays a whole document', () => {
    const body = '<html lang="en"><head></head><body><div id="nas-assistant-request"><p>Old</p></div><p>Sig</p></body></html>';
    expect(replaceMarkedHtml(body, '<p>New</p>')).toBe(
      '<!DOCTYPE html><html lang="en"><head></head><body><div id="nas-assistant-request"><p>New</p></div><p>Sig</p></body></html>',
    );
    const newline = '<HTML\n><body><div id="x_nas-assistant-request">Old</div></body></HTML>';
    expect(replaceMarkedHtml(newline, '<p>New</p>')).toBe(
      '<!DOCTYPE html><html><head></head><body><div id="nas-assistant-request"><p>New</p></div></body></html>',
    );
  });

  test('a fragment stays a fragment', () => {
    expect(replaceMarkedHtml('<div id="nas-assistant-request">Old</div><p>Sig</p>', '<b>New</b>')).toBe(
      '<div id="nas-assistant-request"><b>New</b></div><p>Sig</p>',
    );
  });
});

describe('replaceInsertedText', () => {
  test('old Mac line ends (a lone CR) count as line ends', () => {
    expect(replaceInsertedText('Line one\rLine two\rKind regards', 'Line one\rLine two', 'New')).toBe('New\nKind regards');
    expect(replaceInsertedText('Line one\r\nLine two\r\nKind regards', 'Line one\nLine two', 'New')).toBe('New\nKind regards');
  });

  test('trailing blank lines of the inserted text are not needed, leading ones are', () => {
    expect(replaceInsertedText('Request\nKind regards', 'Request\n\n', 'New')).toBe('New\nKind regards');
    expect(replaceInsertedText('Request\nKind regards', '\nRequest', 'New')).toBeUndefined();
    expect(replaceInsertedText('Request', '   ', 'New')).toBeUndefined();
  });
});
