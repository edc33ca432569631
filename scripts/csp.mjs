// The one hosting definition (docs/deploy.md, "Hosting requirements"): the Content-Security-Policy
// and the caching rules. `npm run hosting` (scripts/hosting.mjs) turns it into ready configurations
// for nginx, Azure Static Web Apps and IIS; `npm run dev:https` and the browser tests serve with it.

/**
 * Who may frame our pages. Outlook on the web frames the task pane; Teams, Outlook and the Microsoft
 * 365 app frame the tab. The tab hosts are Microsoft's list, verbatim, from "Tab requirements"
 * (learn.microsoft.com, Teams platform, "Set Content Security Policy headers to allow Teams and any
 * other host applications of your app"): all hosts *.cloud.microsoft; Teams teams.microsoft.com,
 * *.teams.microsoft.com; the Microsoft 365 app *.microsoft365.com, *.office.com; Outlook
 * outlook.office.com, outlook.office365.com, outlook-sdf.office.com, outlook-sdf.office365.com.
 */
export const documentedTabHosts = [
  'https://*.cloud.microsoft',
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
];

/** Outlook on the web's own origins for the task pane (and Office Online's add-in frame). */
const paneHosts = ['https://outlook.cloud.microsoft', 'https://*.officeapps.live.com'];

export const frameAncestors = [...documentedTabHosts, ...paneHosts.filter((h) => !documentedTabHosts.includes(h))];

// Scripts only from the pane itself and Microsoft's office.js CDN, no eval, no plugins. The browser
// tests serve the built pane with exactly this header and the real office.js, and fail on any violation.
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
  `frame-ancestors ${frameAncestors.join(' ')}`,
].join('; ');

/**
 * Caching. Only the files Vite names by content hash (assets/name-HASH.js|css) may be kept for a
 * year; everything else (the pages, events.js, which classic Outlook loads by its fixed name, the
 * manifests, icons) is revalidated on every load, so a new release reaches every client at once.
 */
export const hashedAssetPattern = '^/(?:.+/)?assets/[^/]+-[A-Za-z0-9_-]{8}\\.(?:js|css)$';
export const cacheForever = 'public, max-age=31536000, immutable';
export const cacheNever = 'no-cache';

/** Headers on every response (the caching header is added per file, above). */
export const commonHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** The Cache-Control a path (from the site's root, e.g. /nas/assets/tab-AbCd1234.js) is served with. */
export function cacheControlFor(path) {
  return new RegExp(hashedAssetPattern).test(path) ? cacheForever : cacheNever;
}
