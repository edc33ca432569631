// The Content-Security-Policy the pane is hosted with (docs/deploy.md, "Hosting requirements"): scripts only
// from the pane itself and Microsoft's office.js CDN, no eval, no plugins. The browser tests serve
// the built pane with exactly this header and the real office.js, and fail on any violation.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  // Fluent UI (Griffel) inserts its style rules at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  // TeamsJS (the tab only) reads its list of Teams origins from Microsoft's CDN.
  "connect-src 'self' https://res.cdn.office.net",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  // Outlook on the web frames the pane; Teams, Outlook's app bar and the Microsoft 365 app frame the tab.
  'frame-ancestors https://outlook.office.com https://outlook.office365.com https://outlook.cloud.microsoft https://*.officeapps.live.com https://teams.microsoft.com https://*.teams.microsoft.com https://teams.cloud.microsoft https://*.office.com https://*.microsoft365.com',
].join('; ');
