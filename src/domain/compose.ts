// composeRequest: from a kind id and untrusted input to a message that is right first time, or to
// errors that name the field and say how to fix it. It never throws.

import type { z } from 'zod';
import { requestKinds } from './catalogue';
import { collectWarnings, type Warning } from './fields';
import { siteLabel, type MailboxIdentity } from './mailboxIdentity';
import { neverSendTo, greetings, helpdeskPhone, resolveRecipient, type DeploymentOptions } from './recipients';
import type { EmailKind, GuidedKind, RenderContext } from './requestKind';
import { maxBodyLength, renderHtml, renderSubject, renderText, type RequestDocument, type Section } from './render';

export interface ComposeContext {
  mailbox: MailboxIdentity;
  now?: Date;
  /** The site's shared mailbox when it is known but not the mailbox in use (named in warnings). */
  sharedMailbox?: MailboxIdentity;
  deployment?: DeploymentOptions;
}

export interface ComposedMessage {
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  html: string;
}

export type ComposeResult =
  | { ok: true; message: ComposedMessage; warnings: { code: string; message: string }[] }
  | { ok: false; errors: { path: string; message: string }[] };

export function findKind(kindId: string) {
  return requestKinds.find((k) => k.id === kindId);
}

export function composeRequest(kindId: string, input: unknown, context: ComposeContext): ComposeResult {
  try {
    const kind = findKind(kindId);
    if (!kind) return { ok: false, errors: [{ path: '', message: `There is no request called "${String(kindId)}".` }] };
    if (kind.route !== 'email') return { ok: false, errors: [{ path: '', message: guidedMessage(kind) }] };
    return composeEmail(kind as unknown as EmailKind<Record<string, unknown>>, input, context);
  } catch (error) {
    // A bug must never turn into a half-composed message.
    return { ok: false, errors: [{ path: '', message: `Something went wrong preparing this request (${error instanceof Error ? error.message : 'unknown error'}). Nothing was composed.` }] };
  }
}

export function guidedMessage(kind: GuidedKind): string {
  if (kind.route === 'self-service') {
    return `Try the self-service reset on the NHSmail portal first. If that does not work, phone the helpdesk on ${helpdeskPhone.display} (${helpdeskPhone.menu}) with the account's email address and linked mobile. This is not done by email.`;
  }
  return `This is done by phone, not email. Call ${helpdeskPhone.display} (${helpdeskPhone.menu}) from your site's CQC-registered landline.`;
}

function composeEmail(kind: EmailKind<Record<string, unknown>>, input: unknown, context: ComposeContext): ComposeResult {
  const mailbox = context.mailbox ?? { kind: 'other', address: '' };
  const ctx = { now: context.now ?? new Date(), mailbox };
  const parsed = kind.schemaFor(ctx).safeParse(input);
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error) };
  const data = parsed.data;

  const shared = mailbox.kind === 'shared' ? mailbox : undefined;
  const renderCtx: RenderContext = { mailbox, now: ctx.now, sharedAddress: shared?.address, odsCode: shared?.odsCode, orgType: shared?.orgType };
  const rendered = kind.render(data, renderCtx);

  const warnings: Warning[] = [
    ...collectWarnings(kind.fields, data, ctx).map(({ code, message }) => ({ code, message })),
    ...(kind.rules?.(data, ctx).warnings ?? []),
    ...senderWarnings(kind, mailbox, context.sharedMailbox),
  ];

  const doc: RequestDocument = {
    greeting: greetings[kind.recipient],
    ask: rendered.ask,
    sections: [...rendered.sections, ...siteSection(mailbox)],
    notes: rendered.notes ?? [],
    closing: closing(mailbox),
  };
  const to = [resolveRecipient(kind.recipient, shared?.orgType, context.deployment)].filter((a) => !neverSendTo.includes(a));
  const message: ComposedMessage = {
    to,
    cc: [],
    subject: renderSubject([kind.subjectTitle, shared?.odsCode ?? rendered.subjectOdsCode, shared?.siteName]),
    text: renderText(doc),
    html: renderHtml(doc),
  };
  if (message.html.length > maxBodyLength || message.text.length > maxBodyLength) {
    return { ok: false, errors: [{ path: '', message: 'This request is too long for one email (32 KB). Shorten the free-text answers.' }] };
  }
  return { ok: true, message, warnings };
}

function senderWarnings(kind: EmailKind<Record<string, unknown>>, mailbox: MailboxIdentity, known?: MailboxIdentity): Warning[] {
  if (kind.sendFrom === 'shared' && mailbox.kind !== 'shared') {
    const name = known?.kind === 'shared' ? known.address : 'your site\'s shared mailbox (care., pharmacy., dental. or optometry. followed by your ODS code)';
    return [{ code: 'send-from-shared', message: `NAS only acts on this request when it comes from the shared mailbox. Send it from ${name}, not from ${mailbox.address || 'this mailbox'}.` }];
  }
  if (kind.sendFrom === 'personal' && mailbox.kind === 'shared') {
    return [{ code: 'send-from-personal', message: `Send this from your own NHSmail account, not from the shared mailbox ${mailbox.address}.` }];
  }
  return [];
}

function siteSection(mailbox: MailboxIdentity): Section[] {
  if (mailbox.kind !== 'shared') return [];
  const facts: [string, string][] = [
    ['Shared mailbox', mailbox.address],
    ['ODS code', mailbox.odsCode],
  ];
  if (mailbox.siteName) facts.push(['Site name', mailbox.siteName]);
  if (mailbox.town) facts.push(['Town', mailbox.town]);
  return [{ kind: 'facts', caption: 'Our site', facts }];
}

function closing(mailbox: MailboxIdentity): string[] {
  if (mailbox.kind !== 'shared') return ['Thank you for your help.', '', 'Kind regards,'];
  return ['Thank you for your help.', '', 'Kind regards,', `The team at ${siteLabel(mailbox) ?? mailbox.address}`];
}

export function zodErrors(error: z.ZodError): { path: string; message: string }[] {
  const seen = new Set<string>();
  const out: { path: string; message: string }[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    // One message per field is enough; the first is the most specific.
    if (seen.has(path)) continue;
    seen.add(path);
    out.push({ path, message: issue.message });
  }
  return out;
}
