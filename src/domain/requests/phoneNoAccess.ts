// Nobody can send from the shared mailbox, so NAS needs to hear from the site another way: a call
// from the site's own phone (seeds 000, 002, 003, 004; per sector, seed 001), or for optometry an
// email to NAS (seed 001 gives optometry an email address only, so no phone fallback is offered).

import { helpdeskPhone } from '../recipients';
import { guidedKind } from '../requestKind';
import { callFromItem, callStep, noAccessEmail, sharedAddressShape } from '../sectors';
import { phoneLead, ticketStep } from './guidedCommon';

export const phoneNoAccess = guidedKind({
  id: 'phone-no-access',
  title: 'Nobody can open the shared mailbox',
  group: 'help',
  route: 'phone',
  sendFrom: 'shared-or-personal',
  sources: ['000', '001', '002', '003', '004'],
  phone: helpdeskPhone,
  explanation: {
    when: "Everyone who could open the shared mailbox has left or lost access, so nobody can email NAS from it. NAS needs to hear from the site itself: most sites phone from the site's own number; optometry practices email NAS.",
    needs: "The new owner's name and personal mobile (07…), and their personal email or, if they already have one, their NHSmail address.",
    next: 'NAS checks the contact really comes from the site, then sets up the new owner. Other staff can be added at the same time, or later by the new owner from the shared mailbox.',
  },
  guide: (orgType, deployment) => {
    const email = noAccessEmail(orgType, deployment);
    const details = "Give the new owner's details. If they already have NHSmail, give their nhs.net address first.";
    const haveReady = [
      `Your ODS code and the shared mailbox address (${sharedAddressShape(orgType)})`,
      "The new owner's full name",
      "The new owner's own mobile, starting 07",
      "The new owner's personal email address, or their NHSmail address if they have one",
    ];
    if (email) {
      return {
        lead: 'Email, do not phone:',
        email,
        steps: [
          `Email NAS at ${email} from your own NHSmail account (nobody can send from the shared mailbox).`,
          "Say that nobody at the practice can now open the shared mailbox and that a new owner needs to be added. Give the practice's ODS code and shared mailbox address.",
          details,
          ticketStep,
        ],
        haveReady,
      };
    }
    const care = !orgType || orgType === 'care';
    return {
      ...phoneLead(orgType, 'Phone, do not email:'),
      steps: [
        callStep(orgType, deployment),
        'Say that nobody on site can now open the shared mailbox and that a new owner needs to be added.',
        details,
        'Add anyone else who needs access now, or leave it to the new owner to ask later from the shared mailbox.',
        ...(care
          ? [
              `${orgType ? 'If' : 'Care sites: if'} your ODS code is changing after a change of registration and nobody is left on the shared mailbox, say so, and give your name and the registered manager's ID (the CQC Contact ID). If it all matches, NAS makes you the owner and renames the shared mailbox to the new code.`,
            ]
          : []),
        ticketStep,
      ],
      haveReady: [
        ...haveReady,
        ...(care
          ? ["If the ODS code is changing: the registered manager's ID (CQC Contact ID), from the registered manager's certificate"]
          : []),
        callFromItem(orgType),
      ],
    };
  },
});
