// The README's request catalogue is a claim about the code: this test holds it to the catalogue.

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { requestKinds } from './catalogue';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const senders = { shared: 'shared', 'shared-or-personal': 'shared or personal', personal: 'personal' } as const;
const recipients = { nas: 'helpdesk@', escalation: 'feedback@nhs.net', ods: 'exeter.helpdesk@nhs.net' } as const;

/** The catalogue row the README should have for each kind. */
export function catalogueRows(): string[] {
  return requestKinds.map((k) => {
    const email = k.route === 'email' ? k : undefined;
    const to = email
      ? recipients[email.recipient]
      : k.route === 'self-service'
        ? '(portal, then 0333 200 1133)'
        : '0333 200 1133 (optometry: optomadmin@nhs.net)';
    return `| \`${k.id}\` | ${k.title} | ${k.route} | ${email ? senders[k.sendFrom] : '–'} | ${to} | ${k.sources.join(', ')} |`;
  });
}

describe('README', () => {
  test('the request catalogue table lists every kind exactly as the code has it', () => {
    const section = readme.slice(readme.indexOf('## The request catalogue'), readme.indexOf('## Rules, and where they come from'));
    const rows = section.split('\n').filter((line) => /^\| `/.test(line));
    expect(rows).toEqual(catalogueRows());
  });
});
