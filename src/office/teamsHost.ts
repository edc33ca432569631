// The Teams / Microsoft 365 host: the personal tab in Teams, Outlook's app bar and the Microsoft 365
// app. Same Host interface as OfficeHost and MemoryHost, on TeamsJS (through the TeamsSdk seam).
// A tab has no mailbox item: no mailbox signals, no From, nothing to fill. The site comes from the
// remembered or typed shared mailbox, and emails are opened in Outlook (mail.composeMail where the
// host supports it) for the user to send from the shared mailbox.

import type { ComposedMessage } from '../domain/compose';
import {
  HostError,
  prefixedStorage,
  type Host,
  type HostChange,
  type HostOperation,
  type HostSnapshot,
  type KeyValueStore,
  type ThemeName,
} from './host';
import type { TeamsContext, TeamsSdk } from './teamsSdk';
import { rememberedMailboxes } from './localState';
import { withDeadline } from './deadline';

/** How long the tab waits for Teams to answer app.initialize() before saying it is not inside Teams. */
export const teamsReadyTimeoutMs = 5000;
/** How long app.initialize() may take inside a host call before it becomes a HostError (start() waits 5 s). */
export const teamsInitializeTimeoutMs = 10_000;

export type TeamsStart = { state: 'teams' } | { state: 'outside'; reason: 'not-teams' | 'timeout' };

/** TeamsJS's theme names ("default", "dark", "contrast"; newer hosts may add others) → the pane's themes. */
export function themeFromTeams(theme: string | undefined): ThemeName {
  if (theme === 'dark') return 'dark';
  if (theme === 'contrast') return 'contrast';
  return 'light';
}

function timeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(onTimeout()), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * app.initialize() with a time-out. Opened in a browser (not framed) TeamsJS rejects at once; framed
 * by anything that is not a Microsoft 365 host it never answers, so the wait ends after `timeoutMs`.
 */
export async function waitForTeams(sdk: Pick<TeamsSdk, 'initialize'>, timeoutMs = teamsReadyTimeoutMs): Promise<TeamsStart> {
  try {
    await timeout(
      Promise.resolve().then(() => sdk.initialize()),
      timeoutMs,
      () => new Error('timeout'),
    );
    return { state: 'teams' };
  } catch (error) {
    return { state: 'outside', reason: error instanceof Error && error.message === 'timeout' ? 'timeout' : 'not-teams' };
  }
}

export class TeamsHost implements Host {
  readonly name = 'teams' as const;
  private readonly listeners = new Set<(change: HostChange) => void>();
  private initialized: Promise<void> | undefined;
  private theme: ThemeName | undefined;

  /** `callTimeoutMs` replaces the shared deadlines (deadline.ts) for every call: tests use a short one. */
  constructor(
    private readonly sdk: TeamsSdk,
    readonly storage: KeyValueStore = prefixedStorage('nas-assistant-tab:'),
    private readonly callTimeoutMs?: number,
  ) {}

  /** A TeamsJS call with the same deadlines as Outlook's; every failure becomes a HostError a person can act on. */
  private call<T>(operation: HostOperation, run: () => Promise<T> | T, failure: string, ms = this.callTimeoutMs): Promise<T> {
    return withDeadline(Promise.resolve().then(run), operation, failure, { ms, host: 'Teams' });
  }

  private ensureInitialized(): Promise<void> {
    this.initialized ??= this.call(
      'snapshot',
      () => this.sdk.initialize(),
      'Teams did not start the app',
      this.callTimeoutMs ?? teamsInitializeTimeoutMs,
    ).then(
      () => {
        // One TeamsJS handler for the page; subscribers are fanned out below.
        try {
          this.sdk.onThemeChange((theme) => {
            this.theme = themeFromTeams(theme);
            this.emit('theme');
          });
        } catch {
          /* theme changes are not followed: the tab keeps its first theme */
        }
      },
      (error: unknown) => {
        this.initialized = undefined; // a later call may try again
        throw error;
      },
    );
    return this.initialized;
  }

  /**
   * The tab's first screen, before Teams has answered: no user yet, no mail capability, the theme
   * Teams put in the tab's address (or light). Everything on it works without Teams (the remembered
   * site, the forms, Open in Outlook and copy); start() brings in the rest.
   */
  connectingSnapshot(theme: ThemeName = 'light'): HostSnapshot {
    return this.build({ address: '' }, theme, false);
  }

