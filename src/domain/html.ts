// Built per call, not at module level, so mutation testing scores it (docs/testing.md, "Static mutants").
const entities = (): Readonly<Record<string, string>> => ({
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
});

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  const table = entities();
  return text.replace(/[&<>"']/g, (ch) => table[ch] ?? ch);
}
