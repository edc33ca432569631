// What counts as a development base URL: one only this machine can reach. Outlook on other machines
// would load nothing from it, so validation and packaging refuse it unless told it is meant (--dev).
export function developmentAddress(baseUrl) {
  let host;
  try {
    host = new URL(baseUrl).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
