import { describe, expect, test } from 'vitest';
import { parsePastedPeople } from './paste';

const values = (text: string) => parsePastedPeople(text).rows.map((r) => r.values);

describe('paste: splitting a line into cells', () => {
  test('tab-separated cells are trimmed of the spaces around them', () => {
    expect(values(' Jane Smith \t 07700900123\t jane@example.com ')).toStrictEqual([
      { name: 'Jane Smith', mobile: '07700900123', email: 'jane@example.com' },
    ]);
  });

  test('comma-separated cells are trimmed, the last one too', () => {
    expect(values('Jane Smith , 07700900123 ,jane@example.com ')).toStrictEqual([
      { name: 'Jane Smith', mobile: '07700900123', email: 'jane@example.com' },
    ]);
  });

  test('semicolons separate cells as commas do (European Excel CSV)', () => {
    expect(values('Jane Smith;07700900123;jane@example.com')).toStrictEqual([
      { name: 'Jane Smith', mobile: '07700900123', email: 'jane@example.com' },
    ]);
    expect(values('tom@example.org; Tom Hill ;07700 900456')).toStrictEqual([
      { email: 'tom@example.org', name: 'Tom Hill', mobile: '07700 900456' },
    ]);
  });

  test('a doubled quote inside a quoted cell is one quote mark', () => {
    expect(values('"Jane ""JJ"" Smith",07700900123,jane@example.com')).toStrictEqual([
      { name: 'Jane "JJ" Smith', mobile: '07700900123', email: 'jane@example.com' },
    ]);
    expect(values('"O""Neil Tom",07700900456')[0]!.name).toBe('O"Neil Tom');
  });

  test('a semicolon inside quotes stays in the cell', () => {
    expect(values('"Smith; Jane",07700900123')[0]).toStrictEqual({ name: 'Smith; Jane', mobile: '07700900123' });
  });
});

describe('paste: what a cell looks like without a header', () => {
  test('an email address must be the whole cell', () => {
    expect(values('Jane jane@example.com\t07700900123')).toStrictEqual([{ name: 'Jane jane@example.com', mobile: '07700900123' }]);
    expect(values('jane@example.com Smith\t07700900123')).toStrictEqual([{ name: 'jane@example.com Smith', mobile: '07700900123' }]);
  });

  test('a phone-shaped cell must be phone-shaped from start to end', () => {
    expect(values('Room 1234567\tjane@example.com')).toStrictEqual([{ name: 'Room 1234567', email: 'jane@example.com' }]);
    expect(values('0123456 Jane\tjane@example.com')).toStrictEqual([{ name: '0123456 Jane', email: 'jane@example.com' }]);
  });

  test('"Owners" is the owner role, "Members" the member role', () => {
    expect(values('Jane Smith\t07700900123\tOwners')[0]!.role).toBe('owner');
    expect(values('Jane Smith\t07700900123\tMEMBERS')[0]!.role).toBe('member');
  });
});

describe('paste: is the first row a header?', () => {
  test('two named columns are enough for a header', () => {
    const r = parsePastedPeople('Name\tEmail\nJane Smith\tjane@example.com');
    expect(r.count).toBe(1);
    expect(r.rows).toStrictEqual([{ row: 2, values: { name: 'Jane Smith', email: 'jane@example.com' } }]);
  });

  test('a first row with no header words is a person, even without an email or mobile', () => {
    const r = parsePastedPeople('Jane Smith\towner\nTom Hill\tmember');
    expect(r.count).toBe(2);
    expect(r.rows.map((x) => x.values)).toStrictEqual([
      { name: 'Jane Smith', role: 'owner' },
      { name: 'Tom Hill', role: 'member' },
    ]);
  });

  test('a person whose row happens to hold header words (Telford, owner) is still a person when it has a mobile', () => {
    const r = parsePastedPeople('Philip Telford\towner\t07700900123\nAnn Lee\tmember\t07700900456');
    expect(r.count).toBe(2);
    expect(r.rows[0]).toStrictEqual({ row: 1, values: { name: 'Philip Telford', role: 'owner', mobile: '07700900123' } });
  });

  test('... or an email address', () => {
    const r = parsePastedPeople('Philip Telford\towner\tphil@example.com\nAnn Lee\tmember\tann@example.com');
    expect(r.count).toBe(2);
    expect(r.rows[0]).toStrictEqual({ row: 1, values: { name: 'Philip Telford', role: 'owner', email: 'phil@example.com' } });
  });
});

