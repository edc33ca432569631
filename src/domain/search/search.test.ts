import { describe, expect, test } from 'vitest';
import { requestKinds } from '../catalogue';
import { faq } from '../faq';
import { answerDocs, requestDocs } from './docs';
import { buildIndex, closest, docKey, readQuery, search } from './search';
import { synonyms } from './synonyms';
import { stem, words } from './words';

const index = buildIndex([...requestDocs(requestKinds), ...answerDocs(faq)]);
const first = (query: string) => {
  const hit = search(index, query).hits[0];
  return hit ? docKey(hit.doc) : undefined;
};
const keys = (query: string) => search(index, query).hits.map((h) => docKey(h.doc));

// What managers type, and what must come first. Requests are named by kind id, answers by question id.
const phrasings: readonly (readonly [string, string])[] = [
  // People
  ['new starter', 'request:add-user'],
  ['new starters', 'request:add-user'],
  ['add new staff', 'request:add-user'],
  ['new carer', 'request:add-user'],
  ['set up an account for a new nurse', 'request:add-user'],
  ['joiner', 'request:add-joiner'],
  ['staff member already has nhsmail', 'request:add-joiner'],
  ['carer transferring from another care home', 'request:add-joiner'],
  ['leaver', 'request:leaver'],
  ['someone has left', 'request:leaver'],
  ['remove staff', 'request:leaver'],
  ['delete a user', 'request:leaver'],
  ['carer resigned', 'request:leaver'],
  ["I'm leaving", 'request:leaver-self'],
  ['make someone an owner', 'request:owner-change'],
  ['owner', 'request:owner-change'],
  // Accounts
  ['locked out', 'request:self-service-reset'],
  ['Locked out of my account', 'request:self-service-reset'],
  ['forgotten password', 'request:self-service-reset'],
  ['forgot my password', 'request:self-service-reset'],
  ['password reset', 'request:self-service-reset'],
  ["can't log in", 'request:self-service-reset'],
  ['lost my phone', 'request:reset-new-mobile'],
  ['new mobile number for password', 'request:reset-new-mobile'],
  ['no mobile and forgot secret', 'request:reset-owner-vouched'],
  ['maternity', 'request:disable-account'],
  ['maternity leave', 'request:disable-account'],
  ['paternity', 'request:disable-account'],
  ['sick leave', 'request:disable-account'],
  ['long term sick', 'request:disable-account'],
  ['career break', 'request:disable-account'],
  ['back from maternity leave', 'request:enable-account'],
  ['returning to work', 'request:enable-account'],
  ['account deleted', 'request:reinstate-account'],
  ['restore', 'request:reinstate-account'],
  ['got married', 'request:name-change'],
  ['surname change', 'request:name-change'],
  // The site
  ['who has access', 'request:audit'],
  ['audit', 'request:audit'],
  ['more than 10 accounts', 'request:more-accounts'],
  ['extra accounts', 'request:more-accounts'],
  ['microsoft teams', 'request:teams-request'],
  ['ods code changing', 'request:ods-rename'],
  ['home sold', 'request:close-acquisition'],
  ['change of ownership', 'request:close-acquisition'],
  ['find my ods code', 'answer:find-ods'],
  ['dspt', 'request:ods-query'],
  // Help and problems
  ['chase', 'request:escalation'],
  ['still not sorted', 'request:escalation'],
  ['complaint', 'request:escalation'],
  ['shared mailbox not showing', 'request:missing-shared-access'],
  ["colleague's account never arrived", 'request:missing-personal-account'],
  ['nobody can open the shared mailbox', 'request:phone-no-access'],
  ['lost access', 'request:phone-no-access'],
  ['manager left', 'request:phone-new-manager'],
  ['new manager', 'request:phone-new-manager'],
  ['manager moved from another provider', 'request:phone-transferred-manager'],
  // Questions
  ['how long does it take', 'answer:hours'],
  ['How long does NAS take to reply?', 'answer:hours'],
  ['reply time', 'answer:hours'],
  ['opening hours', 'answer:hours'],
  ['helpdesk phone number', 'answer:hours'],
  ['mailbox full', 'answer:quota'],
  ['two factor', 'answer:mfa'],
  ['attachments', 'answer:attachments'],
  ['outlook desktop', 'answer:outlook-desktop'],
  ['what does AUP mean', 'answer:glossary'],
  ['sent to the wrong person', 'answer:stay-safe'],
  ['what is a shared mailbox', 'answer:what-is-shared'],
  ['sponsored', 'request:sponsored-transfer'],
  ['CQC Location ID', 'answer:cqc-ids'],
  // Problems as managers describe them on the phone, not in the catalogue's words (issue 27).
  ['not getting the text code', 'request:self-service-reset'],
  ['code not arriving on my phone', 'request:self-service-reset'],
  ['the text never came', 'request:self-service-reset'],
  ['reset code not received', 'request:self-service-reset'],
  ['no text message', 'request:self-service-reset'],
  ['account locked after too many tries', 'request:self-service-reset'],
  ['password expired', 'request:self-service-reset'],
  ['carer forgot password and changed phone', 'request:reset-new-mobile'],
  ['got a new phone number', 'request:reset-new-mobile'],
  ['someone went off sick', 'request:disable-account'],
  ['came back from sick leave', 'request:enable-account'],
  ['she is back at work', 'request:enable-account'],
  ['deactivate account', 'request:disable-account'],
  ['she got divorced', 'request:name-change'],
  ['name spelt wrong', 'request:name-change'],
  ['remove a member of staff', 'request:leaver'],
  ['need owner rights', 'request:owner-change'],
  ['registered manager changed', 'request:phone-new-manager'],
  ['we are closing down', 'request:close-acquisition'],
  ['new owner bought the home', 'request:close-acquisition'],
  ['waiting weeks for a reply', 'request:escalation'],
  ['no reply from helpdesk', 'request:escalation'],
  ["can't see shared mailbox in outlook", 'request:missing-shared-access'],
  ['who can see our emails', 'request:audit'],
  ['mailbox nearly full', 'answer:quota'],
  ["can't send attachments", 'answer:attachments'],
];

