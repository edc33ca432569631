// The built send-guard script, as Outlook loads it: ES2016 syntax only, nothing that can throw when
// it loads, the handler registered, and every path ending in event.completed, even in a runtime with
// no Intl and none of the built-ins newer than ES2016.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { parse, type Node } from 'acorn';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildEventsScript, eventsEcmaVersion } from '../../scripts/events.mjs';
import { root } from '../../scripts/manifests.mjs';
import { handlerTimeoutMs } from '../../src/events/onMessageSend';
import { xmlFacts } from '../../scripts/manifests.mjs';
import { fakeEventOffice } from '../support/fakeEventOffice.mjs';
import { noticeIconResid } from '../../src/office/sendGuardOffice';

let out: string;
let script: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'nas-events-'));
  script = readFileSync(await buildEventsScript({ root, outDir: out }), 'utf8');
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Built-ins added after ES2016 (ES2017–ES2024), by where they live. */
const newer = {
  globals: [
    'Intl',
    'Atomics',
    'SharedArrayBuffer',
    'BigInt',
    'BigInt64Array',
    'BigUint64Array',
    'WeakRef',
    'FinalizationRegistry',
    'AggregateError',
    'globalThis',
  ],
  Object: ['values', 'entries', 'fromEntries', 'getOwnPropertyDescriptors', 'hasOwn', 'groupBy'],
  'String.prototype': ['padStart', 'padEnd', 'matchAll', 'replaceAll', 'trimStart', 'trimEnd', 'at', 'isWellFormed', 'toWellFormed'],
  'Array.prototype': ['flat', 'flatMap', 'at', 'findLast', 'findLastIndex', 'toSorted', 'toReversed', 'toSpliced', 'with'],
  Promise: ['allSettled', 'any', 'withResolvers'],
  'Promise.prototype': ['finally'],
} as const;

/** Runs in the VM's own realm: removes Intl and every newer built-in there (the test runner keeps its own). */
function removalScript(only?: readonly string[]) {
  const lines: string[] = [];
  for (const [owner, names] of Object.entries(newer)) {
    for (const name of names) {
      if (only && !only.includes(name)) continue;
      if (name === 'globalThis') continue; // the VM needs a global object; nothing here uses the name
      lines.push(owner === 'globals' ? `delete this[${JSON.stringify(name)}];` : `delete ${owner}[${JSON.stringify(name)}];`);
    }
  }
  return lines.join('\n');
}

type Email = Omit<NonNullable<Parameters<typeof fakeEventOffice>[0]>, 'associate'>;
type Completed = { allowEvent: boolean; errorMessage?: string; sendModeOverride?: unknown; contextData?: string };
type EmailState = { to: string[]; from: string; session: Record<string, string>; notices: { key: string; message: string }[] };
const fakeOffice = (item: Email, associations: Record<string, unknown>) =>
  fakeEventOffice({ ...item, associate: (name, fn) => (associations[name] = fn) });

/** Loads events.js in a fresh VM realm (optionally stripped first); returns the handlers it registered. */
function loadIn(opts: { strip?: 'all' | 'intl' | 'none'; setTimeout?: boolean; item: Email }) {
  const associations: Record<string, unknown> = {};
  const office = fakeOffice(opts.item, associations);
  const sandbox: Record<string, unknown> = { Office: office };
  // Time-outs run 100 times faster here, so the slowest path takes milliseconds.
  if (opts.setTimeout !== false)
    Object.assign(sandbox, { setTimeout: (f: () => void, ms: number) => setTimeout(f, ms / 100), clearTimeout });
  const context = vm.createContext(sandbox);
  const strip = opts.strip ?? 'all';
  if (strip !== 'none') vm.runInContext(removalScript(strip === 'intl' ? ['Intl'] : undefined), context);
  expect(vm.runInContext('typeof Intl', context)).toBe(strip === 'none' ? 'object' : 'undefined');
  vm.runInContext(script, context, { filename: 'events.js' });
  return { associations, state: (office as unknown as { state: EmailState }).state };
}

/** Runs one registered handler as Outlook would and returns what it completed with (exactly once). */
async function fire(associations: Record<string, unknown>, name: string): Promise<unknown> {
  const handler = associations[name] as ((event: unknown) => void) | undefined;
  expect(typeof handler, name).toBe('function');
  const calls: unknown[] = [];
  handler!({ completed: (...args: unknown[]) => calls.push(args[0]) });
  await new Promise((r) => setTimeout(r, handlerTimeoutMs / 100 + 50));
  expect(calls).toHaveLength(1);
  return calls[0];
}

