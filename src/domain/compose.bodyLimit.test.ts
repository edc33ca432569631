// Checks composeRequest's refusal of a body too long for one email. No
// valid input to today's kinds comes near 32,000 characters, so the limit is lowered here, through
// the render module, to the lengths of real composed requests: over the limit in the HTML or in the
// text is refused, exactly at the limit is not. Today's HTML is always the longer of the two, so
// the text's own check is shown with a text body padded past the HTML.
import { afterEach, describe, expect, test, vi } from 'vitest';

const limit = vi.hoisted(() => ({ value: Infinity, pad: '' }));
vi.mock('./render', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./render')>();
  return {
    ...actual,
    renderText: (doc: Parameters<typeof actual.renderText>[0]) => actual.renderText(doc) + limit.pad,
    get maxBodyLength() {
      return limit.value;
    },
  };
});

import { composeRequest, type ComposeContext } from './compose';
import { exampleInputs, exampleNow } from './examples';
import { identifyMailbox } from './mailboxIdentity';

const shared = identifyMailbox('care.vn6c2@nhs.net', 'Care.VN6C2 (Sunrise House, Durham)');
const tooLong = [{ path: '', message: 'This request is too long for one email (32 KB). Shorten the free-text answers.' }];
const compose = (kind: string, input: unknown) => composeRequest(kind, input, { now: exampleNow, mailbox: shared } as ComposeContext);
const lengths = (kind: string, input: unknown) => {
  limit.value = Infinity;
  const r = compose(kind, input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { html: r.message.html.length, text: r.message.text.length };
};

describe('the body limit', () => {
  afterEach(() => {
    limit.value = Infinity;
    limit.pad = '';
  });

  test('HTML over the limit is refused, with the text under it; HTML at the limit is accepted', () => {
    const { html, text } = lengths('audit', exampleInputs['audit']);
    expect(html).toBeGreaterThan(text);
    limit.value = html;
    expect(compose('audit', exampleInputs['audit']).ok).toBe(true);
    limit.value = html - 1;
    expect(compose('audit', exampleInputs['audit'])).toEqual({ ok: false, errors: tooLong });
  });

  test('text over the limit is refused, with the HTML under it; text at the limit is accepted', () => {
    limit.pad = 'x'.repeat(1000);
    const { html, text } = lengths('audit', exampleInputs['audit']);
    expect(text).toBeGreaterThan(html);
    limit.value = text;
    expect(compose('audit', exampleInputs['audit']).ok).toBe(true);
    limit.value = text - 1;
    expect(compose('audit', exampleInputs['audit'])).toEqual({ ok: false, errors: tooLong });
  });
});
