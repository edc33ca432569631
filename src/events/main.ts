// Event runtime entry. Classic Outlook on Windows loads this file on its own in a JavaScript-only
// runtime (no imports, no Office.onReady), so it is built as one self-contained script. The only
// statements that run when it loads are the associate calls, one per handler the manifests name:
// everything else in the bundle only declares (test/manifest/eventsScript.test.ts checks the built file).
import type { SendGuardData } from '../domain/sendGuard';
import { onMessageSend, type SendEvent } from './onMessageSend';
import { onComposeChanged, type ComposeEvent } from './onComposeChanged';
import { associateSendHandler, eventRuntimeOffice, type OfficeApi } from '../office/sendGuardOffice';

/** Written by `npm run build` from src/events/guardData.ts. */
declare const __NAS_GUARD_DATA__: SendGuardData;
/** Read when a handler runs (the build writes the literal here once, for every handler). */
function guardData(): SendGuardData {
  return __NAS_GUARD_DATA__;
}

function onMessageSendHandler(event: SendEvent) {
  try {
    void onMessageSend(event, { office: eventRuntimeOffice() as OfficeApi, data: guardData() });
  } catch {
    event.completed({ allowEvent: true });
  }
}

function onComposeChangedHandler(event: ComposeEvent) {
  try {
    void onComposeChanged(event, { office: eventRuntimeOffice() as OfficeApi, data: guardData() });
  } catch {
    event.completed();
  }
}

associateSendHandler('onMessageSendHandler', onMessageSendHandler);
associateSendHandler('onMessageFromChangedHandler', onComposeChangedHandler);
associateSendHandler('onMessageRecipientsChangedHandler', onComposeChangedHandler);