/** Loads events.js in a fresh VM realm, then sends one email through the handler it registered. */
async function sendIn(opts: Parameters<typeof loadIn>[0]) {
  return (await fire(loadIn(opts).associations, 'onMessageSendHandler')) as Completed;
}

const launchEvents = () =>
  [...readFileSync(join(root, 'manifest.xml'), 'utf8').matchAll(/<LaunchEvent Type="(\w+)" FunctionName="(\w+)"/g)].map((m) => m[2]!);

const sharedOnlySubject = 'New user accounts – VN6C2 – Sunrise House';

describe('events.js, as built', () => {
  test(`parses as ECMAScript ${eventsEcmaVersion} (the oldest runtime classic Outlook has had), regular expressions included`, () => {
    expect(eventsEcmaVersion).toBe(2016);
    expect(() => parse(script, { ecmaVersion: eventsEcmaVersion, sourceType: 'script' })).not.toThrow();
    // The parser really is that strict: newer syntax fails it.
    for (const newerSyntax of ['async function f() {}', 'a?.b', 'a ?? b', '/(?<=a)b/', '/a/s', 'const { ...r } = o', 'try {} catch {}']) {
      expect(() => parse(newerSyntax, { ecmaVersion: eventsEcmaVersion, sourceType: 'script' }), newerSyntax).toThrow();
    }
  });

  test('nothing runs when it loads except registering the handlers the manifest names: every other top-level statement only declares', () => {
    const program = parse(script, { ecmaVersion: eventsEcmaVersion, sourceType: 'script' }) as unknown as { body: AnyNode[] };
    const active = activeStatements(program);
    // One registration per LaunchEvent in manifest.xml (the send guard and the two compose events).
    expect(launchEvents()).toEqual(['onMessageSendHandler', 'onMessageRecipientsChangedHandler', 'onMessageFromChangedHandler']);
    expect(active.length).toBeGreaterThan(0);
    // Each call goes through src/office's adapter (only src/office touches Office): the active
    // statements call it, and it does nothing but the guarded associate.
    // The minifier may join them into one statement (a, b, c): each part counts.
    const parts = active.flatMap((a) => {
      const e = a.type === 'ExpressionStatement' ? (a.expression as AnyNode) : a;
      return e.type === 'SequenceExpression' ? (e.expressions as AnyNode[]) : [a];
    });
    const calls = parts.map((a) => /^([\w$]+)\(`(\w+)`,[\w$]+\)$/.exec(script.slice(a.start, a.end)));
    expect(calls.every(Boolean)).toBe(true);
    expect(calls.map((c) => c![2]).sort()).toEqual([...launchEvents()].sort());
    const call = calls[0]!;
    expect(new Set(calls.map((c) => c![1]))).toEqual(new Set([call[1]]));
    const adapter = new RegExp(`function ${call[1]!.replace('$', '\\$')}\\(([\\w$]+),([\\w$]+)\\)\\{([^}]*)\\}`).exec(script);
    expect(adapter?.[3]).toBe(`typeof Office<\`u\`&&Office&&Office.actions&&Office.actions.associate(${adapter?.[1]},${adapter?.[2]})`);
    // …and the checker catches a load-time call, such as the Intl formatter dates.ts used to make.
    const broken = parse(
      `(function(){var f=new Intl.DateTimeFormat('en-GB');if(typeof Office<'u')Office.actions.associate('x',function(){})})();`,
      { ecmaVersion: 2016 },
    ) as unknown as { body: AnyNode[] };
    expect(activeStatements(broken)).toHaveLength(2);
  });

  test('the From notice names an image resource manifest.xml declares (Outlook needs an icon for an informational message)', () => {
    expect(readFileSync(join(root, 'manifest.xml'), 'utf8')).toContain(`<bt:Image id="${noticeIconResid}" `);
  });

  test('the send event is declared for Mailbox 1.14+, where Send Anyway and the pane button exist', () => {
    expect(xmlFacts(readFileSync(join(root, 'manifest.xml'), 'utf8')).eventsMinVersion).toBe('1.14');
  });

  test('with Intl and every newer built-in removed: the handler registers and a clean email to NAS is allowed', async () => {
    expect(await sendIn({ item: { from: 'care.vn6c2@nhs.net', subject: sharedOnlySubject } })).toEqual({ allowEvent: true });
  });

  test('with Intl and every newer built-in removed: a shared-only request from a personal account is still blocked', async () => {
    const result = await sendIn({ item: { from: 'amira.khan3@nhs.net', subject: sharedOnlySubject } });
    expect(result).toMatchObject({
      allowEvent: false,
      errorMessage: expect.stringContaining('NAS only acts on "New user accounts" requests sent from the shared mailbox'),
    });
  });

  test('without Intl only: the block still works, and ordinary mail is untouched', async () => {
    expect(await sendIn({ strip: 'intl', item: { from: 'amira.khan3@nhs.net', subject: sharedOnlySubject } })).toMatchObject({
      allowEvent: false,
    });
    expect(await sendIn({ strip: 'intl', item: { from: 'amira.khan3@nhs.net', subject: 'Lunch', to: ['ward7@nhs.net'] } })).toEqual({
      allowEvent: true,
    });
  });

  test('an Outlook call that never answers: the send is allowed within the time-out', async () => {
    expect(await sendIn({ item: { from: 'amira.khan3@nhs.net', subject: sharedOnlySubject, hang: true } })).toEqual({ allowEvent: true });
  });

  test('no timers in the runtime at all: still registers, and allows the send', async () => {
    expect(await sendIn({ setTimeout: false, item: { from: 'amira.khan3@nhs.net', subject: sharedOnlySubject } })).toEqual({
      allowEvent: true,
    });
  });

  test('in a full runtime, the real guard prompts on personal data', async () => {
    const result = await sendIn({
      strip: 'none',
      item: { from: 'care.vn6c2@nhs.net', subject: sharedOnlySubject, body: 'NI AB 12 34 56 C' },
    });
    expect(result).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
  });
});

