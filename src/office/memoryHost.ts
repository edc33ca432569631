// The in-memory host: Outlook as a scenario describes it. Used by the preview page and the tests.
// It behaves like Outlook where the two could differ (the host contract suite runs on both): calls
// answer asynchronously and through the same deadlines, From changes are seen by polling (Outlook has
// no pane event for them), and its pretend Outlook removes every handler of a type at once, as
// mailbox.removeHandlerAsync does.

import type { ComposedMessage } from '../domain/compose';
import type { MailboxSignal } from '../domain/detectMailbox';
import { asHostError, singleFlight, withDeadline } from './deadline';
import { HostEvents, pollFrom, type FromPoll } from './hostEvents';
import {
  HostError,
  mailboxSetVersions,
  prefixedStorage,
  type Host,
  type HostChange,
  type HostDiagnostics,
  type HostSnapshot,
  type KeyValueStore,
  type SelectedItem,
} from './host';
import { composeMarkKey, guardRanKey, serialiseMark } from '../domain/sendGuardProtocol';
import { rememberedMailboxes } from './localState';
import type { OfficeApi } from './sendGuardOffice';
import { bodyLimit } from './readItem';
import type { FailableCall, HangableCall, Scenario } from './scenario';
import { markedHtml, replaceMarkedHtml } from './fillMarker';
import { inSignalOrder } from './signalOrder';

export interface SentMessage extends ComposedMessage {
  via: 'composeNew' | 'fillCurrent';
  from: string;
}

type OutlookEvent = 'item' | 'theme';
/** The compose events Outlook raises to the add-in's event runtime (OnMessageFromChanged, OnMessageRecipientsChanged). */
export type ComposeEventName = 'from' | 'recipients';
/** A notification on the open email, as Outlook shows it above the body. */
export interface EmailNotice {
  key: string;
  message: string;
}

export class MemoryHost implements Host {
  readonly name = 'preview' as const;
  readonly messages: SentMessage[] = [];
  /** How many times each pretend-Outlook call was started (the contract suite counts them). */
  readonly calls: Record<'getFrom' | 'sharedProperties' | 'composeNew' | 'fillCurrent', number> = {
    getFrom: 0,
    sharedProperties: 0,
    composeNew: 0,
    fillCurrent: 0,
  };
  /** The pretend Outlook's registered handlers, by event type (as mailbox.addHandlerAsync keeps them). */
  readonly outlookHandlers = new Map<OutlookEvent, (() => void)[]>();
  private readonly messageListeners = new Set<() => void>();
  private readonly composeListeners = new Set<(event: ComposeEventName) => void>();
  /** Notifications on the open email (compose mode), in the order they were added. */
  readonly notices: EmailNotice[] = [];
  private from: string;
  /** The open email's HTML body (compose mode), as Outlook would hold it. */
  private body = '';
  private version = 0;
  private poll: FromPoll | undefined;

  constructor(
    private scenario: Scenario,
    readonly storage: KeyValueStore = prefixedStorage('nas-assistant-preview:'),
  ) {
    this.from = scenario.from ?? scenario.mailbox;
  }

  private fails(call: FailableCall) {
    return this.scenario.fail.includes(call) || this.scenario.fail.includes('all');
  }

  private hangs(call: HangableCall) {
    // Stryker disable next-line ArrayDeclaration: a made-up entry names no call and is not 'all', so includes() below is false either way
    const hang = this.scenario.hang ?? [];
    return hang.includes(call) || hang.includes('all');
  }

  /** A pretend Outlook call: answers on a later tick, fails as the scenario says, or never answers. */
  private outlook<T>(call: keyof MemoryHost['calls'], answer: () => T, failure: HostError): Promise<T> {
    this.calls[call]++;
    if (this.hangs(call)) return new Promise<T>(() => undefined);
    return tick().then(() => {
      if (this.fails(call)) throw failure;
      return answer();
    });
  }

  private readonly fromCall = singleFlight(() => {
    // Outlook answers with the From as it was when asked.
    const from = this.from;
    return this.outlook('getFrom', () => from, new HostError('getFrom', 'Outlook could not read the From address.'));
  });

