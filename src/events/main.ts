// Event runtime entry. Classic Outlook on Windows loads this file on its own in a JavaScript-only
// runtime (no imports, no Office.onReady), so it is built as one self-contained script.
import { onMessageSend, type SendEvent } from './onMessageSend';

declare const Office: typeof globalThis.Office | undefined;

function onMessageSendHandler(event: SendEvent) {
  void onMessageSend(event);
}

if (typeof Office !== 'undefined' && Office.actions) Office.actions.associate('onMessageSendHandler', onMessageSendHandler);
