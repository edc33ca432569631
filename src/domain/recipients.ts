// Where requests go (shared/reference/domain.md §2). helpdesk@nhs.net is the default for every
// sector; the older per-sector addresses are kept as data a deployment can switch on.

import type { OrgType } from './ods';

export const addresses = {
  nas: 'helpdesk@nhs.net',
  escalation: 'feedback@nhs.net',
  ods: 'exeter.helpdesk@nhs.net',
} as const;

export type RecipientKey = keyof typeof addresses;

export const sectorAddresses: Readonly<Record<OrgType, string>> = {
  care: 'careadmin@nhs.net',
  pharmacy: 'pharmacyadmin@nhs.net',
  dental: 'dentistadmin@nhs.net',
  optometry: 'optomadmin@nhs.net',
};

/** Ticket notifications come from this address; NHSmail asks people never to write to it. */
export const neverSendTo: readonly string[] = ['accentureplc@service-now.com'];

/** Every address a NAS request may go to: the send guard recognises these. */
export const nasAddresses: readonly string[] = [addresses.nas, ...Object.values(sectorAddresses)];

/**
 * The NHSmail portal, where the self-service password reset is (seeds 000 and 004 name and link
 * "the portal" for the reset and the first sign-in; the address is the one domain.md cites).
 */
export const nhsmailPortal = { name: 'NHSmail portal', address: 'portal.nhs.net', href: 'https://portal.nhs.net' } as const;

export const helpdeskPhone = {
  display: '0333 200 1133',
  tel: '+443332001133',
  /** The menu when the sector is not known; each sector's own path is in sectors.ts (seeds 000, 001). */
  menu: 'option 1 (unable to access account), then your organisation type (for social care, option 1 again)',
} as const;

export interface DeploymentOptions {
  /** Send NAS requests to the sector address (careadmin@ …) instead of helpdesk@nhs.net. */
  useSectorAddresses?: boolean;
}

export function resolveRecipient(key: RecipientKey, orgType: OrgType | undefined, options: DeploymentOptions = {}): string {
  if (key === 'nas' && options.useSectorAddresses && orgType) return sectorAddresses[orgType];
  return addresses[key];
}

export const greetings: Readonly<Record<RecipientKey, string>> = {
  nas: 'Dear National Administration Service,',
  escalation: 'Dear NHSmail team,',
  ods: 'Dear ODS team,',
};