  async snapshot(): Promise<HostSnapshot> {
    if (this.fails('snapshot')) throw new HostError('snapshot', 'Outlook did not answer when asked about the selected item.');
    const s = this.scenario;
    const signals: MailboxSignal[] = [];
    const refused: HostSnapshot['refused'] = [];
    if (this.fails('userProfile')) refused.push({ source: 'user-profile', reason: 'Outlook did not give the signed-in account.' });
    else signals.push({ source: 'user-profile', address: s.user, displayName: s.userDisplayName });
    const readFrom = async () => {
      if (s.mode !== 'compose') return;
      try {
        signals.push({
          source: 'from',
          address: await withDeadline(this.fromCall(), 'getFrom', 'Outlook could not read the From address'),
        });
      } catch (error) {
        // Stryker disable next-line StringLiteral: withDeadline rejects with HostErrors only, which asHostError returns as they are
        refused.push({ source: 'from', reason: asHostError(error, 'getFrom', 'Could not read From').message });
      }
    };
    const readShared = async () => {
      const own = s.mailbox.toLowerCase() === s.user.toLowerCase();
      try {
        const owner = await withDeadline(
          this.outlook(
            'sharedProperties',
            () => {
              if (own) throw new HostError('snapshot', 'Outlook named no shared mailbox for the selected message.');
              return s.mailbox;
            },
            new HostError('snapshot', 'Outlook could not say which mailbox the selected message is in.'),
          ),
          // Stryker disable next-line StringLiteral: only the message reaches the snapshot (refused keeps no operation), and every operation but compose ones has the same 3 s deadline
          'snapshot',
          // Stryker disable next-line StringLiteral: outlook() rejects with HostErrors only (kept as they are) and the time-out uses timedOut, so this failure text is never shown
          'Outlook could not say which mailbox the selected message is in',
          { timedOut: 'Outlook did not say which mailbox this message is in' },
        );
        signals.push({ source: 'shared-properties', address: owner });
      } catch (error) {
        // Stryker disable next-line StringLiteral: withDeadline rejects with HostErrors only, which asHostError returns as they are
        refused.push({ source: 'shared-properties', reason: asHostError(error, 'snapshot', 'Not a shared item').message });
      }
    };
    await Promise.all([readFrom(), readShared()]);
    inSignalOrder(signals);
    inSignalOrder(refused);
    return {
      mode: s.mode,
      user: { address: s.user, displayName: s.userDisplayName },
      signals,
      displayNames: s.displayName ? { [s.mailbox.toLowerCase()]: s.displayName } : {},
      refused,
      theme: s.theme,
      capabilities: { composeNew: s.mode === 'read', fillCurrent: s.mode === 'compose', readFrom: s.mode === 'compose' },
      ...(s.client ? { client: s.client } : {}),
    };
  }

  async composeNew(message: ComposedMessage): Promise<void> {
    await withDeadline(
      this.outlook('composeNew', () => undefined, new HostError('composeNew', 'Outlook could not open a new email window.')),
      'composeNew',
      'Outlook could not open a new email window',
    );
    this.messages.push({ ...message, via: 'composeNew', from: this.scenario.user });
    this.version += 1;
    this.messageListeners.forEach((l) => l());
  }

  async fillCurrent(message: ComposedMessage): Promise<void> {
    // As in Outlook, there is nothing to fill in outside compose mode.
    if (this.scenario.mode !== 'compose') throw new HostError('fillCurrent', 'There is no open email to fill in here.');
    await withDeadline(
      this.outlook('fillCurrent', () => undefined, new HostError('fillCurrent', 'Outlook could not fill in this email.')),
      'fillCurrent',
      'Outlook could not fill in this email',
    );
    // Like OfficeHost: the request goes in marked, a second fill replaces it, other text stays below.
    const sent: SentMessage = { ...message, via: 'fillCurrent', from: this.from };
    const replaced = replaceMarkedHtml(this.body, message.html);
    if (replaced !== undefined) {
      this.body = replaced;
      const last = this.messages.map((m) => m.via).lastIndexOf('fillCurrent');
      if (last >= 0) this.messages[last] = sent;
      else this.messages.push(sent);
    } else {
      this.body = this.body.trim() ? `${markedHtml(message.html)}<br>${this.body}` : markedHtml(message.html);
      this.messages.push(sent);
    }
    this.version += 1;
    this.messageListeners.forEach((l) => l());
    // Filling sets To: Outlook raises OnMessageRecipientsChanged to the event runtime.
    this.composeListeners.forEach((l) => l('recipients'));
  }

