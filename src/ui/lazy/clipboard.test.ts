// Copying when Outlook cannot take the request: each part on its own, the message as HTML and text
// where the browser allows it, plain text where it does not, and the old textarea way last. jsdom
// has no Clipboard API, ClipboardItem or execCommand: each test puts in what a browser would have.
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ComposedMessage } from '../../domain/compose';
import { copyContent, copyParts } from './clipboard';

const message: ComposedMessage = {
  to: ['helpdesk@nhs.net', 'careadmin@nhs.net'],
  cc: ['care.vn6c2@nhs.net'],
  subject: 'New user accounts – VN6C2 – Sunrise House',
  text: 'Dear NAS,\n\nPlease set up accounts for the people below.',
  html: '<p>Dear NAS,</p><p>Please set up accounts for the people below.</p>',
};
const content = { text: message.text, html: message.html };

/** What a browser's ClipboardItem keeps: its parts by MIME type. */
class FakeClipboardItem {
  constructor(readonly parts: Record<string, Blob>) {}
}

/** A clipboard that refuses what a browser may refuse (a rejected promise, as without permission). */
function fakeClipboard(opts: { write?: 'ok' | 'reject' | 'missing'; writeText?: 'ok' | 'reject' | 'missing' } = {}) {
  const refused = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  const write = vi.fn((_items: FakeClipboardItem[]) => (opts.write === 'reject' ? refused() : Promise.resolve()));
  const writeText = vi.fn((_text: string) => (opts.writeText === 'reject' ? refused() : Promise.resolve()));
  const clipboard: Partial<Clipboard> = {};
  if (opts.write !== 'missing') clipboard.write = write as unknown as Clipboard['write'];
  if (opts.writeText !== 'missing') clipboard.writeText = writeText;
  return { clipboard: clipboard as Clipboard, write, writeText };
}

/** execCommand('copy') as an old webview has it, noting the textarea it was asked to copy from. */
function fakeExecCommand(result: boolean) {
  const seen: { value: string; readonly: string | null; position: string; opacity: string; inBody: boolean; selected: string }[] = [];
  const exec = vi.fn((_command: string) => {
    const area = document.querySelector('textarea')!;
    seen.push({
      value: area.value,
      readonly: area.getAttribute('readonly'),
      position: area.style.position,
      opacity: area.style.opacity,
      inBody: area.parentElement === document.body,
      selected: area.value.slice(area.selectionStart ?? 0, area.selectionEnd ?? 0),
    });
    return result;
  });
  Object.defineProperty(document, 'execCommand', { value: exec, configurable: true, writable: true });
  return { exec, seen };
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete (document as { execCommand?: unknown }).execCommand;
  document.body.innerHTML = '';
});

describe('copyParts', () => {
  test('the address: every To address, separated by "; "', () => {
    expect(copyParts.address(message)).toEqual({ text: 'helpdesk@nhs.net; careadmin@nhs.net' });
    expect(copyParts.address({ ...message, to: ['helpdesk@nhs.net'] })).toEqual({ text: 'helpdesk@nhs.net' });
  });

  test('the subject as text', () => {
    expect(copyParts.subject(message)).toEqual({ text: 'New user accounts – VN6C2 – Sunrise House' });
  });

  test('the message as text and HTML', () => {
    expect(copyParts.message(message)).toEqual({ text: message.text, html: message.html });
  });

  test('the three parts, in that order', () => {
    expect(Object.keys(copyParts)).toEqual(['address', 'subject', 'message']);
  });
});

