// The shape of one entry in the catalogue. Kinds are data: the form, the validation, the text of
// the email and the help all come from the entry, never from a switch per screen.

import type { z } from 'zod';
import { objectSchema, type FieldMap, type ValidationContext, type Warning } from './fields';
import type { MailboxIdentity } from './mailboxIdentity';
import type { OrgType } from './ods';
import type { helpdeskPhone, RecipientKey } from './recipients';
import type { Section } from './render';

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
  /** Default recipients, for showing; composeRequest resolves the deployment's choice. */
  recipients: readonly string[];
  sources: readonly SeedId[];
}

export interface RuleIssue {
  path: string;
  message: string;
}

export interface RenderContext {
  mailbox: MailboxIdentity;
  now: Date;
  /** Shared mailbox address, when the context is a shared mailbox. */
  sharedAddress?: string;
  odsCode?: string;
  orgType?: OrgType;
}

export interface RenderedRequest {
  ask: string;
  sections: readonly Section[];
  notes?: readonly string[];
  /** The ODS code for the subject when the kind carries its own (no shared mailbox in context). */
  subjectOdsCode?: string;
}

export interface EmailKind<I = Record<string, unknown>> extends KindBase {
  route: 'email';
  recipient: RecipientKey;
  /** The request part of the subject line: never personal data. */
  subjectTitle: string;
  fields: FieldMap;
  /** Cross-field rules: errors stop composing, warnings do not. */
  rules?: (input: I, ctx: ValidationContext) => { errors?: RuleIssue[]; warnings?: Warning[] };
  render: (input: I, ctx: RenderContext) => RenderedRequest;
  /** The zod schema of the input, cross-field errors included, judging dates against now. */
  readonly schema: z.ZodType<I>;
  /** The same schema for a given mailbox and time (what composeRequest uses). */
  schemaFor: (ctx?: Partial<ValidationContext>) => z.ZodType<I>;
}

export interface GuidedKind extends KindBase {
  route: 'phone' | 'self-service';
  steps: readonly string[];
  haveReady: readonly string[];
  phone?: typeof helpdeskPhone;
}

export type RequestKind = EmailKind<never> | GuidedKind;

export function validationContext(ctx: Partial<ValidationContext> = {}): ValidationContext {
  return { now: ctx.now ?? new Date(), mailbox: ctx.mailbox ?? { kind: 'other', address: '' } };
}

/** Builds an email kind, attaching its zod schema (fields plus cross-field rules). */
export function emailKind<I>(spec: Omit<EmailKind<I>, 'route' | 'schema' | 'schemaFor'>): EmailKind<I> {
  const schemaFor = (partial?: Partial<ValidationContext>) => {
    const ctx = validationContext(partial);
    return objectSchema(spec.fields, ctx).superRefine((input, issues) => {
      for (const e of spec.rules?.(input as I, ctx).errors ?? []) {
        issues.addIssue({ code: 'custom', path: e.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message: e.message });
      }
    }) as unknown as z.ZodType<I>;
  };
  return {
    ...spec,
    route: 'email',
    schemaFor,
    // Built on each read, so "today" is always today.
    get schema() {
      return schemaFor();
    },
  };
}
