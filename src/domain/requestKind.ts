// The shape of one entry in the catalogue. Kinds are data: the form, the validation, the text of
// the email and the help all come from the entry, never from a switch per screen.

import type { z } from 'zod';
import { objectSchema, type FieldMap, type ValidationContext, type Warning } from './fields';
import type { MailboxIdentity, SharedMailbox } from './mailboxIdentity';
import type { OrgType } from './ods';
import { addresses, type DeploymentOptions, type helpdeskPhone, type RecipientKey } from './recipients';
import type { Section } from './render';
import { spellOutFirst } from './abbreviations';

export type Route = 'email' | 'phone' | 'self-service';
export type SendFrom = 'shared' | 'shared-or-personal' | 'personal';
export type KindGroup = 'people' | 'accounts' | 'site' | 'help';

/** Seed documents in shared/seeds, by their number. */
export type SeedId = '000' | '001' | '002' | '003' | '004';

export interface Explanation {
  /** When to use it. */
  when: string;
  /** What NAS needs. */
  needs: string;
  /** What happens next. */
  next: string;
}

interface KindBase {
  id: string;
  /** In the words a care home manager would use. */
  title: string;
  explanation: Explanation;
  group: KindGroup;
  route: Route;
  sendFrom: SendFrom;
  /**
   * Default recipients, for showing: derived from the route (an email kind's `recipient` key; a phone
   * or self-service case writes to nobody). composeRequest resolves the deployment's choice.
   */
  recipients: readonly string[];
  sources: readonly SeedId[];
}

export interface RuleIssue {
  path: string;
  message: string;
}

/** What cross-field rules see: the field context plus the site the request is for, when known. */
export interface RuleContext extends ValidationContext {
  /** The site: the shared mailbox in use, or the one the user named (composeRequest's `sharedMailbox`). */
  site?: SharedMailbox;
}

export interface RenderContext {
  /** The mailbox in use. */
  mailbox: MailboxIdentity;
  now: Date;
  /** The site the request is for: the shared mailbox in use, or the one the user named. */
  site?: SharedMailbox;
  /** The site's shared mailbox address, when the site is known. */
  sharedAddress?: string;
  odsCode?: string;
  orgType?: OrgType;
}

/** Who is speaking: the site (signed by its team) or one person about their own account. */
export type Voice = 'site' | 'self';

export interface RenderedRequest {
  ask: string;
  sections: readonly Section[];
  /** Sentences about the people above: they follow the data directly, before the site block. */
  notes?: readonly string[];
  /** The ODS code for the subject when the kind carries its own (no shared mailbox in context). */
  subjectOdsCode?: string;
  /** A more specific subject title than the kind's own (one of `variantSubjectTitles`). */
  subjectTitle?: string;
  /** Who is speaking; defaults to 'self' for kinds sent from a personal account, otherwise 'site'. */
  voice?: Voice;
  /** The lines after "Kind regards,": a person's name, or the default "The team at <site>". */
  signOff?: readonly string[];
}

/**
 * One worked input for a kind: the first is the kind's main example (its golden file is named after
 * the kind); every other is a branch, named `<kind>--<branch>` in src/domain/__golden__.
 */
export interface KindExample<I> {
  /** Which branch this input exercises; absent for the main example. */
  branch?: string;
  input: I;
  /** The mailbox in use; defaults to the one the sender rule names ('personal' only for personal-only kinds). */
  from?: 'shared' | 'personal';
  /** With `from: 'personal'`, whether the site is known (typed or remembered). */
  siteKnown?: boolean;
}

export interface EmailKind<I extends object = object> extends KindBase {
  route: 'email';
  recipient: RecipientKey;
  /** The request part of the subject line: never personal data. */
  subjectTitle: string;
  /** Other subject titles this kind may use for a branch (the send guard recognises these too). */
  variantSubjectTitles?: readonly string[];
  fields: FieldMap;
  /** Cross-field rules: errors stop composing, warnings do not. */
  rules?(input: I, ctx: RuleContext): { errors?: RuleIssue[]; warnings?: Warning[] };
  render(input: I, ctx: RenderContext): RenderedRequest;
  /** The zod schema of the input, cross-field errors included, judging dates against now. */
  readonly schema: z.ZodType<I>;
  /** The same schema for a given mailbox and time (what composeRequest uses). */
  schemaFor(ctx?: Partial<RuleContext>): z.ZodType<I>;
  /** Realistic valid inputs: the main one first, then one per branch (golden files, bench, tests). */
  examples: readonly [KindExample<I>, ...KindExample<I>[]];
}

