// The Content-Security-Policy the pane is hosted with (README, "Hosting requirements"): scripts only
// from the pane itself and Microsoft's office.js CDN, no eval, no plugins. The browser tests serve
// the built pane with exactly this header and the real office.js, and fail on any violation.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  // Fluent UI (Griffel) inserts its style rules at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  // Outlook on the web frames the pane.
  'frame-ancestors https://outlook.office.com https://outlook.office365.com https://outlook.cloud.microsoft https://*.officeapps.live.com',
].join('; ');