describe('paste: name headers', () => {
  test('"Lastname" and "Familyname" (no space) are surname columns', () => {
    expect(values('Lastname\tFirstname\tMobile\nSmith\tJane\t07700900123')[0]!.name).toBe('Jane Smith');
    expect(values('Familyname\tForename\tMobile\nSmith\tJane\t07700900123')[0]!.name).toBe('Jane Smith');
  });

  test('under a plain "Name" header, "Smith, Jane" is turned round', () => {
    const r = parsePastedPeople('Name\tMobile\nSmith, Jane\t07700900123');
    expect(r.rows[0]).toStrictEqual({
      row: 2,
      values: { name: 'Jane Smith', mobile: '07700900123' },
      repairs: [{ column: 'name', note: 'Pasted as "Smith, Jane" (surname first), so it now reads Jane Smith. Check it is right.' }],
    });
  });

  test('a "Full name (first ...)" header is a full name, not a first name: "Smith, Jane" is turned round', () => {
    expect(values('Full name (first then last)\tMobile\nSmith, Jane\t07700900123')[0]!.name).toBe('Jane Smith');
  });

  test('a header saying first name then surname in one cell is a full name: not turned round', () => {
    expect(values('Name (first and surname)\tMobile\nJane Smith\t07700900123')[0]!.name).toBe('Jane Smith');
  });

  test('a "Surname, first name" header turns "Smith  Jane" round, however many spaces', () => {
    expect(values('Surname, first name\tMobile\nSmith  Jane\t07700900123')[0]!.name).toBe('Jane Smith');
  });

  test('"Name (surname, first names in full)" split by CSV commas: surname then first names', () => {
    const r = parsePastedPeople('Name (surname, first names in full),Mobile\nSmith,Jane Anne,07700900123');
    expect(r.rows).toStrictEqual([{ row: 2, values: { name: 'Jane Anne Smith', mobile: '07700900123' } }]);
  });

  test('an empty first-name cell adds nothing to the surname', () => {
    expect(values('First name\tSurname\tMobile\n\tSmith\t07700900123')).toStrictEqual([{ name: 'Smith', mobile: '07700900123' }]);
  });

  test('an empty mobile cell under a header leaves the mobile unset', () => {
    expect(values('Name\tMobile\tEmail\nJane Smith\t\tjane@example.com')).toStrictEqual([
      { name: 'Jane Smith', email: 'jane@example.com' },
    ]);
  });

  test('with a first-name column, another name column (a display name) is not added to the name', () => {
    expect(values('First name\tDisplay name\tMobile\nJane\tJJ\t07700900123')[0]!.name).toBe('Jane');
  });
});

describe('paste: values and row errors', () => {
  test('a lost-0 number in the email column is not repaired as a mobile', () => {
    const r = parsePastedPeople('Name\tEmail\nJane Smith\t7700900123');
    expect(r.rows).toStrictEqual([{ row: 2, values: { name: 'Jane Smith', email: '7700900123' } }]);
  });

  test('two email addresses in one row', () => {
    expect(parsePastedPeople('Jane Smith\tjane@example.com\tjs@example.org').errors).toStrictEqual([
      { row: 1, message: 'Row 1 has two email addresses. Put one person on each row.' },
    ]);
  });

  test('two mobiles and two emails in one row: both named', () => {
    expect(parsePastedPeople('Jane Smith\t07700900123\t07700900124\tjane@example.com\tjs@example.org').errors).toStrictEqual([
      { row: 1, message: 'Row 1 has two mobile numbers and two email addresses. Put one person on each row.' },
    ]);
  });

  test('a row whose name cannot be turned round has no name value at all', () => {
    const r = parsePastedPeople('Smith, Jane, Anne\t07700900123');
    expect(r.rows).toStrictEqual([{ row: 1, values: { mobile: '07700900123' } }]);
    expect(r.errors).toHaveLength(1);
  });

  test('a row without a name has no name key', () => {
    expect(parsePastedPeople('07700900123\tjane@example.com').rows).toStrictEqual([
      { row: 1, values: { mobile: '07700900123', email: 'jane@example.com' } },
    ]);
  });
});

describe('paste: counting rows', () => {
  test('lines of only tabs, carriage returns, commas, semicolons or no-break spaces are not rows', () => {
    for (const blank of ['\t\t', '\r', ',,,', ';;', '\u00a0', ' , ;\t\u00a0\r']) {
      const r = parsePastedPeople(`Jane Smith,07700900123\n${blank}\nTom Hill,07700900456`);
      expect(r.count, JSON.stringify(blank)).toBe(2);
      expect(r.errors, JSON.stringify(blank)).toStrictEqual([]);
      expect(r.rows.map((x) => x.row)).toStrictEqual([1, 3]);
    }
  });

  test('only a carriage return at the end of a line is taken off', () => {
    expect(values('Jane\rSmith\t07700900123\r\n')[0]!.name).toBe('Jane\rSmith');
  });
});
