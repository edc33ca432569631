// The request catalogue in docs/requests.md is a claim about the code: this test holds it to the catalogue.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { requestKinds } from './catalogue';

const readme = readFileSync(new URL('../../docs/requests.md', import.meta.url), 'utf8');
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
        : '0333 200 1133 (optometry: email NAS, helpdesk@ or with sector addresses optomadmin@nhs.net)';
    return `| \`${k.id}\` | ${k.title} | ${k.route} | ${email ? senders[k.sendFrom] : '–'} | ${to} | ${k.sources.join(', ')} |`;
  });
}

describe('docs/requests.md', () => {
  test('the request catalogue table lists every kind exactly as the code has it', () => {
    const section = readme.slice(readme.indexOf('## The request catalogue'), readme.indexOf('## Rules, and where they come from'));
    const rows = section.split('\n').filter((line) => /^\| `/.test(line));
    expect(rows).toEqual(catalogueRows());
  });
});

// The README is the front door: short, and every document in docs/ reachable from it. Links between
// the documents are checked too, anchors included, so a moved section cannot leave a dead link.
describe('README and docs/', () => {
  const root = new URL('../../', import.meta.url);
  const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
  const docs = readdirSync(new URL('docs/', root)).filter((f) => f.endsWith('.md'));
  const slug = (heading: string) =>
    heading
      .toLowerCase()
      .replace(/[^a-z0-9 -]/g, '')
      .replace(/ /g, '-');
  const anchors = (text: string) => new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)));

  test('the README is under 300 lines and starts with the two commands', () => {
    const readme = read('README.md');
    expect(readme.split('\n').length).toBeLessThan(300);
    expect(readme).toMatch(/```sh\nnpm ci && npm start .*\nnpm ci && npm test .*\n```/);
  });

  test('every document in docs/ is linked from the README', () => {
    const readme = read('README.md');
    expect(docs.length).toBeGreaterThanOrEqual(8);
    expect(docs.filter((d) => !readme.includes(`](docs/${d})`))).toEqual([]);
  });

  test('every relative link in the README and docs/ reaches a file, and its anchor a heading', () => {
    const pages = ['README.md', ...docs.map((d) => `docs/${d}`)];
    const broken = pages.flatMap((page) =>
      [...read(page).matchAll(/\]\(([^)\s]+)\)/g)]
        .map((m) => m[1]!)
        .filter((href) => !/^[a-z]+:/.test(href))
        .filter((href) => {
          const [path, anchor] = href.split('#') as [string, string | undefined];
          const target = path === '' ? page : new URL(path, new URL(page, root)).pathname.slice(new URL(root).pathname.length);
          if (!existsSync(new URL(target, root))) return true;
          return anchor !== undefined && target.endsWith('.md') && !anchors(read(target)).has(anchor);
        })
        .map((href) => `${page}: ${href}`),
    );
    expect(broken).toEqual([]);
  });
});
