// Composing a request the way the seed-tracing tests do: for the example site at the example time,
// failing loudly when a request that should compose does not (and the other way round).
import { composeRequest } from '../../src/domain/compose';
import { exampleMailbox, exampleNow } from '../../src/domain/examples';
import { identifyMailbox } from '../../src/domain/mailboxIdentity';

export type Ctx = Partial<Parameters<typeof composeRequest>[2]>;
export const site = identifyMailbox(exampleMailbox.address, exampleMailbox.displayName);
export const personal = identifyMailbox('amira.khan3@nhs.net');

export function compose(id: string, input: unknown, ctx: Ctx = {}) {
  return composeRequest(id, input, { mailbox: site, now: exampleNow, ...ctx });
}
export function ok(id: string, input: unknown, ctx: Ctx = {}) {
  const r = compose(id, input, ctx);
  if (!r.ok) throw new Error(`${id} failed: ${JSON.stringify(r.errors)}`);
  return r;
}
export function errors(id: string, input: unknown, ctx: Ctx = {}) {
  const r = compose(id, input, ctx);
  if (r.ok) throw new Error(`${id} composed but was expected to fail`);
  return r.errors;
}
