// Words as the search sees them: lower case, apostrophes dropped ("can't" → "cant"), split at
// anything that is not a letter or a digit, and a light stem so "leaving", "leave" and "leaves"
// meet while "leaver" stays its own word (a leaver is not someone on leave).

/** Words that carry no meaning in a search ("how do I …"); they still count inside phrases. */
export const fillerWords: ReadonlySet<string> = new Set([
  'a',
  'about',
  'all',
  'am',
  'an',
  'and',
  'any',
  'are',
  'as',
  'at',
  'be',
  'been',
  'but',
  'by',
  'can',
  'could',
  'did',
  'do',
  'does',
  'doing',
  'for',
  'from',
  'get',
  'got',
  'had',
  'has',
  'have',
  'he',
  'her',
  'his',
  'how',
  'i',
  'if',
  'im',
  'in',
  'into',
  'is',
  'it',
  'its',
  'ive',
  'just',
  'me',
  'my',
  'need',
  'needs',
  'no',
  'not',
  'of',
  'on',
  'or',
  'our',
  'please',
  'she',
  'should',
  'so',
  'some',
  'that',
  'the',
  'their',
  'them',
  'there',
  'they',
  'this',
  'to',
  'up',
  'us',
  'want',
  'was',
  'we',
  'were',
  'what',
  'whats',
  'when',
  'where',
  'which',
  'who',
  'why',
  'will',
  'with',
  'would',
  'you',
  'your',
]);

/** The words of a text, in order, lower case, apostrophes dropped. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** "leaving", "leaves", "leave" → "leav"; "accounts" → "account"; "leaver" stays "leaver"; short words stay. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 5) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (/(ch|sh|ss|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * Words so common across the requests that looking like one says nothing about which request is
 * meant: a "closest request" suggestion never rests on them ("code" is in ODS, ticket and reset
 * wording alike).
 */
export const genericWords: ReadonlySet<string> = new Set([
  'account',
  'accounts',
  'code',
  'codes',
  'email',
  'emails',
  'help',
  'issue',
  'issues',
  'mail',
  'mailbox',
  'nhs',
  'nhsmail',
  'problem',
  'problems',
  'request',
  'requests',
  'staff',
]);