  /** The preview is not Outlook: it says so, and claims every requirement set (its host does everything). */
  async diagnostics(): Promise<HostDiagnostics> {
    await tick();
    if (this.fails('snapshot')) throw new HostError('snapshot', 'Outlook did not answer when asked about itself.');
    return {
      host: 'Preview (no Outlook)',
      platform: 'browser',
      version: 'not Outlook',
      mailboxSets: [...mailboxSetVersions],
      sendGuardLastRan: this.storage.get(guardRanKey) ?? undefined,
    };
  }

  async getFrom(): Promise<string | undefined> {
    if (this.scenario.mode !== 'compose') return undefined;
    return withDeadline(this.fromCall(), 'getFrom', 'Outlook could not read the From address');
  }

  /** Like Outlook: only in read mode, the body cut to the same size limit. */
  async readItem(): Promise<SelectedItem | undefined> {
    await tick();
    if (this.fails('readItem')) throw new HostError('readItem', 'Outlook could not read the selected message.');
    const item = this.scenario.item;
    if (this.scenario.mode !== 'read' || !item) return undefined;
    return { ...item, body: item.body.slice(0, bodyLimit) };
  }

  private readonly events = new HostEvents((emit) => {
    const add = (type: OutlookEvent) => {
      const handler = () => emit(type);
      this.outlookHandlers.set(type, [...(this.outlookHandlers.get(type) ?? []), handler]);
    };
    add('item');
    add('theme');
    if (this.scenario.mode === 'compose')
      this.poll = pollFrom(
        () => this.getFrom(),
        () => emit('from'),
      );
    return () => {
      // Outlook's removeHandlerAsync(type) removes every handler of the type, whatever is passed.
      this.outlookHandlers.delete('item');
      this.outlookHandlers.delete('theme');
      this.poll?.stop();
      this.poll = undefined;
    };
  });

  subscribe(listener: (change: HostChange) => void): () => void {
    return this.events.subscribe(listener);
  }

  // ---- what the preview page (a pretend Outlook) can do ----

  onMessage(listener: () => void): () => void {
    this.messageListeners.add(listener);
    return () => this.messageListeners.delete(listener);
  }

  get currentFrom() {
    return this.from;
  }

  /** The open email's body (HTML) in compose mode. */
  get currentBody() {
    return this.body;
  }

  /** Text already in the open email, such as a signature. */
  setBody(html: string) {
    this.body = html;
  }

  /** Changes whenever an email is created or filled (a refill replaces, so the count may not change). */
  get messageVersion() {
    return this.version;
  }

  get currentScenario(): Readonly<Scenario> {
    return this.scenario;
  }

  /** Changes From silently, as Outlook does; the pane's poll sees it (asked now, rather than in 2 s). */
  setFrom(address: string) {
    this.from = address;
    this.poll?.now();
    // The event runtime, unlike the pane, hears it: OnMessageFromChanged.
    this.composeListeners.forEach((l) => l('from'));
  }

  /** The person dismisses a notification (Outlook's Dismiss): it goes until the add-in adds it again. */
  dismissNotice(key: string) {
    const at = this.notices.findIndex((n) => n.key === key);
    if (at === -1) return;
    this.notices.splice(at, 1);
    this.version += 1;
    this.messageListeners.forEach((l) => l());
  }

  /** The compose events Outlook would raise to the event runtime (the preview page runs the handler). */
  onComposeEvent(listener: (event: ComposeEventName) => void): () => void {
    this.composeListeners.add(listener);
    return () => this.composeListeners.delete(listener);
  }