  /**
   * Waits for Teams (app.initialize(), `timeoutMs` at most, TeamsJS's load included). Once it has
   * answered, subscribers hear a 'theme' change, so a pane opened on connectingSnapshot() asks again
   * and gets Teams' theme, user and mail capability.
   */
  async start(timeoutMs = teamsReadyTimeoutMs): Promise<TeamsStart> {
    const start = await waitForTeams({ initialize: () => this.ensureInitialized() }, timeoutMs);
    if (start.state === 'teams') this.emit('theme');
    return start;
  }

  /**
   * Teams not starting the app is a HostError; the context (user, theme) failing or not answering
   * is refused in the snapshot, like a signal Outlook cannot read: the tab works without it.
   */
  async snapshot(): Promise<HostSnapshot> {
    await this.ensureInitialized();
    let context: TeamsContext | undefined;
    let refused: string | undefined;
    try {
      context = await this.call('snapshot', () => this.sdk.getContext(), 'Teams did not say who is signed in');
    } catch (error) {
      // Stryker disable next-line StringLiteral: this.call rejects only with a HostError (withDeadline makes every rejection one), an Error
      refused = error instanceof Error ? error.message : 'Teams did not say who is signed in.';
    }
    const user = context?.user ?? {};
    const snapshot = this.build(
      { address: user.userPrincipalName || user.loginHint || '', displayName: user.displayName },
      this.theme ?? themeFromTeams(context?.app?.theme),
      this.mailSupported(),
    );
    if (refused) snapshot.refused.unshift({ source: 'user-profile', reason: refused });
    // TeamsJS HostName: OutlookWin32 is classic Outlook; Outlook covers new Outlook and the web alike.
    if (context?.app?.host?.name === 'OutlookWin32') snapshot.client = 'classic';
    return snapshot;
  }

  private mailSupported(): boolean {
    try {
      return this.sdk.mailSupported();
    } catch {
      return false;
    }
  }

  private build(user: HostSnapshot['user'], theme: ThemeName, mail: boolean): HostSnapshot {
    return {
      mode: 'none',
      user,
      // No mailbox item in a tab, so no Outlook signal: the site is the shared mailbox last confirmed
      // in this tab (a compose or a typed choice), or the one the user types now.
      signals: rememberedMailboxes(this.storage)
        .slice(0, 1)
        .map((address) => ({ source: 'remembered' as const, address })),
      displayNames: {},
      refused: [{ source: 'shared-properties', reason: 'A tab has no selected email, so it cannot see which mailbox is open.' }],
      theme,
      capabilities: { composeNew: mail, fillCurrent: false, readFrom: false },
    };
  }

  /** Opens a new Outlook email (TeamsJS mail capability: the tab running inside Outlook). */
  async composeNew(message: ComposedMessage): Promise<void> {
    await this.ensureInitialized().catch((error: unknown) => {
      throw error instanceof HostError ? new HostError('composeNew', error.message) : error;
    });
    if (!this.mailSupported())
      throw new HostError(
        'composeNew',
        'This app cannot open an Outlook email from here. Use Open in Outlook or copy the request instead.',
      );
    await this.call(
      'composeNew',
      () => this.sdk.composeMail({ to: [...message.to], cc: [...message.cc], subject: message.subject, body: message.text }),
      'Outlook could not open a new email',
    );
  }

  async fillCurrent(): Promise<void> {
    throw new HostError('fillCurrent', 'There is no open email to fill in here. Use Create email or Open in Outlook instead.');
  }

  /** No email is open in a tab, so there is no From to read. */
  // Stryker disable next-line BlockStatement: an empty async body resolves undefined too
  async getFrom(): Promise<string | undefined> {
    return undefined;
  }

  subscribe(listener: (change: HostChange) => void): () => void {
    // A fresh wrapper per subscription, so subscribing the same function twice needs two unsubscribes.
    const entry = (change: HostChange) => listener(change);
    this.listeners.add(entry);
    return () => {
      this.listeners.delete(entry);
    };
  }

  private emit(change: HostChange) {
    for (const l of [...this.listeners]) {
      try {
        l(change);
      } catch {
        /* one broken listener must not stop the others */
      }
    }
  }
}
