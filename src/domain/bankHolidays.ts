// England and Wales bank holidays, as data with the date it was last checked. Source: gov.uk
// bank holidays as collected in shared/reference/domain.md §3.4 (2028 not yet published by gov.uk).

export const bankHolidays = {
  asOf: '2026-11-01',
  source: 'https://www.gov.uk/bank-holidays',
  /** The last year the table covers; after it the hours message says to check gov.uk. */
  coversUntil: 2028,
  dates: [
    '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
    '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
    '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
    '2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26',
  ] as readonly string[],
};
