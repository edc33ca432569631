import { test } from 'vitest';
import { requestKinds } from '../catalogue';
import { faq } from '../faq';
import { answerDocs, requestDocs } from './docs';
import { buildIndex, docKey, search, closest } from './search';
const index = buildIndex([...requestDocs(requestKinds), ...answerDocs(faq)]);
test('x', () => {
  for (const q of [
    'new starter',
    'locked out',
    'how long does it take',
    'maternity',
    'password',
    'leaver',
    'shared mailbox',
    'nhsmail',
    'mobile',
    'ods',
    'out',
    'help',
    'phone',
    'email',
    'pharmacy',
  ])
    console.log(
      q,
      '=>',
      search(index, q)
        .hits.map((h) => `${docKey(h.doc)}(${h.score.toFixed(1)}${h.best ? '*' : ''})`)
        .join(' '),
    );
  console.log(closest(index, 'acount'), closest(index, 'xyzzy foo'));
});
