// Pieces the phone and self-service cases share.

import type { OrgType } from '../ods';
import { helpdeskPhone } from '../recipients';
import type { GuidedContent } from '../requestKind';
import { anySector, sectorRoute } from '../sectors';

export const ticketStep = 'Write down the ticket number you are given; you will need it if you have to chase.';

/** The lead and the number, with the menu for the sector (or every sector when unknown). */
export function phoneLead(orgType: OrgType | undefined, lead: string): Pick<GuidedContent, 'lead' | 'phone'> {
  return { lead, phone: { display: helpdeskPhone.display, tel: helpdeskPhone.tel, menu: sectorRoute(orgType)?.menu ?? anySector.menu } };
}
