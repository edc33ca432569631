// Forgotten password or locked account: self-service first, then the 24-hour helpdesk (seeds 000,
// 001). The agent may ask for the ODS code (seed 004, scenario one).

import { helpdeskPhone, nhsmailPortal } from '../recipients';
import { guidedKind } from '../requestKind';
import { sectorRoute, anySector } from '../sectors';
import { phoneLead } from './guidedCommon';

export const selfServiceReset = guidedKind({
  id: 'self-service-reset',
  title: 'Forgotten password or locked account',
  group: 'accounts',
  route: 'self-service',
  sendFrom: 'shared-or-personal',
  sources: ['000', '001', '004'],
  phone: helpdeskPhone,
  explanation: {
    when: 'You have forgotten your password or your account is locked. The helpdesk is open 24 hours a day for this.',
    needs:
      'If you set security questions or an account secret, nothing: reset it yourself. Otherwise, your NHSmail address, the mobile linked to it and your ODS code.',
    next: 'You get a temporary password by text. To send it to a different mobile, the shared mailbox must confirm that by email first.',
  },
  guide: (orgType) => ({
    ...phoneLead(orgType, 'If self-service does not work, phone'),
    steps: [
      `Use the self-service password reset on the sign-in page of the ${nhsmailPortal.name}, ${nhsmailPortal.address}, if you set security questions or an account secret.`,
      `If you cannot, call ${helpdeskPhone.display} (open 24 hours) and choose ${sectorRoute(orgType)?.menu ?? anySector.menu}.`,
      "Give your NHSmail address and the mobile linked to it, and your site's ODS code if asked; you may be asked for characters from your security answers.",
      "If the temporary password must go to a new mobile, ask someone who can open the shared mailbox to use 'Send a password reset to a new mobile'.",
      "If you have no security answers and no mobile that can be used, ask a shared mailbox owner to use 'Vouch for someone who is locked out'.",
    ],
    haveReady: [
      'Your NHSmail address',
      'The mobile linked to your account',
      `Your ODS code (usually the part after ${sectorRoute(orgType)?.prefix ?? anySector.prefix} in the shared mailbox address)`,
    ],
  }),
});
