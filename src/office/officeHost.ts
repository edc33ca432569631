// The Office.js host: the only code that touches `Office`. Every call is feature-detected; a call
// that is missing or fails becomes a refused signal or a HostError, never a blank pane.

import type { ComposedMessage } from '../domain/compose';
import type { MailboxSignal } from '../domain/detectMailbox';
import { officeAsync } from './officeAsync';
import { readSelectedItem } from './readItem';
import { rememberedMailboxes } from './localState';
import { markComposed, markedHtml, replaceInsertedText, replaceMarkedHtml } from './fillMarker';
import { guardRanKey, parseBlockedContext, type BlockedContext } from '../domain/sendGuardProtocol';
import { paneStorage } from './paneStorage';
import { asHostError, singleFlight, withDeadline } from './deadline';
import { HostEvents, pollFrom } from './hostEvents';
import {
  HostError,
  mailboxSetVersions,
  outlookClient,
  themeFromBackground,
  type Host,
  type HostChange,
  type HostDiagnostics,
  type HostMode,
  type HostOperation,
  type HostSnapshot,
  type KeyValueStore,
  type OutlookClient,
} from './host';
import { inSignalOrder } from './signalOrder';

type AnyItem = Record<string, unknown> & { itemType?: unknown };

const supports = (version: string) => {
  try {
    // Stryker disable next-line OptionalChaining: without requirements the call throws inside this try, which answers false as Boolean(undefined) does
    return Boolean(Office.context.requirements?.isSetSupported('Mailbox', version));
  } catch {
    return false;
  }
};

type Start<T> = (callback: (result: Office.AsyncResult<T>) => void) => void;

/** An Office call as a Promise that settles by its deadline: the one way this host calls Outlook. */
function asPromise<T>(start: Start<T>, operation: HostOperation, failure: string, timedOut?: string): Promise<T> {
  return withDeadline(rawCall(start, operation, failure), operation, failure, { timedOut });
}

/** The Office call itself, without a deadline (what single-flight calls share). */
function rawCall<T>(start: Start<T>, operation: HostOperation, failure: string): Promise<T> {
  return officeAsync(start, (reason) => new HostError(operation, `${failure}${reason ? ` (${reason})` : ''}`));
}

export { fromPollMs } from './hostEvents';

export class OfficeHost implements Host {
  readonly name = 'outlook' as const;
  readonly storage: KeyValueStore;

  constructor() {
    // Keyed by the partition key where Outlook gives one, so two add-ins never share drafts.
    this.storage = paneStorage((Office.context as { partitionKey?: string }).partitionKey);
  }

  private get mailbox(): Office.Mailbox | undefined {
    return Office.context.mailbox ?? undefined;
  }

  private get item(): AnyItem | undefined {
    return (this.mailbox?.item ?? undefined) as unknown as AnyItem | undefined;
  }

  mode(): HostMode {
    const item = this.item;
    if (!item) return 'none';
    // In compose mode `subject` is an object with getAsync; in read mode it is a string.
    return typeof item.subject === 'object' && item.subject !== null ? 'compose' : 'read';
  }

  async snapshot(): Promise<HostSnapshot> {
    try {
      return await this.readSnapshot();
    } catch (error) {
      throw asHostError(error, 'snapshot', 'Outlook did not answer when asked about the selected item');
    }
  }

