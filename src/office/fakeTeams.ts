// A local stand-in for the Teams / Microsoft 365 host behind TeamsJS: the preview's Teams scenario
// (?host=teams) and the tests drive TeamsHost with it. Nothing remote is loaded.

import type { TeamsContext, TeamsMail, TeamsSdk } from './teamsSdk';

export type TeamsTheme = 'default' | 'dark' | 'contrast';
export type FakeTeamsCall = 'initialize' | 'getContext' | 'composeMail';

export interface FakeTeamsOptions {
  theme?: TeamsTheme;
  /** The tab runs inside Outlook, where TeamsJS's mail capability is supported. */
  mail?: boolean;
  user?: { userPrincipalName: string; displayName?: string };
  /** Calls that reject. */
  fail?: FakeTeamsCall[];
  /** Calls that never answer (time-out tests). */
  hang?: FakeTeamsCall[];
  /** TeamsJS's app.host.name (HostName: Teams, Outlook, OutlookWin32…); by default Outlook with mail, else Teams. */
  hostName?: string;
}

export class FakeTeams implements TeamsSdk {
  readonly composed: TeamsMail[] = [];
  readonly calls: string[] = [];
  private themeHandler: ((theme: string) => void) | undefined;
  private readonly composeListeners = new Set<() => void>();
  private started = false;
  private theme: TeamsTheme;

  constructor(private readonly options: FakeTeamsOptions = {}) {
    this.theme = options.theme ?? 'default';
  }

  private answer<T>(call: FakeTeamsCall, value: () => T): Promise<T> {
    this.calls.push(call);
    if (this.options.hang?.includes(call)) return new Promise<T>(() => undefined);
    if (this.options.fail?.includes(call)) return Promise.reject(new Error(`${call} failed`));
    return new Promise<T>((resolve) => setTimeout(() => resolve(value()), 0));
  }

  initialize(): Promise<void> {
    return this.answer('initialize', () => {
      this.started = true;
    });
  }

  getContext(): Promise<TeamsContext> {
    if (!this.started) return Promise.reject(new Error('The library has not yet been initialized'));
    return this.answer('getContext', () => ({
      user: this.options.user ?? { userPrincipalName: 'amira.khan3@nhs.net', displayName: 'Amira Khan' },
      app: { theme: this.theme, host: { name: this.options.hostName ?? (this.options.mail ? 'Outlook' : 'Teams') } },
    }));
  }

  /** How many theme handlers TeamsJS holds (0 or 1: registering again replaces it). */
  get themeHandlers(): number {
    return this.themeHandler ? 1 : 0;
  }

  onThemeChange(handler: (theme: string) => void): void {
    // Like TeamsJS: one handler; registering again replaces it.
    this.themeHandler = handler;
  }

  mailSupported(): boolean {
    if (!this.started) throw new Error('The library has not yet been initialized');
    return Boolean(this.options.mail);
  }

  composeMail(mail: TeamsMail): Promise<void> {
    if (!this.mailSupported()) return Promise.reject(new Error('Not supported'));
    return this.answer('composeMail', () => {
      this.composed.push(mail);
      this.composeListeners.forEach((l) => l());
    });
  }

  // ---- what the stand-in host can do ----

  /** The preview shows the emails the tab opened. */
  onCompose(listener: () => void): () => void {
    this.composeListeners.add(listener);
    return () => this.composeListeners.delete(listener);
  }

  /** The user changes the Teams theme. */
  setTheme(theme: TeamsTheme) {
    this.theme = theme;
    this.themeHandler?.(theme);
  }
}
