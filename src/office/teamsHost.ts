// The Teams / Microsoft 365 host: the personal tab in Teams, Outlook's app bar and the Microsoft 365
// app. Same Host interface as OfficeHost and MemoryHost, on TeamsJS (through the TeamsSdk seam).
// A tab has no mailbox item: no mailbox signals, no From, nothing to fill. The site comes from the
// remembered or typed shared mailbox, and emails are opened in Outlook (mail.composeMail where the
// host supports it) for the user to send from the shared mailbox.

import type { ComposedMessage } from '../domain/compose';
import { HostError, prefixedStorage, type Host, type HostChange, type HostSnapshot, type KeyValueStore, type ThemeName } from './host';
import type { TeamsContext, TeamsSdk } from './teamsSdk';
import { rememberedMailboxes } from './localState';

/** How long the tab waits for Teams to answer app.initialize() before saying it is not inside Teams. */
export const teamsReadyTimeoutMs = 5000;
/** How long any later TeamsJS call may take before it becomes a HostError. */
export const teamsCallTimeoutMs = 10_000;

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
export async function waitForTeams(sdk: TeamsSdk, timeoutMs = teamsReadyTimeoutMs): Promise<TeamsStart> {
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

  constructor(
    private readonly sdk: TeamsSdk,
    readonly storage: KeyValueStore = prefixedStorage('nas-assistant-tab:'),
    private readonly callTimeoutMs = teamsCallTimeoutMs,
  ) {}

  /** TeamsJS call with a time-out; every failure becomes a HostError a person can act on. */
  private call<T>(operation: HostError['operation'], run: () => Promise<T> | T, failure: string): Promise<T> {
    const started = Promise.resolve().then(run);
    return timeout(started, this.callTimeoutMs, () => new HostError(operation, `${failure} (Teams did not answer in time).`)).catch(
      (error: unknown) => {
        if (error instanceof HostError) throw error;
        const reason = error instanceof Error && error.message ? ` (${error.message})` : '';
        throw new HostError(operation, `${failure}${reason}.`);
      },
    );
  }

  private ensureInitialized(): Promise<void> {
    this.initialized ??= this.call('snapshot', () => this.sdk.initialize(), 'Teams did not start the app').then(
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

  async snapshot(): Promise<HostSnapshot> {
    await this.ensureInitialized();
    const context: TeamsContext = await this.call('snapshot', () => this.sdk.getContext(), 'Teams did not say who is signed in');
    let mail = false;
    try {
      mail = this.sdk.mailSupported();
    } catch {
      mail = false;
    }
    const user = context.user ?? {};
    return {
      mode: 'none',
      user: { address: user.userPrincipalName || user.loginHint || '', displayName: user.displayName },
      // No mailbox item in a tab, so no Outlook signal: the site is the shared mailbox last confirmed
      // in this tab (a compose or a typed choice), or the one the user types now.
      signals: rememberedMailboxes(this.storage)
        .slice(0, 1)
        .map((address) => ({ source: 'remembered' as const, address })),
      displayNames: {},
      refused: [{ source: 'shared-properties', reason: 'A tab has no selected email, so it cannot see which mailbox is open.' }],
      theme: this.theme ?? themeFromTeams(context.app?.theme),
      capabilities: { composeNew: mail, fillCurrent: false, readFrom: false },
    };
  }

  /** Opens a new Outlook email (TeamsJS mail capability: the tab running inside Outlook). */
  async composeNew(message: ComposedMessage): Promise<void> {
    await this.ensureInitialized().catch((error: unknown) => {
      throw error instanceof HostError ? new HostError('composeNew', error.message) : error;
    });
    let supported = false;
    try {
      supported = this.sdk.mailSupported();
    } catch {
      supported = false;
    }
    if (!supported)
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
    throw new HostError('fillCurrent', 'There is no open email to fill in a tab. Use Create email or Open in Outlook instead.');
  }

  /** No email is open in a tab, so there is no From to read. */
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