  private async readSnapshot(): Promise<HostSnapshot> {
    const mode = this.mode();
    const signals: MailboxSignal[] = [];
    const refused: HostSnapshot['refused'] = [];
    const displayNames: Record<string, string> = {};
    const item = this.item;

    const profile = this.mailbox?.userProfile;
    const user = { address: profile?.emailAddress ?? '', displayName: profile?.displayName };
    if (profile?.emailAddress) signals.push({ source: 'user-profile', address: profile.emailAddress, displayName: profile.displayName });
    else refused.push({ source: 'user-profile', reason: 'Outlook did not give the signed-in account.' });

    // From and the shared properties are asked for together, each with its own deadline, so the
    // snapshot settles within one deadline with whatever Outlook answered; the rest is refused.
    const readFrom = async () => {
      if (mode !== 'compose') return;
      try {
        const from = await this.readFromDetails();
        if (from?.emailAddress) signals.push({ source: 'from', address: from.emailAddress, displayName: from.displayName });
      } catch (error) {
        // Stryker disable next-line StringLiteral: readFromDetails rejects only with a HostError (withDeadline makes every rejection one), which asHostError returns as is
        refused.push({ source: 'from', reason: asHostError(error, 'getFrom', 'Could not read From').message });
      }
    };
    // Read mode: the item's mailbox. Compose mode: works for drafts in a shared mailbox opened in its
    // own tab (Outlook on the web) or added as an account (new Outlook) (platform.md §1.2).
    const readShared = async () => {
      if (!item) return;
      const shared = item.getSharedPropertiesAsync;
      if (!supports('1.8') || typeof shared !== 'function') {
        refused.push({
          source: 'shared-properties',
          reason: 'This version of Outlook cannot say which mailbox a message is in (needs Mailbox 1.8).',
        });
        return;
      }
      try {
        const props = await asPromise<Office.SharedProperties>(
          (cb) => (shared as (cb: unknown) => void).call(item, cb),
          // Stryker disable next-line StringLiteral: the operation only picks the deadline (every non-compose operation gets 3 s) and the refusal keeps only the message
          'snapshot',
          'Outlook named no shared mailbox for this item (it names none for your own mailbox, and some versions none for a shared one)',
          'Outlook did not say which mailbox this message is in',
        );
        if (props?.owner) signals.push({ source: 'shared-properties', address: props.owner });
      } catch (error) {
        // Stryker disable next-line StringLiteral: asPromise rejects only with a HostError (withDeadline makes every rejection one), which asHostError returns as is
        refused.push({ source: 'shared-properties', reason: asHostError(error, 'snapshot', 'Not a shared item').message });
      }
    };
    await Promise.all([readFrom(), readShared()]);
    // Signals in a fixed order whichever answered first (detectMailbox ranks them anyway).
    inSignalOrder(signals);
    inSignalOrder(refused);
    if (mode === 'read' && item) {
      // Mail to or from the shared mailbox carries its display name, `Care.VN6C2 (Site, Town)`.
      for (const key of ['to', 'cc', 'from', 'sender'] as const) {
        const value = item[key] as Office.EmailAddressDetails | Office.EmailAddressDetails[] | undefined;
        // Stryker disable next-line ArrayDeclaration: a string in place of the empty list has no emailAddress, so it is skipped like no entry
        for (const d of Array.isArray(value) ? value : value ? [value] : []) {
          if (d?.emailAddress && d.displayName) displayNames[d.emailAddress.toLowerCase()] = d.displayName;
        }
      }
    }

    return {
      mode,
      user,
      signals,
      displayNames,
      refused,
      theme: this.theme(),
      client: this.client(),
      capabilities: {
        composeNew:
          mode !== 'compose' &&
          (typeof this.mailbox?.displayNewMessageFormAsync === 'function' || typeof this.mailbox?.displayNewMessageForm === 'function'),
        fillCurrent: mode === 'compose' && supports('1.3'),
        readFrom: mode === 'compose' && supports('1.7'),
      },
    };
  }

  // One from.getAsync in flight at a time, shared by the poll, the snapshot and the pane: a call
  // Outlook never answers is not repeated until it settles.
  private readonly fromCall = singleFlight(() => {
    const from = (this.item?.from ?? undefined) as Office.From | undefined;
    if (!supports('1.7') || typeof from?.getAsync !== 'function') {
      return Promise.reject(new HostError('getFrom', 'This version of Outlook cannot read the From address (needs Mailbox 1.7).'));
    }
    return rawCall<Office.EmailAddressDetails>((cb) => from.getAsync(cb), 'getFrom', 'Outlook could not read the From address');
  });

  private readFromDetails(): Promise<Office.EmailAddressDetails | undefined> {
    return withDeadline(this.fromCall(), 'getFrom', 'Outlook could not read the From address');
  }

