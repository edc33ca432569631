// Smart Alerts OnMessageSend handler. Decides fast and locally (no network); any error inside lets
// the send through, because trapping someone's mail is worse than a missed warning.

import { decideSend } from '../domain/sendGuard';
import { rememberedMailboxes } from '../office/localState';
import { prefixedStorage } from '../office/host';
import { officeAsync } from '../office/officeAsync';

type Callback<T> = (result: Office.AsyncResult<T>) => void;

export interface SendEvent {
  completed(options: { allowEvent: boolean; errorMessage?: string; cancelLabel?: string; commandId?: string; sendModeOverride?: unknown }): void;
}

/** The compose-mode button that opens the task pane (manifest.xml). */
export const openPaneCommandId = 'msgComposeOpenPaneButton';
/** Every commandId the handler can pass to event.completed (the manifest tests check each). */
export const handlerCommandIds: readonly string[] = [openPaneCommandId];
/** Each Outlook call gets this long before the guard gives up and allows the send. */
export const callTimeoutMs = 2000;

function read<T>(start: (cb: Callback<T>) => void, office: typeof Office): Promise<T> {
  return officeAsync(start, (reason) => new Error(reason ?? 'failed'), { office, timeoutMs: callTimeoutMs });
}

const addresses = (list: Office.EmailAddressDetails[] | undefined) => (list ?? []).map((r) => r.emailAddress).filter(Boolean);

function knownShared(office: typeof Office): string | undefined {
  try {
    const partition = (office.context as { partitionKey?: string }).partitionKey;
    return rememberedMailboxes(prefixedStorage(`${partition ? `${partition}:` : ''}nas-assistant:`))[0];
  } catch {
    return undefined;
  }
}

export async function onMessageSend(event: SendEvent, office: typeof Office = Office, now: () => Date = () => new Date()): Promise<void> {
  try {
    const item = office.context.mailbox.item as Office.MessageCompose;
    const [to, cc, bcc, from, bodyText] = await Promise.all([
      read<Office.EmailAddressDetails[]>((cb) => item.to.getAsync(cb), office),
      read<Office.EmailAddressDetails[]>((cb) => item.cc.getAsync(cb), office),
      item.bcc ? read<Office.EmailAddressDetails[]>((cb) => item.bcc.getAsync(cb), office).catch(() => []) : Promise.resolve([]),
      item.from ? read<Office.EmailAddressDetails>((cb) => item.from.getAsync(cb), office).catch(() => undefined) : Promise.resolve(undefined),
      read<string>((cb) => item.body.getAsync(office.CoercionType.Text, cb), office),
    ]);
    const decision = decideSend({ from: from?.emailAddress, recipients: [...addresses(to), ...addresses(cc), ...addresses(bcc)], bodyText, now: now(), knownShared: knownShared(office) });
    const modern = office.context.requirements.isSetSupported('Mailbox', '1.14');
    if (decision.action === 'allow') event.completed({ allowEvent: true });
    else if (decision.action === 'block') {
      event.completed({ allowEvent: false, errorMessage: decision.message, ...(modern ? { cancelLabel: 'Open NAS Assistant', commandId: openPaneCommandId } : {}) });
    } else {
      // Personal data may be a site address: let the user decide (Send Anyway) where Outlook allows it.
      event.completed({ allowEvent: false, errorMessage: decision.message, ...(modern ? { sendModeOverride: office.MailboxEnums.SendModeOverride.PromptUser } : {}) });
    }
  } catch {
    event.completed({ allowEvent: true });
  }
}
