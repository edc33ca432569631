// Seed 004, scenario three: a manager who already has NHSmail from a previous provider, cannot sign
// in, and nobody at the new site can open its shared mailbox. Marking someone as a leaver "can take
// up to/ over 30 days" (seed 004, scenario three), so the pane says 30 days or more.

import { helpdeskPhone } from '../recipients';
import { guidedKind } from '../requestKind';
import { callFromItem, callStep, noAccessEmail } from '../sectors';
import { phoneLead, ticketStep } from './guidedCommon';

export const phoneTransferredManager = guidedKind({
  id: 'phone-transferred-manager',
  title: 'Manager moved from another site and locked out',
  group: 'help',
  route: 'phone',
  sendFrom: 'shared-or-personal',
  sources: ['004', '001'],
  phone: helpdeskPhone,
  explanation: {
    when: 'You already have NHSmail from a previous provider, cannot sign in, and nobody at your new site can open its shared mailbox.',
    needs: 'Your NHSmail address, your ODS code and the mobile registered to your account.',
    next: 'NAS resets your password, moves your account to the new site and makes you owner. Your previous employer may still need to mark you as a leaver, which can take 30 days or more.',
  },
  guide: (orgType, deployment) => {
    const email = noAccessEmail(orgType, deployment);
    const first = email ? `Email NAS at ${email}.` : callStep(orgType, deployment);
    return {
      ...(email ? { lead: 'Email, do not phone:', email } : phoneLead(orgType, 'Phone, do not email:')),
      steps: [
        first,
        'Say you are the new manager, name your previous provider, and give your NHSmail address.',
        'Ask for a password reset, for your account to be moved to the new site, and to be made owner of its shared mailbox, because nobody there has access.',
        'If you are offered self-service, explain that you cannot remember your security answers.',
        'If you are told your old provider must mark you as a leaver first, say you will ask them to, but that nobody here can open the shared mailbox, so you need access within the next few days.',
        'If the mobile on your account belonged to your old employer, say so: the temporary password would go to it.',
        ticketStep,
      ],
      haveReady: [
        'Your NHSmail address',
        'Your ODS code',
        'The mobile registered to your account',
        ...(email ? [] : [callFromItem(orgType)]),
      ],
    };
  },
});
