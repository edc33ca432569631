// Which header cells name which columns, when a first row is a header at all, and how a name under
// a surname-first header is turned round: each pattern judged on whole cells, with header rows a
// manager really pastes ("Personal mobile number", "Forename(s)", "Owner/member").

import { describe, expect, test } from 'vitest';
import { parsePastedPeople } from './paste';

const values = (text: string) => parsePastedPeople(text).rows.map((r) => r.values);

describe('a first-name column whose header says "in full" is still a first-name column', () => {
  test('"Forename(s) in full" beside "Surname": the first name is kept, not dropped', () => {
    expect(values('Surname\tForename(s) in full\tMobile\nSmith\tJane\t07700900123')).toStrictEqual([
      { name: 'Jane Smith', mobile: '07700900123' },
    ]);
    expect(values('Surname,First name in full,Mobile\nSmith,Jane Anne,07700900123')).toStrictEqual([
      { name: 'Jane Anne Smith', mobile: '07700900123' },
    ]);
  });

  test('a "Full name" header is still a whole name, whatever it says in brackets', () => {
    expect(values('Full name (first then last)\tMobile\nSmith, Jane\t07700900123')[0]!.name).toBe('Jane Smith');
    expect(values('Full name (first name first)\tMobile\nJane Smith\t07700900123')[0]!.name).toBe('Jane Smith');
    expect(values('Fullname (first name first)\tMobile\nJane Smith\t07700900123')[0]!.name).toBe('Jane Smith');
  });
});