describe('search: what a manager types, and what comes first', () => {
  test('the table has at least 90 phrasings', () => expect(phrasings.length).toBeGreaterThanOrEqual(90));
  test("the password-reset text, in a manager's words, finds both reset requests first", () => {
    for (const query of ['not getting the text code', 'code not arriving on my phone', 'text never arrived']) {
      expect(keys(query).slice(0, 2), query).toEqual(['request:self-service-reset', 'request:reset-new-mobile']);
    }
  });
  test.each(phrasings)('"%s" → %s first', (query, expected) => {
    expect(first(query)).toBe(expected);
  });
});

describe('search rules', () => {
  test('whole words only: "out" never matches inside "without"', () => {
    const withoutOnly = buildIndex([
      { type: 'request', id: 'without', title: 'A request', text: 'Someone without a mobile' },
      { type: 'request', id: 'out', title: 'Another request', text: 'Someone who is out' },
    ]);
    expect(search(withoutOnly, 'out ').hits.map((h) => h.doc.id)).toEqual(['out']);
  });

  test('a word matches the start of a longer word: "mater" finds maternity, "leav" finds leave', () => {
    expect(first('mater')).toBe('request:disable-account');
    expect(keys('leav')).toContain('request:disable-account');
  });

  test('simple endings meet: "leaving" and "leave", "accounts" and "account"', () => {
    expect(stem('leaving')).toBe(stem('leave'));
    expect(stem('accounts')).toBe(stem('account'));
    expect(stem('names')).toBe(stem('name'));
    expect(stem('leaver')).not.toBe(stem('leave'));
    expect(words("Can't  SIGN-in")).toEqual(['cant', 'sign', 'in']);
  });

  test('request names are searched: the title words alone find the request', () => {
    for (const kind of requestKinds) expect(keys(kind.title), kind.id).toContain(`request:${kind.id}`);
  });

  test('request descriptions are searched: a word found only in one description finds that request', () => {
    // "marriage" is only in the name-change description, "Subject Matter Expert" only in escalation's.
    expect(keys('after marriage')).toContain('request:name-change');
    expect(keys('Subject Matter Expert')).toContain('request:escalation');
  });

  test('requests come before answers', () => {
    const hits = search(index, 'shared mailbox owner').hits.filter((h) => !h.best);
    const types = hits.map((h) => h.doc.type);
    expect(types.indexOf('answer')).toBeGreaterThan(types.lastIndexOf('request'));
    expect(types).toContain('request');
    expect(types).toContain('answer');
  });

  test('results are ranked by relevance, not in catalogue or topic order', () => {
    // The catalogue lists add-user first; "restore deleted" is about reinstating.
    const hits = search(index, 'restore deleted account').hits;
    expect(docKey(hits[0]!.doc)).toBe('request:reinstate-account');
    const answers = hits.filter((h) => h.doc.type === 'answer').map((h) => h.score);
    expect([...answers].sort((a, b) => b - a)).toEqual(answers);
  });

  test('"new starter" gives a short list, not every request that says "new"', () => {
    expect(search(index, 'new starter').hits.length).toBeLessThanOrEqual(8);
  });

  test('filler words alone are not a search; nonsense finds nothing', () => {
    expect(search(index, '  ')).toEqual({ blank: true, hits: [] });
    expect(search(index, 'what is the')).toEqual({ blank: true, hits: [] });
    expect(search(index, 'zzzz qqqq')).toEqual({ blank: false, hits: [] });
  });

  test('a word only half the query agrees on is too weak to show', () => {
    expect(search(index, 'restore qwerty asdfgh').hits).toEqual([]);
    expect(keys('restore deleted qwerty')).toContain('request:reinstate-account');
  });

  test('a synonym phrase is read as one idea, the longest first', () => {
    expect(readQuery(index, 'how long does it take')).toHaveLength(1);
    expect(readQuery(index, 'back from maternity leave')[0]!.best).toEqual(['request:enable-account']);
  });
});

