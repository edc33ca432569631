import { describe, expect, test } from 'vitest';
import { identifyMailbox } from './mailboxIdentity';
import { validateListRows } from './rowValidation';

const context = { mailbox: identifyMailbox('care.vn6c2@nhs.net'), now: new Date('2026-11-20T10:00:00Z') };

describe('validating pasted rows', () => {
  test('each row is checked on its own, with paths inside the row', () => {
    const rows = [
      { fullName: 'Jane Smith', mobile: '07700 900123', personalEmail: 'jane@example.com', role: 'member' },
      { fullName: 'Tom', mobile: '01632 960123', personalEmail: 'tom@nhs.net', role: 'member' },
    ];
    expect(validateListRows('add-user', 'people', rows, context)).toEqual([
      {
        index: 1,
        errors: [
          { path: 'fullName', message: 'Enter the first and last name' },
          { path: 'mobile', message: expect.stringMatching(/not a mobile number/) },
          { path: 'personalEmail', message: expect.stringMatching(/joiner/) },
        ],
      },
    ]);
  });

  test('any number of rows, beyond the 10 a request may hold', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({
      fullName: 'Jane Smith',
      mobile: i % 2 ? '07700 900123' : '12',
      personalEmail: 'jane@example.com',
      role: 'member',
    }));
    expect(validateListRows('add-user', 'people', rows, context)).toHaveLength(500);
  });

  test('only lists can be validated this way', () => {
    expect(() => validateListRows('audit', 'note', [], context)).toThrow(/no list/);
    expect(() => validateListRows('phone-no-access', 'people', [], context)).toThrow(/no list/);
  });
});
