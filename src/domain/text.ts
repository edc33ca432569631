// Free text as it may reach an email: typed, pasted, or read from received mail. Before anything
// renders it, text is normalised (NFC) and stripped of control and format characters (Unicode
// Cc and Cf: C0/C1 controls, bidi overrides, zero-width characters) and of lone surrogates, so
// what NAS reads is what the form showed. Multi-line text keeps its line breaks.

const controlOrFormat = /[\p{Cc}\p{Cf}]/gu;

/** Drop any surrogate that is not half of a pair (left by cutting text in the middle of a character). */
function dropLoneSurrogates(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += s[i]! + s[i + 1]!;
        i++;
      }
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    out += s[i]!;
  }
  return out;
}

export function cleanText(value: string, options: { multiline?: boolean } = {}): string {
  const whole = dropLoneSurrogates(value);
  // Normalise last: removing a character can leave a letter and its accent side by side.
  if (!options.multiline)
    return whole
      .replace(/[\t\r\n\u0085\u2028\u2029]+/g, ' ')
      .replace(controlOrFormat, '')
      .normalize('NFC');
  return whole
    .replace(/\r\n?|\u0085|[\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .split('\n')
    .map((line) => line.replace(controlOrFormat, ''))
    .join('\n')
    .normalize('NFC');
}

/** Cut text to a field's limit without splitting a character in two. */
export function limitText(value: string, max: number): { value: string; cut: boolean } {
  if (value.length <= max) return { value, cut: false };
  let end = max;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return { value: value.slice(0, end), cut: true };
}

/** The words shown next to a field that cut what was typed or pasted. */
export function cutMessage(max: number): string {
  return `Only the first ${max.toLocaleString('en-GB')} characters were kept: this box takes no more.`;
}
