import { describe, expect, test } from 'vitest';
import { nasAvailability } from './nasHours';

// UK time: GMT in winter (UTC+0), BST in summer (UTC+1).
describe('NAS hours', () => {
  test('open on a weekday between 09:00 and 17:00 UK time', () => {
    expect(nasAvailability(new Date('2026-11-20T10:00:00Z')).open).toBe(true);
    expect(nasAvailability(new Date('2026-07-01T08:30:00Z')).open).toBe(true); // 09:30 BST
    expect(nasAvailability(new Date('2026-07-01T07:30:00Z')).open).toBe(false); // 08:30 BST
  });

  test('closed after 17:00 on a Friday: back Monday 09:00', () => {
    const a = nasAvailability(new Date('2026-11-20T17:05:00Z'));
    expect(a).toMatchObject({ open: false, nextOpenDate: '2026-11-23' });
    expect(a.message).toBe('NAS is closed now; the team is back Monday at 09:00. Your email will be waiting for them.');
  });

  test('early morning: back today; evening: back tomorrow', () => {
    expect(nasAvailability(new Date('2026-11-18T07:00:00Z')).message).toContain('back today at 09:00');
    expect(nasAvailability(new Date('2026-11-18T18:00:00Z')).message).toContain('back tomorrow at 09:00');
  });

  test('bank holidays are skipped: Christmas 2026 and the Boxing Day substitute', () => {
    const christmasEve = nasAvailability(new Date('2026-12-24T18:00:00Z'));
    expect(christmasEve.nextOpenDate).toBe('2026-12-29');
    expect(christmasEve.message).toContain('back Tuesday at 09:00');
    const boxing = nasAvailability(new Date('2026-12-28T11:00:00Z'));
    expect(boxing.open).toBe(false);
    expect(boxing.message).toContain('bank holiday');
  });

  test('further than a week off, the full date is given; beyond the table, gov.uk is named', () => {
    const holidays = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-30'];
    expect(nasAvailability(new Date('2026-11-20T18:00:00Z'), holidays).message).toContain('Tuesday 1 December 2026');
    expect(nasAvailability(new Date('2028-12-29T18:00:00Z')).message).toContain('gov.uk/bank-holidays');
  });
});
