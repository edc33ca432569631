// The narrow slice of TeamsJS the tab uses. TeamsHost talks to this interface, so the preview and
// the tests can drive it with a local stand-in (fakeTeams.ts); only teamsJs.ts imports
// @microsoft/teams-js, and only the tab page imports teamsJs.ts.

/** What the tab reads from app.getContext(): the signed-in user, the theme and the host. */
export interface TeamsContext {
  user?: { userPrincipalName?: string; loginHint?: string; displayName?: string };
  app: { theme?: string; host?: { name?: string } };
}

export interface TeamsMail {
  to: string[];
  cc: string[];
  subject: string;
  body: string;
}

export interface TeamsSdk {
  /** app.initialize(): rejects outside a Microsoft 365 host, or never settles when framed by something else. */
  initialize(): Promise<void>;
  /** app.getContext(). */
  getContext(): Promise<TeamsContext>;
  /** app.registerOnThemeChangeHandler(): TeamsJS keeps one handler, so TeamsHost registers once and fans out. */
  onThemeChange(handler: (theme: string) => void): void;
  /** mail.isSupported(): true where the tab runs inside Outlook (after initialize). */
  mailSupported(): boolean;
  /** mail.composeMail({ type: New, … }). */
  composeMail(mail: TeamsMail): Promise<void>;
}
