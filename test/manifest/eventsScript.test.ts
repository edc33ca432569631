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

type Email = { from: string; subject: string; body?: string; to?: string[]; hang?: boolean };
const fakeOffice = (item: Email, associations: Record<string, unknown>) =>
  fakeEventOffice({ ...item, associate: (name, fn) => (associations[name] = fn) });

/** Loads events.js in a fresh VM realm (optionally stripped first), then sends one email through the handler it registered. */
async function sendIn(opts: { strip?: 'all' | 'intl' | 'none'; setTimeout?: boolean; item: Parameters<typeof fakeOffice>[0] }) {
  const associations: Record<string, unknown> = {};
  const sandbox: Record<string, unknown> = { Office: fakeOffice(opts.item, associations) };
  // Time-outs run 100 times faster here, so the slowest path takes milliseconds.
  if (opts.setTimeout !== false)
    Object.assign(sandbox, { setTimeout: (f: () => void, ms: number) => setTimeout(f, ms / 100), clearTimeout });
  const context = vm.createContext(sandbox);
  const strip = opts.strip ?? 'all';
  if (strip !== 'none') vm.runInContext(removalScript(strip === 'intl' ? ['Intl'] : undefined), context);
  expect(vm.runInContext('typeof Intl', context)).toBe(strip === 'none' ? 'object' : 'undefined');
  vm.runInContext(script, context, { filename: 'events.js' });
  const handler = associations.onMessageSendHandler as ((event: unknown) => void) | undefined;
  expect(typeof handler).toBe('function');
  const calls: unknown[] = [];
  handler!({ completed: (o: unknown) => calls.push(o) });
  await new Promise((r) => setTimeout(r, handlerTimeoutMs / 100 + 50));
  expect(calls).toHaveLength(1);
  return calls[0] as { allowEvent: boolean; errorMessage?: string };
}

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

  test('nothing runs when it loads except registering the handler: every other top-level statement only declares', () => {
    const program = parse(script, { ecmaVersion: eventsEcmaVersion, sourceType: 'script' }) as unknown as { body: AnyNode[] };
    const active = activeStatements(program);
    expect(active).toHaveLength(1);
    // The call goes through src/office's adapter (only src/office touches Office): the one active
    // statement calls it, and it does nothing but the guarded associate.
    const call = /^(\w+)\(`onMessageSendHandler`,\w+\)$/.exec(script.slice(active[0]!.start, active[0]!.end));
    expect(call).not.toBeNull();
    const adapter = new RegExp(`function ${call![1]}\\((\\w+),(\\w+)\\)\\{([^}]*)\\}`).exec(script);
    expect(adapter?.[3]).toBe(`typeof Office<\`u\`&&Office&&Office.actions&&Office.actions.associate(${adapter?.[1]},${adapter?.[2]})`);
    // …and the checker catches a load-time call, such as the Intl formatter dates.ts used to make.
    const broken = parse(
      `(function(){var f=new Intl.DateTimeFormat('en-GB');if(typeof Office<'u')Office.actions.associate('x',function(){})})();`,
      { ecmaVersion: 2016 },
    ) as unknown as { body: AnyNode[] };
    expect(activeStatements(broken)).toHaveLength(2);
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