describe('copyContent: HTML and text together where the browser allows', () => {
  test('one clipboard item with text/plain and text/html, each its own text; nothing else written', async () => {
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    const { clipboard, write, writeText } = fakeClipboard();
    await copyContent(content, clipboard);
    expect(write).toHaveBeenCalledTimes(1);
    const items = write.mock.calls[0]![0];
    expect(items).toHaveLength(1);
    const item = items[0]!;
    expect(item).toBeInstanceOf(FakeClipboardItem);
    expect(Object.keys(item.parts)).toEqual(['text/plain', 'text/html']);
    expect(item.parts['text/plain']!.type).toBe('text/plain');
    expect(await item.parts['text/plain']!.text()).toBe(message.text);
    expect(item.parts['text/html']!.type).toBe('text/html');
    expect(await item.parts['text/html']!.text()).toBe(message.html);
    expect(writeText).not.toHaveBeenCalled();
  });

  test('the browser refuses the HTML: the text alone', async () => {
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    const { clipboard, write, writeText } = fakeClipboard({ write: 'reject' });
    await copyContent(content, clipboard);
    expect(write).toHaveBeenCalledTimes(1);
    expect(writeText).toHaveBeenCalledExactlyOnceWith(message.text);
  });

  test('write throwing at once is the same as refusing', async () => {
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    const { clipboard, writeText } = fakeClipboard();
    clipboard.write = () => {
      throw new TypeError('Illegal invocation');
    };
    await copyContent(content, clipboard);
    expect(writeText).toHaveBeenCalledExactlyOnceWith(message.text);
  });

  test('no write (older browsers): the text alone', async () => {
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    const { clipboard, writeText } = fakeClipboard({ write: 'missing' });
    await copyContent(content, clipboard);
    expect(writeText).toHaveBeenCalledExactlyOnceWith(message.text);
  });

  test('no ClipboardItem (jsdom, some webviews): the text alone, write never tried', async () => {
    expect(typeof ClipboardItem).toBe('undefined');
    const { clipboard, write, writeText } = fakeClipboard();
    await copyContent(content, clipboard);
    expect(write).not.toHaveBeenCalled();
    expect(writeText).toHaveBeenCalledExactlyOnceWith(message.text);
  });

  test('no HTML (an address, a subject): the text alone, write never tried', async () => {
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    const { clipboard, write, writeText } = fakeClipboard();
    await copyContent(copyParts.subject(message), clipboard);
    await copyContent({ text: 'helpdesk@nhs.net', html: '' }, clipboard);
    expect(write).not.toHaveBeenCalled();
    expect(writeText.mock.calls).toEqual([[message.subject], ['helpdesk@nhs.net']]);
  });

  test('the text refused too: the refusal reaches the caller (no textarea is tried)', async () => {
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    const { exec } = fakeExecCommand(true);
    const { clipboard } = fakeClipboard({ write: 'reject', writeText: 'reject' });
    await expect(copyContent(content, clipboard)).rejects.toThrow('Write permission denied.');
    expect(exec).not.toHaveBeenCalled();
  });

  test('with no clipboard given, the browser’s own is used', async () => {
    const { clipboard, writeText } = fakeClipboard();
    vi.stubGlobal('navigator', { clipboard });
    await copyContent({ text: 'helpdesk@nhs.net' });
    expect(writeText).toHaveBeenCalledExactlyOnceWith('helpdesk@nhs.net');
  });
});

describe('copyContent: the textarea and execCommand where there is no Clipboard API', () => {
  test('a read-only textarea, out of sight, holding the text, selected, copied from, then removed', async () => {
    const { exec, seen } = fakeExecCommand(true);
    await copyContent(content, undefined);
    expect(exec).toHaveBeenCalledExactlyOnceWith('copy');
    expect(seen).toEqual([{ value: message.text, readonly: '', position: 'fixed', opacity: '0', inBody: true, selected: message.text }]);
    expect(document.querySelector('textarea')).toBeNull();
  });

  test('a clipboard with neither write nor writeText is no help: the textarea', async () => {
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    const { exec, seen } = fakeExecCommand(true);
    const { clipboard } = fakeClipboard({ write: 'missing', writeText: 'missing' });
    await copyContent(content, clipboard);
    expect(exec).toHaveBeenCalledTimes(1);
    expect(seen[0]!.value).toBe(message.text);
  });

  test('HTML but no clipboard at all: the textarea, with the text', async () => {
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    vi.stubGlobal('navigator', {});
    const { seen } = fakeExecCommand(true);
    await copyContent(content);
    expect(seen[0]!.value).toBe(message.text);
  });

  test('no navigator at all: the textarea', async () => {
    vi.stubGlobal('navigator', undefined);
    const { seen } = fakeExecCommand(true);
    await copyContent({ text: 'helpdesk@nhs.net' });
    expect(seen[0]!.value).toBe('helpdesk@nhs.net');
  });

  test('execCommand refuses: "The browser blocked copying.", and the textarea is still removed', async () => {
    const { exec } = fakeExecCommand(false);
    await expect(copyContent(content, undefined)).rejects.toThrow(new Error('The browser blocked copying.'));
    expect(exec).toHaveBeenCalledTimes(1);
    expect(document.querySelector('textarea')).toBeNull();
  });

  test('no execCommand at all: the same error, and nothing left behind', async () => {
    expect(document.execCommand).toBeUndefined();
    await expect(copyContent(content, undefined)).rejects.toThrow(new Error('The browser blocked copying.'));
    expect(document.querySelector('textarea')).toBeNull();
    expect(document.body.children).toHaveLength(0);
  });
});
