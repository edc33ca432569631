// Builders for the ways NAS reaches a person: NHSmail address, personal email, mobile.

import '../zodSetup';
import { z } from 'zod';
import { identifyMailbox } from '../mailboxIdentity';
import { mobileError, mobileWarning, normaliseMobile, repairMobile } from '../mobile';
import { enterMessage, requiredString, type Common } from './base';
import type { ScalarField } from './types';

// Built per call, not at module level, so mutation testing scores it (docs/testing.md, "Static mutants").
const isEmailShape = (v: string) =>
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/.test(v);

function emailString(missing: string) {
  return requiredString(missing).toLowerCase().max(254, 'Email addresses must be 254 characters or fewer');
}

export function nhsmailAddress(c: Partial<Common> = {}): ScalarField {
  const label = c.label ?? 'NHSmail address';
  return {
    type: 'scalar',
    ui: {
      control: 'email',
      label,
      hint: c.hint ?? 'Their own address ending @nhs.net',
      autoComplete: 'off',
      maxLength: 254,
      pasteAs: 'email',
    },
    optional: c.optional,
    schema: () =>
      emailString(enterMessage(label)).superRefine((v, issues) => {
        if (!isEmailShape(v))
          issues.addIssue({ code: 'custom', message: 'Enter an email address in the right format, like jane.smith@nhs.net' });
        else if (!v.endsWith('@nhs.net')) issues.addIssue({ code: 'custom', message: 'An NHSmail address ends @nhs.net' });
        else if (identifyMailbox(v).kind === 'shared')
          issues.addIssue({ code: 'custom', message: "This is a shared mailbox. Enter the person's own NHSmail address" });
      }),
  };
}

// Shared team addresses are refused by NAS as a personal email (seed 004, scenario two).
const isGenericMailbox = (address: string) =>
  /^(admin|office|info|enquiries|enquiry|reception|manager|management|hello|contact|mail|team|care|nursing|staff|hr|accounts)@/.test(
    address,
  );

export function personalEmail(c: Partial<Common> = {}): ScalarField {
  const label = c.label ?? 'Personal email address';
  return {
    type: 'scalar',
    ui: {
      control: 'email',
      label,
      hint: c.hint ?? 'Their own email, not NHSmail. The new account details are sent here',
      autoComplete: 'off',
      maxLength: 254,
      pasteAs: 'email',
    },
    schema: () =>
      emailString(enterMessage(label)).superRefine((v, issues) => {
        if (!isEmailShape(v))
          issues.addIssue({ code: 'custom', message: 'Enter an email address in the right format, like jane@example.com' });
        else if (v.endsWith('@nhs.net'))
          issues.addIssue({
            code: 'custom',
            message:
              "This person already has NHSmail. Ask for them to be added as a joiner instead ('Add staff who already have NHSmail').",
          });
      }),
    warn: (value) => {
      const address = String(value).trim().toLowerCase();
      return isGenericMailbox(address)
        ? [
            {
              code: 'generic-email',
              message: `${address} looks like a shared team address. NAS needs the person's own email address.`,
            },
          ]
        : [];
    },
  };
}

export function mobile(c: Partial<Common> = {}): ScalarField {
  const label = c.label ?? 'Mobile number';
  return {
    type: 'scalar',
    ui: {
      control: 'tel',
      label,
      hint: c.hint ?? 'A UK mobile starting 07. Each person needs their own',
      autoComplete: 'off',
      maxLength: 20,
      pasteAs: 'mobile',
    },
    optional: c.optional,
    schema: () =>
      z
        .string({ error: enterMessage(label) })
        .transform(normaliseMobile)
        .superRefine((v, issues) => {
          const problem = mobileError(v);
          if (problem) issues.addIssue({ code: 'custom', message: v === '' ? enterMessage(label) : problem });
        }),
    repair: repairMobile,
    warn: (value) => {
      const w = mobileWarning(normaliseMobile(String(value)));
      return w ? [{ code: 'mobile-not-personal', message: w }] : [];
    },
  };
}
