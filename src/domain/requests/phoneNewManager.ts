// Seed 004, scenario two: a new manager without NHSmail, and nobody left can open the shared mailbox.
// Which phone to call from follows the sector (seed 001); optometry emails its NAS address.

import { helpdeskPhone } from '../recipients';
import { guidedKind } from '../requestKind';
import { callFromItem, callStep, noAccessEmail } from '../sectors';
import { phoneLead, ticketStep } from './guidedCommon';

export const phoneNewManager = guidedKind({
  id: 'phone-new-manager',
  title: 'New manager, and nobody left has access',
  group: 'help',
  route: 'phone',
  sendFrom: 'shared-or-personal',
  sources: ['004', '001', '002'],
  phone: helpdeskPhone,
  explanation: {
    when: 'You are a new manager without NHSmail, and the previous owner of the shared mailbox has gone.',
    needs: 'Your ODS code, your own direct email address (not a shared team one) and your own mobile for the temporary password.',
    next: 'After security checks, NAS creates your account, sends the details to your email and mobile, and makes you the owner. Sign in, change the password, accept the Acceptable Use Policy and set your security questions straight away: a new account that has not done this goes inactive within 30 days.',
  },
  guide: (orgType, deployment) => {
    const email = noAccessEmail(orgType, deployment);
    const first = email ? `Email NAS at ${email}, from your own email address.` : callStep(orgType, deployment);
    return {
      ...(email ? { lead: 'Email, do not phone:', email } : phoneLead(orgType, 'Phone, do not email:')),
      steps: [
        first,
        'Say you are the new manager, and that after a change of staff nobody at the site can open the shared mailbox.',
        'Ask for an NHSmail account for yourself and to be made owner of the shared mailbox.',
        'If you are told to go to a local administrator, explain that your site is managed by the National Administration Service.',
        ticketStep,
        'When the details arrive, sign in, change the password, accept the Acceptable Use Policy and set your security questions. A new account that has not done this goes inactive within 30 days.',
      ],
      haveReady: [
        'Your ODS code',
        'Your own email address (a generic address like manager@… is not accepted)',
        'Your own mobile, starting 07, not used for any other NHSmail account',
        ...(email ? [] : [callFromItem(orgType)]),
      ],
    };
  },
});
