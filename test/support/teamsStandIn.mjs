// A local stand-in for the Teams host, for the real tab.html with the real TeamsJS: it answers
// TeamsJS's frameless (native) channel, window.nativeInterface.framelessPostMessage, the way the
// Teams mobile clients do, so no https parent frame or Microsoft origin is needed. Installed with
// Playwright's addInitScript before the page's own scripts run. Used by the browser tests and the
// benchmark; never shipped.

/** The script to install. `mail` plays the tab inside Outlook (TeamsJS's mail capability). */
export function teamsStandInScript({ theme = 'default', mail = false, user = 'amira.khan3@nhs.net' } = {}) {
  return `(() => {
  const settings = ${JSON.stringify({ theme, mail, user })};
  const composed = [];
  const reply = (message, args) => setTimeout(() => window.onNativeMessage && window.onNativeMessage({ data: { id: message.id, uuidAsString: message.uuidAsString, args } }), 0);
  window.__teamsComposed = composed;
  window.__teamsCalls = [];
  window.__teamsSetTheme = (next) => {
    settings.theme = next;
    window.onNativeMessage && window.onNativeMessage({ data: { func: 'themeChange', args: [next] } });
  };
  window.nativeInterface = {
    framelessPostMessage(json) {
      const message = JSON.parse(json);
      window.__teamsCalls.push(message.func);
      if (message.func === 'initialize') {
        const runtime = { apiVersion: 4, supports: { appInstallDialog: {}, mail: settings.mail ? {} : undefined, pages: { appButton: {}, tabs: {}, config: {}, backStack: {} }, teamsCore: {} } };
        reply(message, ['content', 'desktop', JSON.stringify(runtime), '2.58.0']);
      } else if (message.func === 'getContext') {
        reply(message, [{ theme: settings.theme, userPrincipalName: settings.user, loginHint: settings.user, userDisplayName: 'Amira Khan', hostName: settings.mail ? 'Outlook' : 'Teams', frameContext: 'content', locale: 'en-GB' }]);
      } else if (message.func === 'mail.composeMail') {
        composed.push(message.args[0]);
        reply(message, [true]);
      }
      // Everything else (registerHandler, appLoaded, success …) needs no answer.
    },
  };
})();`;
}