  /**
   * The open email as the event runtime's Office shows it (To and subject from the last fill, From
   * now, the pane's mark in session data, the notifications), with Outlook's documented limits on
   * notifications (key 32 characters, message 150, an icon for informational ones). Compose mode only.
   */
  eventOffice(): OfficeApi {
    const filled = this.messages.filter((m) => m.via === 'fillCurrent').at(-1);
    const ok = (cb: (r: unknown) => void, value?: unknown) => queueMicrotask(() => cb({ status: 'succeeded', value }));
    const failed = (cb: (r: unknown) => void, message: string) => queueMicrotask(() => cb({ status: 'failed', error: { message } }));
    const list = (addresses: readonly string[] = []) => addresses.map((emailAddress) => ({ emailAddress, displayName: '' }));
    const mark = filled ? serialiseMark({ subject: filled.subject, sharedMailbox: rememberedMailboxes(this.storage)[0] }) : undefined;
    const changed = () => {
      this.version += 1;
      this.messageListeners.forEach((l) => l());
    };
    const notices = {
      getAllAsync: (cb: (r: unknown) => void) => ok(cb, this.notices.slice()),
      replaceAsync: (key: string, details: { message: string; icon?: string }, cb: (r: unknown) => void) => {
        if (key.length > 32 || details.message.length > 150 || !details.icon) return failed(cb, 'ArgumentOutOfRange');
        const at = this.notices.findIndex((n) => n.key === key);
        if (at === -1) this.notices.push({ key, message: details.message });
        else this.notices[at] = { key, message: details.message };
        changed();
        ok(cb);
      },
      removeAsync: (key: string, cb: (r: unknown) => void) => {
        const at = this.notices.findIndex((n) => n.key === key);
        if (at === -1) return failed(cb, 'KeyNotFound');
        this.notices.splice(at, 1);
        changed();
        ok(cb);
      },
    };
    const item = {
      to: { getAsync: (cb: (r: unknown) => void) => ok(cb, list(filled?.to)) },
      cc: { getAsync: (cb: (r: unknown) => void) => ok(cb, list(filled?.cc)) },
      bcc: { getAsync: (cb: (r: unknown) => void) => ok(cb, []) },
      from: { getAsync: (cb: (r: unknown) => void) => ok(cb, { emailAddress: this.from }) },
      subject: { getAsync: (cb: (r: unknown) => void) => ok(cb, filled?.subject ?? '') },
      body: { getAsync: (_type: unknown, cb: (r: unknown) => void) => ok(cb, filled?.text ?? '') },
      sessionData: {
        getAsync: (key: string, cb: (r: unknown) => void) => (key === composeMarkKey && mark ? ok(cb, mark) : failed(cb, 'Not found')),
        setAsync: (_key: string, _value: string, cb: (r: unknown) => void) => ok(cb),
      },
      notificationMessages: notices,
    };
    return {
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      CoercionType: { Text: 'text' },
      PlatformType: { Mac: 'Mac' },
      MailboxEnums: {
        SendModeOverride: { PromptUser: 'promptUser' },
        ItemNotificationMessageType: { InformationalMessage: 'informationalMessage' },
      },
      context: {
        diagnostics: { platform: 'OfficeOnline' },
        requirements: {
          isSetSupported: (set: string, v: string) => set === 'Mailbox' && (mailboxSetVersions as readonly string[]).includes(v),
        },
        mailbox: { item: this.scenario.mode === 'compose' ? item : undefined },
      },
    } as unknown as OfficeApi;
  }

  selectItem(mailbox: string, displayName?: string) {
    this.scenario = { ...this.scenario, mailbox, displayName };
    this.emit('item');
  }

  /** Select another message (a pinned pane sees Outlook's item change). */
  selectMessage(item: SelectedItem | undefined) {
    this.scenario = { ...this.scenario, item };
    this.emit('item');
  }

  setTheme(theme: Scenario['theme']) {
    this.scenario = { ...this.scenario, theme };
    this.emit('theme');
  }

  /** The pretend Outlook fires an event: every handler registered for it runs. */
  private emit(change: OutlookEvent) {
    for (const handler of this.outlookHandlers.get(change) ?? []) handler();
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
