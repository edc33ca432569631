// The fallback that always works: copy the address, the subject and the message separately, each
// to paste into its own place in a new email. The message goes as HTML (for Outlook) and as text.

import type { ComposedMessage } from '../../domain/compose';

export interface ClipboardContent {
  text: string;
  html?: string;
}

export const copyParts = {
  address: (m: ComposedMessage): ClipboardContent => ({ text: m.to.join('; ') }),
  subject: (m: ComposedMessage): ClipboardContent => ({ text: m.subject }),
  message: (m: ComposedMessage): ClipboardContent => ({ text: m.text, html: m.html }),
} as const;

export type CopyPart = keyof typeof copyParts;

export async function copyContent(
  content: ClipboardContent,
  clipboard: Clipboard | undefined = globalThis.navigator?.clipboard,
): Promise<void> {
  const { text, html } = content;
  if (html) {
    try {
      // No clipboard, no write or no ClipboardItem (older browsers and webviews) throws here, before
      // anything is written, and falls through to plain text as a refusal does.
      await clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
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
