// How each sector reaches NAS when the shared mailbox cannot be used (seed 001, "What to do if you
// are unable to access a shared mailbox for your organisation"): pharmacies phone from the store's
// number, dental practices from the practice number, care sites from the care site's number (the one
// the CQC shows, seeds 000 and 004), optometry practices by email. The helpdesk menu is option 1
// (unable to access account), then the organisation type; for social care that is 1 again (seed 000).
// Seed 001 groups dispensing appliance contractors (DACs) with community pharmacies: same number,
// same route. The optometry address is NAS's, so it follows the deployment like every other request.

import type { OrgType } from './ods';
import { helpdeskPhone, resolveRecipient, type DeploymentOptions } from './recipients';

export interface SectorRoute {
  orgType: OrgType;
  /** The shared mailbox address prefix, e.g. `care.`. */
  prefix: string;
  /** How a person names this kind of site. */
  siteNoun: string;
  /** The phone NAS expects the call to come from, so it can tell the call is from the site. */
  callFrom: string;
  /** The helpdesk menu choices. */
  menu: string;
  /** Sectors that reach NAS by email, not phone, when nobody can open the shared mailbox (optometry). */
  noAccessByEmail?: true;
}

export const sectorRoutes: Readonly<Record<OrgType, SectorRoute>> = {
  care: {
    orgType: 'care',
    prefix: 'care.',
    siteNoun: 'care site',
    callFrom: "the care site's own landline, the number the CQC shows for your site",
    menu: 'option 1 (unable to access account), then option 1 again for a social care agent',
  },
  pharmacy: {
    orgType: 'pharmacy',
    prefix: 'pharmacy.',
    siteNoun: 'pharmacy or dispensing appliance contractor',
    callFrom: "the pharmacy store's phone number",
    menu: 'option 1 (unable to access account), then the option for pharmacies',
  },
  dental: {
    orgType: 'dental',
    prefix: 'dental.',
    siteNoun: 'dental practice',
    callFrom: "the dental practice's phone number",
    menu: 'option 1 (unable to access account), then the option for dental practices',
  },
  optometry: {
    orgType: 'optometry',
    prefix: 'optometry.',
    siteNoun: 'optometry practice',
    callFrom: "the optometry practice's phone number",
    menu: 'option 1 (unable to access account), then the option for optometry',
    noAccessByEmail: true,
  },
};

/** When the sector is not known, every route is named. */
export const anySector = {
  prefix: 'care., pharmacy., dental. or optometry.',
  callFrom:
    "your site's own phone: a care site its landline (the number the CQC shows), a pharmacy or dispensing appliance contractor the store's number, a dental practice the practice number",
  menu: helpdeskPhone.menu,
} as const;

export function sectorRoute(orgType?: OrgType): SectorRoute | undefined {
  return orgType ? sectorRoutes[orgType] : undefined;
}

/**
 * The address a sector emails when nobody can open the shared mailbox (optometry, seed 001), from
 * the same deployment setting as every NAS request: helpdesk@nhs.net, or optomadmin@nhs.net with
 * sector addresses on. Undefined for the sectors that phone.
 */
export function noAccessEmail(orgType: OrgType | undefined, deployment: DeploymentOptions = {}): string | undefined {
  return sectorRoute(orgType)?.noAccessByEmail ? resolveRecipient('nas', orgType, deployment) : undefined;
}

/** The optometry sentence when the sector is not known. */
export function optometryNote(deployment: DeploymentOptions = {}): string {
  return `Optometry practices email ${noAccessEmail('optometry', deployment)!} instead of phoning.`;
}

/** "Call 0333 200 1133 from … and choose …", for the sector when known, otherwise for all four. */
export function callStep(orgType?: OrgType, deployment: DeploymentOptions = {}): string {
  const route = sectorRoute(orgType);
  if (!route) return `Call ${helpdeskPhone.display} from ${anySector.callFrom}, and choose ${anySector.menu}. ${optometryNote(deployment)}`;
  return `Call ${helpdeskPhone.display} from ${route.callFrom}, and choose ${route.menu}.`;
}

/** "care. followed by your ODS code, @nhs.net" */
export function sharedAddressShape(orgType?: OrgType): string {
  return `${sectorRoute(orgType)?.prefix ?? anySector.prefix} followed by the ODS code, @nhs.net`;
}

/** The "call from" item of a have-ready list. */
export function callFromItem(orgType?: OrgType): string {
  const route = sectorRoute(orgType);
  if (!route)
    return "Your site's own phone to call from (care site: the CQC-registered landline; pharmacy or dispensing appliance contractor: the store's number; dental practice: the practice number)";
  // Stryker disable next-line Regex: every sectorRoutes callFrom begins with 'the ', so its first 'the ' is the leading one
  const phone = route.callFrom.replace(/^the /, '');
  return `${phone[0]!.toUpperCase()}${phone.slice(1)}, to call from`;
}
