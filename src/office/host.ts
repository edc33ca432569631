// The one seam between the task pane and Outlook. The UI talks to this interface only; the
// Office.js implementation is the only code that touches `Office`.

import type { ComposedMessage } from '../domain/compose';
import type { MailboxSignal, SignalSource } from '../domain/detectMailbox';
import type { BlockedContext } from '../domain/sendGuardProtocol';

export type HostMode = 'read' | 'compose' | 'none';
/** 'contrast' comes only from Teams (its high-contrast theme); Outlook reports light or dark. */
export type ThemeName = 'light' | 'dark' | 'contrast';
export type HostChange = 'item' | 'from' | 'theme';

export interface HostSnapshot {
  mode: HostMode;
  user: { address: string; displayName?: string };
  /** Mailbox signals Outlook gave, in no particular order (detectMailbox orders them). */
  signals: MailboxSignal[];
  /** Display names seen on the selected item, by lower-case address. */
  displayNames: Record<string, string>;
  /** Signals that could not be read, and why: shown in "How was this found?". */
  refused: { source: SignalSource; reason: string }[];
  theme: ThemeName;
  capabilities: { composeNew: boolean; fillCurrent: boolean; readFrom: boolean };
  /** Which Outlook this is, where the host can tell (the pane shows that one's steps first). */
  client?: OutlookClient;
}

/** The Outlook clients whose steps differ. */
export const outlookClients = ['classic', 'new', 'web', 'mac', 'mobile'] as const;
export type OutlookClient = (typeof outlookClients)[number];

/**
 * The client from Office's diagnostics ("Office.Diagnostics": hostName is Outlook, newOutlookWindows,
 * OutlookWebApp, OutlookIOS or OutlookAndroid; "Outlook" is classic Windows and Mac alike, told apart
 * by the platform, PC or Mac). Anything else is unknown: every client's steps are shown.
 */
export function outlookClient(hostName: unknown, platform: unknown): OutlookClient | undefined {
  const byHost: Record<string, OutlookClient> = {
    newOutlookWindows: 'new',
    OutlookWebApp: 'web',
    OutlookIOS: 'mobile',
    OutlookAndroid: 'mobile',
  };
  const host = typeof hostName === 'string' ? hostName : '';
  if (Object.prototype.hasOwnProperty.call(byHost, host)) return byHost[host];
  if (host !== 'Outlook') return undefined;
  return platform === 'PC' ? 'classic' : platform === 'Mac' ? 'mac' : undefined;
}

/** What the Diagnostics view shows about this Outlook (additive, for the pilot). */
export interface HostDiagnostics {
  /** Outlook's own name for the client, e.g. Outlook, newOutlookWindows, OutlookWebApp. */
  host: string;
  /** PC, Mac, OfficeOnline… as Office.js reports it. */
  platform: string;
  version: string;
  /** The Mailbox requirement sets this Outlook supports, lowest first. */
  mailboxSets: string[];
  /** When the send guard last ran on this computer, where the pane can see it (ISO time). */
  sendGuardLastRan?: string;
}

/** The Mailbox requirement sets the Diagnostics view asks about. */
export const mailboxSetVersions = [
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '1.5',
  '1.6',
  '1.7',
  '1.8',
  '1.9',
  '1.10',
  '1.11',
  '1.12',
  '1.13',
  '1.14',
  '1.15',
  '1.16',
] as const;

/** The selected message in read mode, as Outlook gave it: untrusted, and held in memory only. */
export interface SelectedItem {
  subject: string;
  from?: { address: string; displayName?: string };
  /** When it arrived (the item's creation time), ISO 8601. */
  received?: string;
  /** Plain text, cut to a size limit; empty when Outlook could not give it. */
  body: string;
}

export interface KeyValueStore {
  get(key: string): string | null;
  /** Returns false when the value could not be stored beyond this page (storage full or blocked). */
  set(key: string, value: string): boolean | void;
  remove(key: string): void;
  /** True when the browser refused storage altogether: values live only while the page is open. */
  readonly blocked?: boolean;
  /** Every key held (the start-up sweep of expired drafts reads them). */
  keys?(): string[];
  /** Another page (a second Outlook window or tab) changed a key; null means everything was cleared. */
  onExternalChange?(listener: (key: string | null) => void): () => void;
  /** Where a prefixed store keeps its values (the draft store lists keys and hears other pages from it). */
  readonly area?: { prefix: string; backing: Storage | null; memory: ReadonlyMap<string, string> };
}