/**
 * An email kind whose input type is forgotten: what the catalogue holds. Sound because `render` and
 * `rules` only ever receive what the kind's own `schemaFor` parsed (composeRequest does exactly that),
 * and method parameters let `EmailKind<AddUserInput>` stand for it without a cast.
 */
export type AnyEmailKind = EmailKind<object>;

/** What a phone or self-service case says for one sector (or for all four when it is unknown). */
export interface GuidedContent {
  /** How to get in touch, in a few words before the number or address. */
  lead: string;
  phone?: { display: string; tel: string; menu: string };
  /** An address to email instead (optometry when nobody can open the shared mailbox, seed 001). */
  email?: string;
  steps: readonly string[];
  haveReady: readonly string[];
}

export interface GuidedKind extends KindBase {
  route: 'phone' | 'self-service';
  /** The steps when the sector is not known (every sector's route named). */
  steps: readonly string[];
  haveReady: readonly string[];
  phone?: typeof helpdeskPhone;
  /** The guidance for a sector: which phone to call from, which menu, which address (from the deployment). */
  guide: (orgType?: OrgType, deployment?: DeploymentOptions) => GuidedContent;
}

/** Builds a guided kind; its plain `steps` and `haveReady` are the all-sector version. */
export function guidedKind(spec: Omit<GuidedKind, 'steps' | 'haveReady' | 'recipients'>): GuidedKind {
  const explanation = spelledExplanation(spec.explanation);
  const explained = [explanation.when, explanation.needs, explanation.next];
  // The guide follows the explanation on the screen: an abbreviation is spelled out where it is first read.
  const guide = (orgType?: OrgType, deployment?: DeploymentOptions): GuidedContent => {
    const content = spec.guide(orgType, deployment);
    const texts = spellOutFirst([...explained, content.lead, ...content.haveReady, ...content.steps]).slice(explained.length);
    const [lead, ...rest] = texts;
    return { ...content, lead: lead!, haveReady: rest.slice(0, content.haveReady.length), steps: rest.slice(content.haveReady.length) };
  };
  const general = guide(undefined);
  return { ...spec, explanation, guide, recipients: [], steps: general.steps, haveReady: general.haveReady };
}

/** A kind's explanation with NAS, ODS and DSPT spelled out on first use. */
function spelledExplanation(e: Explanation): Explanation {
  const [when, needs, next] = spellOutFirst([e.when, e.needs, e.next]);
  return { when: when!, needs: needs!, next: next! };
}

export type RequestKind = AnyEmailKind | GuidedKind;

export function validationContext(ctx: Partial<RuleContext> = {}): RuleContext {
  const mailbox = ctx.mailbox ?? { kind: 'other', address: '' };
  return { now: ctx.now ?? new Date(), mailbox, site: ctx.site ?? (mailbox.kind === 'shared' ? mailbox : undefined) };
}

/** Builds an email kind, attaching its zod schema (fields plus cross-field rules). */
export function emailKind<I extends object>(spec: Omit<EmailKind<I>, 'route' | 'recipients' | 'schema' | 'schemaFor'>): EmailKind<I> {
  const schemaFor = (partial?: Partial<RuleContext>) => {
    const ctx = validationContext(partial);
    // The one place a field map is declared to produce `I`: every kind's examples parse (compose tests).
    return objectSchema(spec.fields, ctx).superRefine((input, issues) => {
      for (const e of spec.rules?.(input as I, ctx).errors ?? []) {
        issues.addIssue({ code: 'custom', path: e.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message: e.message });
      }
    }) as unknown as z.ZodType<I>;
  };
  return {
    ...spec,
    explanation: spelledExplanation(spec.explanation),
    route: 'email',
    recipients: [addresses[spec.recipient]],
    schemaFor,
    // Built on each read, so "today" is always today.
    get schema() {
      return schemaFor();
    },
  };
}