  /** For the Diagnostics view: what Outlook says about itself; never throws. */
  async diagnostics(): Promise<HostDiagnostics> {
    const read = <T>(f: () => T, fallback: T): T => {
      try {
        return f() ?? fallback;
      } catch {
        return fallback;
      }
    };
    const info = read(
      // Stryker disable next-line OptionalChaining: read() catches the TypeError of a missing mailbox and returns the same undefined
      () => (this.mailbox as { diagnostics?: { hostName?: string; hostVersion?: string } } | undefined)?.diagnostics,
      undefined,
    );
    return {
      // Stryker disable next-line OptionalChaining: read() catches the TypeError of a missing info and returns the same fallback
      host: read(() => info?.hostName, '') || 'unknown',
      platform: read(() => String(Office.context.platform ?? ''), '') || 'unknown',
      // Stryker disable next-line OptionalChaining: read() catches the TypeError of a missing info and returns the same fallback
      version: read(() => info?.hostVersion, '') || 'unknown',
      // Stryker disable next-line BooleanLiteral: supports() never throws (it has its own catch), so the fallback is never used
      mailboxSets: mailboxSetVersions.filter((v) => read(() => supports(v), false)),
      sendGuardLastRan: read(() => this.storage.get(guardRanKey) ?? undefined, undefined),
    };
  }

  /** Which Outlook this is, from Office's diagnostics; undefined where it cannot say. Never throws. */
  client(): OutlookClient | undefined {
    try {
      const info = (this.mailbox as { diagnostics?: { hostName?: string } } | undefined)?.diagnostics;
      const platform = (Office.context as { diagnostics?: { platform?: unknown } }).diagnostics?.platform ?? Office.context.platform;
      return outlookClient(info?.hostName, platform);
    } catch {
      return undefined;
    }
  }

  /**
   * The request a blocked send opened the pane for: the send guard's `contextData`, read with
   * item.getInitializationContextAsync ("SmartAlertsEventCompletedOptions": contextData, Mailbox 1.14;
   * the pane reads it with that call). Any other context, a failure or no answer: undefined.
   */
  async initialRequest(): Promise<BlockedContext | undefined> {
    try {
      const item = this.item;
      const get = item?.getInitializationContextAsync;
      if (this.mode() !== 'compose' || typeof get !== 'function') return undefined;
      const value = await asPromise<string>(
        (cb) => (get as (cb: unknown) => void).call(item, cb),
        'snapshot',
        'Outlook gave no context for this pane',
      );
      return parseBlockedContext(value);
    } catch {
      return undefined;
    }
  }

  async readItem() {
    return this.mode() === 'read' ? readSelectedItem(this.item, supports) : undefined;
  }

  async getFrom(): Promise<string | undefined> {
    if (this.mode() !== 'compose') return undefined;
    return (await this.readFromDetails())?.emailAddress;
  }

  private themeOverride: ReturnType<typeof themeFromBackground> | undefined;

  theme() {
    if (this.themeOverride) return this.themeOverride;
    if (!supports('1.14')) return 'light';
    try {
      // Stryker disable next-line OptionalChaining: a missing officeTheme throws inside this try, which answers light, as themeFromBackground(undefined) does
      return themeFromBackground(Office.context.officeTheme?.bodyBackgroundColor);
    } catch {
      return 'light';
    }
  }

  async composeNew(message: ComposedMessage): Promise<void> {
    const mailbox = this.mailbox;
    const form = { toRecipients: message.to, ccRecipients: message.cc, subject: message.subject, htmlBody: message.html };
    if (mailbox && supports('1.9') && typeof mailbox.displayNewMessageFormAsync === 'function') {
      await asPromise<void>((cb) => mailbox.displayNewMessageFormAsync(form, cb), 'composeNew', 'Outlook could not open a new email');
      return;
    }
    if (mailbox && typeof mailbox.displayNewMessageForm === 'function') {
      try {
        mailbox.displayNewMessageForm(form);
        return;
      } catch (error) {
        throw new HostError('composeNew', `Outlook could not open a new email${error instanceof Error ? ` (${error.message})` : ''}`);
      }
    }
    throw new HostError('composeNew', 'This version of Outlook cannot open a new email from an add-in.');
  }

  /** The text last inserted into a plain-text body (text has no markup to find it by). */
  private insertedText: string | undefined;

