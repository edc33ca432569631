// The real TeamsJS behind the TeamsSdk seam. Imported only by the tab page (src/tab/main.tsx): the
// task pane never loads it (test/browser/dist.test.ts checks the task pane's files).
import { app, mail } from '@microsoft/teams-js';
import type { TeamsSdk } from './teamsSdk';

export const teamsJs: TeamsSdk = {
  initialize: () => app.initialize(),
  getContext: async () => {
    const context = await app.getContext();
    return {
      user: context.user && {
        userPrincipalName: context.user.userPrincipalName,
        loginHint: context.user.loginHint,
        displayName: context.user.displayName,
      },
      app: { theme: context.app.theme, host: { name: context.app.host?.name } },
    };
  },
  onThemeChange: (handler) => app.registerOnThemeChangeHandler(handler),
  mailSupported: () => mail.isSupported(),
  composeMail: ({ to, cc, subject, body }) =>
    mail.composeMail({ type: mail.ComposeMailType.New, toRecipients: to, ccRecipients: cc, subject, message: body }),
};