describe('events.js, as built: a block never traps an email (Outlook can report From wrongly, office-js #1832, #6934)', () => {
  const personal = { from: 'amira.khan3@nhs.net', subject: sharedOnlySubject };

  test('with Intl and every newer built-in removed: blocked the first time, Send Anyway with the same words the second', async () => {
    const { associations, state } = loadIn({ item: personal });
    const first = (await fire(associations, 'onMessageSendHandler')) as Completed;
    expect(first).toMatchObject({ allowEvent: false, errorMessage: expect.stringContaining('shared mailbox') });
    expect(first.sendModeOverride).toBeUndefined();
    expect(state.session.nasAssistantBlocked).toBe('{"kindId":"add-user"}');
    const second = (await fire(associations, 'onMessageSendHandler')) as Completed;
    expect(second).toEqual({ ...first, sendModeOverride: 'promptUser' });
  });

  test('the record lives with the email: the script loaded afresh for the second send still offers Send Anyway', async () => {
    const { associations, state } = loadIn({ item: personal });
    await fire(associations, 'onMessageSendHandler');
    const again = loadIn({ item: { ...personal, session: state.session } });
    expect(((await fire(again.associations, 'onMessageSendHandler')) as Completed).sendModeOverride).toBe('promptUser');
  });

  test('before Mailbox 1.14 (no Send Anyway): blocked once, then the second send goes', async () => {
    const { associations } = loadIn({ item: { ...personal, version: '1.13' } });
    expect(((await fire(associations, 'onMessageSendHandler')) as Completed).allowEvent).toBe(false);
    expect(await fire(associations, 'onMessageSendHandler')).toEqual({ allowEvent: true });
  });

  test('the record cannot be written: Send Anyway at once (or the send goes before 1.14)', async () => {
    expect(await sendIn({ item: { ...personal, failSessionWrite: true } })).toMatchObject({
      allowEvent: false,
      sendModeOverride: 'promptUser',
    });
    expect(await sendIn({ item: { ...personal, failSessionWrite: true, version: '1.13' } })).toEqual({ allowEvent: true });
  });

  test('the Take Action button opens the pane on the blocked request (contextData)', async () => {
    const first = await sendIn({ item: personal });
    expect(first).toMatchObject({ commandId: 'msgComposeOpenPaneButton', contextData: '{"nasAssistant":1,"kindId":"add-user"}' });
  });
});