  async fillCurrent(message: ComposedMessage): Promise<void> {
    const item = this.item as unknown as Office.MessageCompose | undefined;
    if (!item || this.mode() !== 'compose' || !supports('1.3'))
      throw new HostError('fillCurrent', 'There is no open email to fill in here.');
    await asPromise<void>((cb) => item.to.setAsync(message.to, cb), 'fillCurrent', 'Outlook could not set the To line');
    await asPromise<void>((cb) => item.subject.setAsync(message.subject, cb), 'fillCurrent', 'Outlook could not set the subject');
    const type = await asPromise<Office.CoercionType>(
      (cb) => item.body.getTypeAsync(cb),
      'fillCurrent',
      'Outlook could not read the body format',
    );
    // Setting HTML on a plain-text body fails (InvalidFormatError), so match the body's format.
    const html = type === Office.CoercionType.Html;
    const options = { coercionType: html ? Office.CoercionType.Html : Office.CoercionType.Text };
    const content = html ? markedHtml(message.html) : message.text;
    // Filled before: replace the request this pane inserted rather than add a second copy.
    const current = await asPromise<string>(
      (cb) => item.body.getAsync(options.coercionType, cb),
      'fillCurrent',
      // Stryker disable next-line StringLiteral: the failure's words are dropped by the catch below
      'Outlook could not read the body',
    ).catch(() => '');
    const replaced = html ? replaceMarkedHtml(current, message.html) : replaceInsertedText(current, this.insertedText, message.text);
    if (replaced !== undefined) {
      await asPromise<void>((cb) => item.body.setAsync(replaced, options, cb), 'fillCurrent', 'Outlook could not set the body');
    } else {
      // Text already in the email (a signature, or words the user typed) is kept below the request.
      const existing = html
        ? await asPromise<string>(
            (cb) => item.body.getAsync(Office.CoercionType.Text, cb),
            'fillCurrent',
            // Stryker disable next-line StringLiteral: the failure's words are dropped by the catch below
            'Outlook could not read the body',
          ).catch(() => '')
        : current;
      if (existing.trim()) {
        await asPromise<void>(
          (cb) => item.body.prependAsync(html ? `${content}<br>` : `${content}\n\n`, options, cb),
          'fillCurrent',
          'Outlook could not add the request to the body',
        );
      } else {
        await asPromise<void>((cb) => item.body.setAsync(content, options, cb), 'fillCurrent', 'Outlook could not set the body');
      }
    }
    this.insertedText = message.text;
    // For the send guard and the From notice (domain/sendGuardProtocol.ts): never fails the fill.
    if (supports('1.11')) await markComposed(item, { subject: message.subject, sharedMailbox: rememberedMailboxes(this.storage)[0] });
  }

  private readonly events = new HostEvents((emit) => {
    const mailbox = this.mailbox;
    const cleanups: (() => void)[] = [];
    const add = (type: Office.EventType, version: string, change: HostChange) => {
      if (!mailbox || !supports(version)) return;
      // Stryker disable next-line ConditionalExpression: calling a missing addHandlerAsync throws inside the try below, which skips the event the same way
      if (typeof mailbox.addHandlerAsync !== 'function') return;
      // One handler per event type for the whole host, removed by reference when the last listener goes.
      const handler = (args?: { officeTheme?: Office.OfficeTheme }) => {
        // Inside the handler Office.context.officeTheme can still be the old one (office-js #6348).
        if (args?.officeTheme?.bodyBackgroundColor) this.themeOverride = themeFromBackground(args.officeTheme.bodyBackgroundColor);
        emit(change);
      };
      try {
        mailbox.addHandlerAsync(type, handler);
        cleanups.push(() => {
          try {
            // Stryker disable next-line OptionalChaining: calling a missing removeHandlerAsync throws inside this try, which ignores it the same way
            (mailbox.removeHandlerAsync as unknown as (t: Office.EventType, o: { handler: typeof handler }, cb: () => void) => void)?.(
              type,
              { handler },
              () => undefined,
            );
          } catch {
            /* already gone */
          }
        });
      } catch {
        /* event not available in this client: nothing to re-detect on */
      }
    };
    add(Office.EventType.ItemChanged, '1.5', 'item');
    add(Office.EventType.OfficeThemeChanged, '1.14', 'theme');
    // No task-pane event reports a From change, so poll it (cheap, local) while anyone listens.
    if (this.mode() === 'compose') {
      const poll = pollFrom(
        () => this.getFrom(),
        () => emit('from'),
      );
      cleanups.push(() => poll.stop());
    }
    return () => cleanups.forEach((c) => c());
  });

  subscribe(listener: (change: HostChange) => void): () => void {
    return this.events.subscribe(listener);
  }
}
