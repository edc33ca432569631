// Why a request does not fit the mailbox in use, branch by branch and word for word, on detections
// built as the pane builds them; and the label a request not sent by email carries.
import { describe, expect, test } from 'vitest';
import { detectMailbox } from '../../domain/detectMailbox';
import { kindIndex } from '../../domain/kindIndex';
import { notFittingReason, routeLabel } from './applicability';

const site = 'care.vn6c2@nhs.net';
const person = 'amira.khan3@nhs.net';
const siteName = 'Care.VN6C2 (Sunrise House, Durham)';

// The mailbox in use, as Outlook reports it.
const fromPersonal = detectMailbox([{ source: 'from', address: person, displayName: 'Amira Khan' }]);
const fromShared = detectMailbox([{ source: 'from', address: site, displayName: siteName }]);
const sharedItem = detectMailbox([{ source: 'shared-properties', address: site, displayName: siteName }]);
const fromElsewhere = detectMailbox([{ source: 'from', address: 'amira.khan@example.com' }]);
const personalWithSite = detectMailbox([
  { source: 'from', address: person },
  { source: 'remembered', address: site },
]);
// Outlook did not say which mailbox is in use.
const profileOnly = detectMailbox([{ source: 'user-profile', address: person, displayName: 'Amira Khan' }]);
const nothing = detectMailbox([]);
const rememberedOnly = detectMailbox([{ source: 'remembered', address: site }]);

const shared = kindIndex['add-user'];
const personal = kindIndex['missing-shared-access'];
const either = kindIndex['leaver-self'];

describe('notFittingReason: shared-mailbox requests', () => {
  test('From is a personal mailbox and no site is known: must be sent from the shared mailbox, not that address', () => {
    expect(notFittingReason(shared, fromPersonal)).toBe(
      "Must be sent from your site's shared mailbox, not amira.khan3@nhs.net. You will be asked which site.",
    );
    expect(notFittingReason(kindIndex.audit, fromPersonal)).toBe(
      "Must be sent from your site's shared mailbox, not amira.khan3@nhs.net. You will be asked which site.",
    );
  });

  test('From is an address outside NHSmail: the same, naming it', () => {
    expect(notFittingReason(shared, fromElsewhere)).toBe(
      "Must be sent from your site's shared mailbox, not amira.khan@example.com. You will be asked which site.",
    );
  });

  test('Outlook did not say which mailbox is in use, and no site is known: only the rule, claiming nothing', () => {
    for (const detection of [profileOnly, nothing])
      expect(notFittingReason(shared, detection)).toBe("Sent from your site's shared mailbox: you will be asked which site.");
  });

  test('the site is known: no reason here, whatever is in use (the From checks say the rest)', () => {
    for (const detection of [fromShared, sharedItem, personalWithSite, rememberedOnly])
      expect(notFittingReason(shared, detection)).toBeUndefined();
  });
});

describe('notFittingReason: personal requests', () => {
  test('a shared mailbox in use: send this from your own account', () => {
    expect(notFittingReason(personal, fromShared)).toBe('Send this from your own account, not the shared mailbox.');
    expect(notFittingReason(personal, sharedItem)).toBe('Send this from your own account, not the shared mailbox.');
  });

  test('a personal mailbox in use, an address outside NHSmail, or nothing said: no reason', () => {
    for (const detection of [fromPersonal, personalWithSite, fromElsewhere, profileOnly, nothing, rememberedOnly])
      expect(notFittingReason(personal, detection)).toBeUndefined();
  });
});

describe('notFittingReason: requests either mailbox may send, and requests not sent by email', () => {
  test('either mailbox: never a reason', () => {
    for (const detection of [fromPersonal, fromShared, sharedItem, fromElsewhere, profileOnly, nothing])
      expect(notFittingReason(either, detection)).toBeUndefined();
  });

  test('by phone or done by the user: never a reason, even with a rule that would give one by email', () => {
    expect(notFittingReason(kindIndex['phone-no-access'], fromPersonal)).toBeUndefined();
    expect(notFittingReason(kindIndex['self-service-reset'], profileOnly)).toBeUndefined();
    expect(notFittingReason({ route: 'phone', sendFrom: 'shared' }, fromPersonal)).toBeUndefined();
    expect(notFittingReason({ route: 'phone', sendFrom: 'shared' }, nothing)).toBeUndefined();
    expect(notFittingReason({ route: 'self-service', sendFrom: 'personal' }, fromShared)).toBeUndefined();
  });
});

describe('routeLabel', () => {
  test('"By phone", "Do it yourself first", and nothing for email', () => {
    expect(routeLabel(kindIndex['phone-no-access'])).toBe('By phone');
    expect(routeLabel(kindIndex['phone-new-manager'])).toBe('By phone');
    expect(routeLabel(kindIndex['self-service-reset'])).toBe('Do it yourself first');
    expect(routeLabel(kindIndex['add-user'])).toBeUndefined();
    expect(routeLabel(kindIndex['missing-shared-access'])).toBeUndefined();
  });
});