describe('no result: the closest requests', () => {
  test('misspellings find the request they look like', () => {
    expect(search(index, 'maternaty').hits).toEqual([]);
    expect(closest(index, 'maternaty').map((d) => d.id)[0]).toBe('disable-account');
    expect(closest(index, 'pasword resett').map((d) => d.id)[0]).toBe('self-service-reset');
    expect(closest(index, 'leevers').map((d) => d.id)[0]).toBe('leaver');
  });

  test('nothing close: no suggestion rather than a random one', () => {
    expect(closest(index, 'zzzz qqqq')).toEqual([]);
    expect(closest(index, 'a')).toEqual([]);
  });

  test('a generic word is never the reason for a suggestion: "code" alone, or beside nonsense, suggests nothing', () => {
    for (const query of ['code', 'zzzz code', 'qqqq codes', 'account zzzz', 'zzzz mailbox', 'email qqqq', 'staff xxxx request'])
      expect(closest(index, query), query).toEqual([]);
    // A telling word beside a generic one still finds its request.
    expect(closest(index, 'maternaty code').map((d) => d.id)[0]).toBe('disable-account');
  });

  test('at most three', () => expect(closest(index, 'acount').length).toBeLessThanOrEqual(3));
});

describe('the synonym table', () => {
  const allText = [...requestDocs(requestKinds), ...answerDocs(faq)].map((d) => ` ${words(`${d.title} ${d.text}`).map(stem).join(' ')} `);
  test.each(synonyms.flatMap((s) => s.means.map((m) => [m] as const)))('"%s" is said somewhere in our requests or answers', (meaning) => {
    const needle = ` ${words(meaning).map(stem).join(' ')} `;
    expect(allText.some((t) => t.includes(needle))).toBe(true);
  });

  test('every "best" names a request or an answer that exists', () => {
    const known = new Set([...requestDocs(requestKinds), ...answerDocs(faq)].map(docKey));
    for (const s of synonyms) for (const b of s.best ?? []) expect(known.has(b), b).toBe(true);
  });

  test('the synonyms the issue names are in it', () => {
    const said = new Set(synonyms.flatMap((s) => s.says));
    for (const phrase of [
      'new starter',
      'joiner',
      'maternity',
      'paternity',
      'sick leave',
      'long leave',
      'locked out',
      'forgotten password',
      'manager left',
      'how long',
      'reply time',
      'leaver',
      'owner',
    ])
      expect(said.has(phrase), phrase).toBe(true);
  });

  test('no phrase is said in two rows (one phrase, one meaning)', () => {
    const all = synonyms.flatMap((s) => [...new Set(s.says.map((p) => words(p).map(stem).join(' ')))]);
    expect(all.filter((p, i) => all.indexOf(p) !== i)).toEqual([]);
  });
});
