// Cases that cannot be done by email: nobody can send from the shared mailbox, so NAS needs a call
// from the site's CQC-registered landline to know it is really the site (seeds 000, 002, 003, 004).

import { helpdeskPhone } from '../recipients';
import type { GuidedKind } from '../requestKind';
import { kindIndex } from '../kindIndex';

const call = `Call ${helpdeskPhone.display} from your site's main landline, the number the CQC shows for your site, and choose ${helpdeskPhone.menu}.`;
const ticket = 'Write down the ticket number you are given; you will need it if you have to chase.';

export const phoneNoAccess: GuidedKind = {
  ...kindIndex['phone-no-access'],
  recipients: [],
  sources: ['000', '002', '003', '004'],
  phone: helpdeskPhone,
  explanation: {
    when: 'Everyone who could open the shared mailbox has left or lost access, so nobody can email NAS from it. Do not email: it has to be a phone call.',
    needs: "The new owner's name and personal mobile (07…), and their personal email or, if they already have one, their NHSmail address.",
    next: 'NAS checks you are calling from the site, then sets up the new owner. Other staff can be added on the same call, or later by the new owner from the shared mailbox.',
  },
  steps: [
    call,
    'Say that nobody on site can now open the shared mailbox and that a new owner needs to be added.',
    "Give the new owner's details. If they already have NHSmail, give their nhs.net address first.",
    'Add anyone else who needs access now, or leave it to the new owner to ask later from the shared mailbox.',
    ticket,
  ],
  haveReady: [
    'Your ODS code and the shared mailbox address (care. followed by the code, @nhs.net)',
    "The new owner's full name",
    "The new owner's own mobile, starting 07",
    "The new owner's personal email address, or their NHSmail address if they have one",
    "The site's CQC-registered landline to call from",
  ],
};

export const phoneNewManager: GuidedKind = {
  ...kindIndex['phone-new-manager'],
  recipients: [],
  sources: ['004'],
  phone: helpdeskPhone,
  explanation: {
    when: 'You are a new manager without NHSmail, and the previous owner of the shared mailbox has gone.',
    needs: 'Your ODS code, your own direct email address (not a shared team one) and your own mobile for the temporary password.',
    next: 'After security checks, NAS creates your account, sends the details to your email and mobile, and makes you the owner. Sign in, change the password and set your security questions straight away.',
  },
  steps: [
    call,
    'Say you are the new manager, and that after a change of staff nobody at the site can open the shared mailbox.',
    'Ask for an NHSmail account for yourself and to be made owner of the shared mailbox.',
    'If you are told to go to a local administrator, explain that your site is managed by the National Administration Service.',
    ticket,
  ],
  haveReady: [
    'Your ODS code',
    'Your own email address (a generic address like manager@… is not accepted)',
    'Your own mobile, starting 07, not used for any other NHSmail account',
    "The site's CQC-registered landline to call from",
  ],
};

export const phoneTransferredManager: GuidedKind = {
  ...kindIndex['phone-transferred-manager'],
  recipients: [],
  sources: ['004'],
  phone: helpdeskPhone,
  explanation: {
    when: 'You already have NHSmail from a previous care provider, cannot sign in, and nobody at your new site can open its shared mailbox.',
    needs: 'Your NHSmail address, your ODS code and the mobile registered to your account.',
    next: 'NAS resets your password, moves your account to the new site and makes you owner. Your previous employer may still need to mark you as a leaver, which can take up to 30 days.',
  },
  steps: [
    call,
    'Say you are the new manager, name your previous provider, and give your NHSmail address.',
    'Ask for a password reset, for your account to be moved to the new site, and to be made owner of its shared mailbox, because nobody there has access.',
    'If you are offered self-service, explain that you cannot remember your security answers.',
    'If the mobile on your account belonged to your old employer, say so: the temporary password would go to it.',
    ticket,
  ],
  haveReady: [
    'Your NHSmail address',
    'Your ODS code',
    'The mobile registered to your account',
    "The site's CQC-registered landline to call from",
  ],
};

export const selfServiceReset: GuidedKind = {
  ...kindIndex['self-service-reset'],
  recipients: [],
  sources: ['000', '001'],
  phone: helpdeskPhone,
  explanation: {
    when: 'You have forgotten your password or your account is locked. The helpdesk is open 24 hours a day for this.',
    needs: 'If you set security questions or an account secret, nothing: reset it yourself. Otherwise, your NHSmail address and the mobile linked to it.',
    next: 'You get a temporary password by text. To send it to a different mobile, the shared mailbox must confirm that by email first.',
  },
  steps: [
    'Use the self-service password reset on the NHSmail portal sign-in page, if you set security questions or an account secret.',
    `If you cannot, call ${helpdeskPhone.display} and choose option 1 (unable to access account), then your organisation type.`,
    'Give your NHSmail address and the mobile linked to it; you may be asked for characters from your security answers.',
    "If the temporary password must go to a new mobile, ask an owner to use 'Send a password reset to a new mobile' from the shared mailbox.",
  ],
  haveReady: ['Your NHSmail address', 'The mobile linked to your account'],
};