describe('events.js, as built: the From notice on the compose events', () => {
  for (const name of ['onMessageFromChangedHandler', 'onMessageRecipientsChangedHandler']) {
    test(`${name}, with Intl and every newer built-in removed: the notice appears with a personal From and goes when From is fixed`, async () => {
      const { associations, state } = loadIn({ item: { from: 'amira.khan3@nhs.net', subject: sharedOnlySubject } });
      expect(await fire(associations, name)).toBeUndefined();
      expect(state.notices.map((n) => n.message)).toEqual([
        'NAS acts on "New user accounts" only from the shared mailbox: select From and choose your site\'s shared mailbox.',
      ]);
      state.from = 'care.vn6c2@nhs.net';
      await fire(associations, name);
      expect(state.notices).toEqual([]);
    });
  }

  test('the NAS address removed: the notice goes; an email not to NAS is left as it is', async () => {
    const { associations, state } = loadIn({ item: { from: 'amira.khan3@nhs.net', subject: sharedOnlySubject } });
    await fire(associations, 'onMessageRecipientsChangedHandler');
    state.to = ['ward7@nhs.net'];
    await fire(associations, 'onMessageRecipientsChangedHandler');
    expect(state.notices).toEqual([]);
    expect(Object.keys(state.session)).toEqual([]);
  });

  test('an Outlook call that never answers, or no timers at all: completed, no notice', async () => {
    const hung = loadIn({ item: { from: 'amira.khan3@nhs.net', subject: sharedOnlySubject, hang: true } });
    await fire(hung.associations, 'onMessageFromChangedHandler');
    expect(hung.state.notices).toEqual([]);
    const timerless = loadIn({ setTimeout: false, item: { from: 'amira.khan3@nhs.net', subject: sharedOnlySubject } });
    await fire(timerless.associations, 'onMessageFromChangedHandler');
    expect(timerless.state.notices).toEqual([]);
  });

  test('notifications refused by Outlook: completed, nothing shown', async () => {
    const { associations, state } = loadIn({ item: { from: 'amira.khan3@nhs.net', subject: sharedOnlySubject, failNotices: true } });
    await fire(associations, 'onMessageFromChangedHandler');
    expect(state.notices).toEqual([]);
  });
});

// ---------- what runs at load time ----------

type AnyNode = Node & { [key: string]: unknown };

const harmlessGlobals = new Set([
  'Object',
  'Symbol',
  'Array',
  'Math',
  'String',
  'Number',
  'JSON',
  'Promise',
  'Reflect',
  'RegExp',
  'Date',
  'Error',
]);

/** An expression that cannot throw or call anything when evaluated. */
function inert(node: AnyNode | null | undefined): boolean {
  if (!node) return true;
  switch (node.type) {
    case 'Literal':
    case 'Identifier':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
    case 'ThisExpression':
      return true;
    case 'TemplateLiteral':
      return (node.expressions as AnyNode[]).every((e) => e.type === 'Literal');
    case 'ArrayExpression':
      return (node.elements as AnyNode[]).every((e) => !e || (e.type !== 'SpreadElement' && inert(e)));
    case 'ObjectExpression':
      return (node.properties as AnyNode[]).every((p) => p.type === 'Property' && !p.computed && inert(p.value as AnyNode));
    case 'UnaryExpression':
      return node.operator === 'void' || node.operator === '!' || node.operator === '-' ? inert(node.argument as AnyNode) : false;
    case 'SequenceExpression':
      return (node.expressions as AnyNode[]).every(inert);
    case 'MemberExpression': {
      const object = node.object as AnyNode;
      return !node.computed && object.type === 'Identifier' && harmlessGlobals.has(object.name as string);
    }
    default:
      return false; // calls, `new`, assignments, operators that may coerce: all can run code
  }
}

/** The top-level statements (inside the IIFE wrapper) that do something when the script loads. */
function activeStatements(program: { body: AnyNode[] }): AnyNode[] {
  const unwrap = (body: AnyNode[]): AnyNode[] => {
    if (body.length !== 1) return body;
    const only = body[0]!;
    const call = only.type === 'ExpressionStatement' ? (only.expression as AnyNode) : undefined;
    const callee = call?.type === 'CallExpression' ? (call.callee as AnyNode) : undefined;
    if (
      callee &&
      (callee.type === 'FunctionExpression' || callee.type === 'ArrowFunctionExpression') &&
      (call!.arguments as unknown[]).length === 0
    ) {
      return (callee.body as { body: AnyNode[] }).body;
    }
    return body;
  };
  return unwrap(program.body).filter((statement) => {
    if (statement.type === 'FunctionDeclaration') return false;
    if (statement.type === 'VariableDeclaration') return !(statement.declarations as AnyNode[]).every((d) => inert(d.init as AnyNode));
    if (statement.type === 'ExpressionStatement' && (statement as { directive?: string }).directive) return false;
    return true;
  });
}
