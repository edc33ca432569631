// composeRequest: from a kind id and untrusted input to a message that is right first time, or to
// errors that name the field and say how to fix it. It never throws.

import type { z } from 'zod';
import { requestKinds } from './catalogue';
import { collectWarnings, type Warning } from './fields';
import { guidedMessage } from './guidance';
import { siteMissingMessage } from './siteMessage';
import { siteLabel, type MailboxIdentity, type SharedMailbox } from './mailboxIdentity';
import { neverSendTo, greetings, resolveRecipient, type DeploymentOptions } from './recipients';
import type { AnyEmailKind, RenderContext, RuleContext, Voice } from './requestKind';
import { maxBodyLength, renderHtml, renderSubject, renderText, type RequestDocument, type Section } from './render';

export { guidedMessage } from './guidance';

export interface ComposeContext {
  /** The mailbox in use. */
  mailbox: MailboxIdentity;
  now?: Date;
  /**
   * The site's shared mailbox when it is known but not the mailbox in use (typed, remembered). The
   * request is then composed for that site exactly as from the shared mailbox itself.
   */
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
  { ok: true; message: ComposedMessage; warnings: Warning[] } | { ok: false; errors: { path: string; message: string }[] };

export { siteMissingMessage } from './siteMessage';

export function findKind(kindId: string) {
  return requestKinds.find((k) => k.id === kindId);
}

export function composeRequest(kindId: string, input: unknown, context: ComposeContext): ComposeResult {
  try {
    const kind = findKind(kindId);
    if (!kind) return { ok: false, errors: [{ path: '', message: `There is no request called "${String(kindId)}".` }] };
    if (kind.route !== 'email')
      return { ok: false, errors: [{ path: '', message: guidedMessage(kind, siteOf(context)?.orgType, context.deployment) }] };
    return composeEmail(kind, input, context);
  } catch (error) {
    // A bug must never turn into a half-composed message.
    return {
      ok: false,
      errors: [
        {
          path: '',
          message: `Something went wrong preparing this request (${error instanceof Error ? error.message : 'unknown error'}). Nothing was composed.`,
        },
      ],
    };
  }
}

/** The site a request is for: the shared mailbox in use, or else the one the user named. */
export function siteOf(context: Pick<ComposeContext, 'mailbox' | 'sharedMailbox'>): SharedMailbox | undefined {
  if (context.mailbox?.kind === 'shared') return context.mailbox;
  return context.sharedMailbox?.kind === 'shared' ? context.sharedMailbox : undefined;
}

function composeEmail(kind: AnyEmailKind, input: unknown, context: ComposeContext): ComposeResult {
  // Stryker disable next-line ObjectLiteral: every reader of the mailbox asks its kind (undefined is no kind, like 'other') or its address through `|| 'this mailbox'`
  const mailbox = context.mailbox ?? { kind: 'other', address: '' };
  const site = siteOf(context);
  const ctx: RuleContext = { now: context.now ?? new Date(), mailbox, site };
  const parsed = kind.schemaFor(ctx).safeParse(input);
  // A request the site must send cannot be composed without knowing the site (issue 9).
  const siteErrors = kind.sendFrom === 'shared' && !site ? [{ path: 'site', message: siteMissingMessage }] : [];
  if (!parsed.success) return { ok: false, errors: [...siteErrors, ...zodErrors(parsed.error)] };
  if (siteErrors.length) return { ok: false, errors: siteErrors };
  // The kind's own schema parsed it, so its render and rules accept it; fields read it as a record.
  const data = parsed.data;

  const renderCtx: RenderContext = {
    mailbox,
    now: ctx.now,
    site,
    sharedAddress: site?.address,
    odsCode: site?.odsCode,
    orgType: site?.orgType,
  };
  const rendered = kind.render(data, renderCtx);
  // Who speaks: the kind's branch says so, or else the sender rule and the mailbox in use decide.
  const voice: Voice =
    rendered.voice ??
    (kind.sendFrom === 'shared' ? 'site' : kind.sendFrom === 'personal' ? 'self' : mailbox.kind === 'shared' ? 'site' : 'self');
  const siteOnly = kind.sendFrom === 'shared' || rendered.voice === 'site';
  // A branch spoken by the site (a colleague's account) needs the site too; kinds check it in their rules.
  // Stryker disable next-line ConditionalExpression,StringLiteral,ObjectLiteral,BooleanLiteral,ArrayDeclaration: every kind whose branch speaks as the site requires the site in its own rules (siteNeeded), so the parse has failed before this safety net
  if (rendered.voice === 'site' && !site) return { ok: false, errors: [{ path: 'site', message: siteMissingMessage }] };

  const warnings: Warning[] = [
    // Field warnings keep their path, so they can be shown next to their field.
    ...collectWarnings(kind.fields, data as Record<string, unknown>, ctx),
    ...(kind.rules?.(data, ctx).warnings ?? []),
    ...senderWarnings(kind, siteOnly, mailbox, site),
  ];

  const doc: RequestDocument = {
    greeting: greetings[kind.recipient],
    ask: rendered.ask,
    sections: rendered.sections,
    notes: rendered.notes ?? [],
    // The site block follows the people and the notes about them.
    trailing: site ? [siteSection(site, voice)] : [],
    closing: ['Thank you for your help.', '', 'Kind regards,', ...(rendered.signOff ?? signOff(voice, mailbox, site))],
  };
  // Stryker disable next-line MethodExpression: no recipient resolves to a never-send address today; the filter guards future data
  const to = [resolveRecipient(kind.recipient, site?.orgType, context.deployment)].filter((a) => !neverSendTo.includes(a));
  const message: ComposedMessage = {
    to,
    cc: [],
    subject: renderSubject([rendered.subjectTitle ?? kind.subjectTitle, site?.odsCode ?? rendered.subjectOdsCode, site?.siteName]),
    text: renderText(doc),
    html: renderHtml(doc),
  };
  if (message.html.length > maxBodyLength || message.text.length > maxBodyLength) {
    return { ok: false, errors: [{ path: '', message: 'This request is too long for one email (32 KB). Shorten the free-text answers.' }] };
  }
  return { ok: true, message, warnings };
}

/**
 * The sign-off when the kind gives none: the site's team, or a person writing without their name
 * signs with their own address, so the email never ends on a bare "Kind regards,".
 */
function signOff(voice: Voice, mailbox: MailboxIdentity, site?: SharedMailbox): string[] {
  if (site && voice === 'site') return [`The team at ${siteLabel(site) ?? site.address}`];
  return voice === 'self' && mailbox.address ? [mailbox.address] : [];
}

function senderWarnings(kind: AnyEmailKind, siteOnly: boolean, mailbox: MailboxIdentity, site?: SharedMailbox): Warning[] {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,OptionalChaining: siteOf makes a shared mailbox in use the site, so the address comparison cannot change the outcome
  if (siteOnly && !(mailbox.kind === 'shared' && mailbox.address === site?.address)) {
    // Stryker disable next-line OptionalChaining,StringLiteral: a site-only request without a site has already returned the site error
    const name = site?.address ?? "your site's shared mailbox";
    return [
      {
        code: 'send-from-shared',
        message: `NAS only acts on this request when it comes from the shared mailbox. Send it from ${name}, not from ${mailbox.address || 'this mailbox'}.`,
      },
    ];
  }
  if (kind.sendFrom === 'personal' && mailbox.kind === 'shared') {
    return [
      { code: 'send-from-personal', message: `Send this from your own NHSmail account, not from the shared mailbox ${mailbox.address}.` },
    ];
  }
  return [];
}

function siteSection(site: SharedMailbox, voice: Voice): Section {
  const facts: [string, string][] = [
    ['Shared mailbox', site.address],
    ['ODS code', site.odsCode],
  ];
  if (site.siteName) facts.push(['Site name', site.siteName]);
  if (site.town) facts.push(['Town', site.town]);
  return { kind: 'facts', caption: voice === 'self' ? 'My site' : 'Our site', facts };
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
