// Sector-aware guidance for the phone and self-service cases, and the one-line message
// composeRequest gives when asked to compose one of them.

import type { OrgType } from './ods';
import { nhsmailPortal, type DeploymentOptions } from './recipients';
import type { GuidedContent, GuidedKind } from './requestKind';

/** The steps, "have this ready" list and contact for a guided kind, for the mailbox's sector. */
export function guidedStepsFor(kind: GuidedKind, orgType?: OrgType, deployment?: DeploymentOptions): GuidedContent {
  return kind.guide(orgType, deployment);
}

/** One paragraph: what to do instead of email. */
export function guidedMessage(kind: GuidedKind, orgType?: OrgType, deployment?: DeploymentOptions): string {
  const content = kind.guide(orgType, deployment);
  if (kind.route === 'self-service') {
    // Stryker disable next-line OptionalChaining: the one self-service kind (selfServiceReset) takes its lead from phoneLead, which always sets phone
    return `Try the self-service reset on the ${nhsmailPortal.name} (${nhsmailPortal.address}) first. If that does not work, phone the helpdesk on ${content.phone?.display} (${content.phone?.menu}) with the account's email address and linked mobile. This is not done by email.`;
  }
  if (content.email) return `This is not done from the shared mailbox. ${content.steps[0]}`;
  return `This is done by phone, not email. ${content.steps[0]}`;
}
