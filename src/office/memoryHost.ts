// The in-memory host: Outlook as a scenario describes it. Used by the preview page and the tests.

import type { ComposedMessage } from '../domain/compose';
import type { MailboxSignal } from '../domain/detectMailbox';
import { HostError, mailboxSetVersions, prefixedStorage, type Host, type HostChange, type HostDiagnostics, type HostSnapshot, type KeyValueStore, type SelectedItem } from './host';
import { guardRanKey } from '../events/guardStatus';
import { bodyLimit } from './readItem';
import type { FailableCall, Scenario } from './scenario';
import { markedHtml, replaceMarkedHtml } from './fillMarker';

export interface SentMessage extends ComposedMessage {
  via: 'composeNew' | 'fillCurrent';
  from: string;
}

export class MemoryHost implements Host {
  readonly name = 'preview' as const;
  readonly messages: SentMessage[] = [];
  private readonly listeners = new Set<(change: HostChange) => void>();
  private readonly messageListeners = new Set<() => void>();
  private from: string;
  /** The open email's HTML body (compose mode), as Outlook would hold it. */
  private body = '';
  private version = 0;

  constructor(
    private scenario: Scenario,
    readonly storage: KeyValueStore = prefixedStorage('nas-assistant-preview:'),
  ) {
    this.from = scenario.from ?? scenario.mailbox;
  }

  private fails(call: FailableCall) {
    return this.scenario.fail.includes(call) || this.scenario.fail.includes('all');
  }

  async snapshot(): Promise<HostSnapshot> {
    if (this.fails('snapshot')) throw new HostError('snapshot', 'Outlook did not answer when asked about the selected item.');
    const s = this.scenario;
    const signals: MailboxSignal[] = [];
    const refused: HostSnapshot['refused'] = [];
    if (s.mode === 'compose') {
      if (this.fails('getFrom')) refused.push({ source: 'from', reason: 'Outlook could not read the From address.' });
      else signals.push({ source: 'from', address: this.from });
    }
    if (this.fails('sharedProperties')) {
      refused.push({ source: 'shared-properties', reason: 'Outlook could not say which mailbox the selected message is in.' });
    } else if (s.mailbox.toLowerCase() !== s.user.toLowerCase()) {
      signals.push({ source: 'shared-properties', address: s.mailbox });
    } else {
      refused.push({ source: 'shared-properties', reason: 'Outlook named no shared mailbox for the selected message.' });
    }
    if (this.fails('userProfile')) refused.push({ source: 'user-profile', reason: 'Outlook did not give the signed-in account.' });
    else signals.push({ source: 'user-profile', address: s.user, displayName: s.userDisplayName });
    return {
      mode: s.mode,
      user: { address: s.user, displayName: s.userDisplayName },
      signals,
      displayNames: s.displayName ? { [s.mailbox.toLowerCase()]: s.displayName } : {},
      refused,
      theme: s.theme,
      capabilities: { composeNew: s.mode === 'read', fillCurrent: s.mode === 'compose', readFrom: s.mode === 'compose' },
    };
  }

  async composeNew(message: ComposedMessage): Promise<void> {
    await tick();
    if (this.fails('composeNew')) throw new HostError('composeNew', 'Outlook could not open a new email window.');
    this.messages.push({ ...message, via: 'composeNew', from: this.scenario.user });
    this.version += 1;
    this.messageListeners.forEach((l) => l());
  }

  async fillCurrent(message: ComposedMessage): Promise<void> {
    await tick();
    if (this.fails('fillCurrent')) throw new HostError('fillCurrent', 'Outlook could not fill in this email.');
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
  }

  /** The preview is not Outlook: it says so, and claims every requirement set (its host does everything). */
  async diagnostics(): Promise<HostDiagnostics> {
    await tick();
    if (this.fails('snapshot')) throw new HostError('snapshot', 'Outlook did not answer when asked about itself.');
    return { host: 'Preview (no Outlook)', platform: 'browser', version: 'not Outlook', mailboxSets: [...mailboxSetVersions], sendGuardLastRan: this.storage.get(guardRanKey) ?? undefined };
  }

  async getFrom(): Promise<string | undefined> {
    if (this.scenario.mode !== 'compose') return undefined;
    if (this.fails('getFrom')) throw new HostError('getFrom', 'Outlook could not read the From address.');
    return this.from;
  }

  /** Like Outlook: only in read mode, the body cut to the same size limit. */
  async readItem(): Promise<SelectedItem | undefined> {
    await tick();
    if (this.fails('readItem')) throw new HostError('readItem', 'Outlook could not read the selected message.');
    const item = this.scenario.item;
    if (this.scenario.mode !== 'read' || !item) return undefined;
    return { ...item, body: item.body.slice(0, bodyLimit) };
  }

  subscribe(listener: (change: HostChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
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

  setFrom(address: string) {
    this.from = address;
    this.emit('from');
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

  private emit(change: HostChange) {
    for (const l of this.listeners) l(change);
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