export interface Host {
  readonly name: 'outlook' | 'preview' | 'teams';
  snapshot(): Promise<HostSnapshot>;
  /** Read mode: open a new message window with this message. */
  composeNew(message: ComposedMessage): Promise<void>;
  /** Compose mode: set To, subject and body of the open message. */
  fillCurrent(message: ComposedMessage): Promise<void>;
  /** Compose mode: the From address now, or undefined where Outlook cannot say. */
  getFrom(): Promise<string | undefined>;
  /** Each call adds a listener; the function it returns removes that one listener only. */
  subscribe(listener: (change: HostChange) => void): () => void;
  storage: KeyValueStore;
  /** For the Diagnostics view; may reject like any host call. */
  diagnostics?(): Promise<HostDiagnostics>;
  /** Read mode: the selected message (subject, sender, date, body text), or undefined when there is none. Never stored. */
  readItem?(): Promise<SelectedItem | undefined>;
  /** The blocked request the pane was opened for (Smart Alerts' Take Action, `contextData`); never rejects. */
  initialRequest?(): Promise<BlockedContext | undefined>;
}

/** The host calls that can fail: the same names on every host (the contract suite checks them). */
export const hostOperations = ['snapshot', 'composeNew', 'fillCurrent', 'getFrom', 'readItem'] as const;
export type HostOperation = (typeof hostOperations)[number];

/** A host call that failed or did not answer in time, with a message a person can act on. */
export class HostError extends Error {
  constructor(
    readonly operation: HostOperation,
    message: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}

/** Relative luminance of a #rrggbb colour (WCAG definition). */
export function luminance(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return undefined;
  const channel = (h: string) => {
    const c = parseInt(h, 16) / 255;
    // Stryker disable next-line EqualityOperator: c is k/255 for a whole k, never 0.03928 itself (k = 10 gives 0.03922, k = 11 gives 0.04314), so <= and < agree
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(m[1]!) + 0.7152 * channel(m[2]!) + 0.0722 * channel(m[3]!);
}

/** Outlook's body background decides light or dark; unknown colours mean light. */
export function themeFromBackground(hex: string | undefined): ThemeName {
  const l = hex ? luminance(hex) : undefined;
  // Stryker disable next-line EqualityOperator: no #rrggbb has luminance exactly 0.2 (all 16,777,216 checked; the nearest is 9e-9 away), so < and <= agree
  return l !== undefined && l < 0.2 ? 'dark' : 'light';
}

/** A store that lives only as long as the page (tests, and where localStorage is blocked). */
export function memoryStorage(): KeyValueStore {
  const store = prefixedStorage('', null);
  return {
    ...store,
    blocked: false,
    set: (key, value) => {
      store.set(key, value);
      return true;
    },
  };
}

/** localStorage under a prefix (the add-in's partition key where Outlook gives one); null means memory only. */
export function prefixedStorage(prefix: string, backing: Storage | null = safeLocalStorage() ?? null): KeyValueStore {
  const memory = new Map<string, string>();
  return {
    blocked: backing === null,
    get: (key) => {
      // A value that could not be written out is newer than whatever storage still holds.
      if (memory.has(key)) return memory.get(key)!;
      try {
        return backing ? backing.getItem(prefix + key) : null;
      } catch {
        return memory.get(key) ?? null;
      }
    },
    set: (key, value) => {
      try {
        // Stryker disable next-line BlockStatement: without this block a null backing's setItem throws a TypeError into the catch below, which does the same (keep in memory, return false)
        if (!backing) {
          memory.set(key, value);
          return false;
        }
        backing.setItem(prefix + key, value);
        memory.delete(key);
        return true;
      } catch {
        // Storage full or blocked (private mode): keep it for this session at least.
        memory.set(key, value);
        return false;
      }
    },
    remove: (key) => {
      memory.delete(key);
      try {
        // Stryker disable next-line OptionalChaining: with a null backing the TypeError of backing.removeItem is caught just below, so the chain changes nothing
        backing?.removeItem(prefix + key);
      } catch {
        /* nothing to remove */
      }
    },
    area: { prefix, backing, memory },
  };
}

function safeLocalStorage(): Storage | undefined {
  try {
    // Stryker disable next-line StringLiteral: where typeof localStorage is 'undefined', returning localStorage returns undefined too (an undeclared one throws into the catch), so a never-true test changes nothing
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
