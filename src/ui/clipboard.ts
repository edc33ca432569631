// The fallback that always works: copy the subject and body for pasting into any email.

import type { ComposedMessage } from '../domain/compose';
import { escapeHtml } from '../domain/html';

export function clipboardText(message: ComposedMessage): string {
  return `To: ${message.to.join('; ')}\nSubject: ${message.subject}\n\n${message.text}`;
}

export function clipboardHtml(message: ComposedMessage): string {
  return `<p>To: ${escapeHtml(message.to.join('; '))}<br>Subject: ${escapeHtml(message.subject)}</p>\n${message.html}`;
}

export async function copyMessage(message: ComposedMessage, clipboard: Clipboard | undefined = globalThis.navigator?.clipboard): Promise<void> {
  const text = clipboardText(message);
  if (clipboard && typeof ClipboardItem !== 'undefined' && typeof clipboard.write === 'function') {
    try {
      await clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([clipboardHtml(message)], { type: 'text/html' }),
        }),
      ]);
      return;
    } catch {
      /* fall through to plain text */
    }
  }
  if (clipboard && typeof clipboard.writeText === 'function') {
    await clipboard.writeText(text);
    return;
  }
  // Older webviews: a hidden textarea and execCommand.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand?.('copy');
  area.remove();
  if (!ok) throw new Error('The browser blocked copying.');
}
