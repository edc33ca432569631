import { describe, expect, test } from 'vitest';
import { firstErrors, parsePastedPeople } from './paste';

describe('pasting people from a spreadsheet', () => {
  test('Excel rows (tabs) with a header, columns in any order', () => {
    const r = parsePastedPeople(
      'Email\tFull name\tMobile\njane@example.com\tJane Smith\t07700 900123\ntom@example.org\tTom Hill\t+44 7700 900456\n',
    );
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => x.values)).toEqual([
      { email: 'jane@example.com', name: 'Jane Smith', mobile: '07700 900123' },
      { email: 'tom@example.org', name: 'Tom Hill', mobile: '+44 7700 900456' },
    ]);
  });

  test('CSV without a header: each cell is placed by what it looks like; quotes are honoured', () => {
    const r = parsePastedPeople('"Smith, Jane",07700900123,jane@example.com\r\n07700 900456,tom@example.org,Tom Hill');
    expect(r.rows.map((x) => x.values)).toEqual([
      { name: 'Jane Smith', mobile: '07700900123', email: 'jane@example.com' },
      { mobile: '07700 900456', email: 'tom@example.org', name: 'Tom Hill' },
    ]);
  });

  test('first and last name in separate columns are joined', () => {
    expect(parsePastedPeople('Jane\tSmith\t07700900123\tjane@example.com').rows[0]!.values.name).toBe('Jane Smith');
  });

  test('row-level errors name the row', () => {
    const r = parsePastedPeople('Jane Smith\t07700900123\t07700900124\tjane@example.com\n\n---\t!!!');
    expect(r.errors).toEqual([
      { row: 1, message: 'Row 1 has two mobile numbers. Put one person on each row.' },
      { row: 3, message: 'Row 3 has nothing that looks like a name, mobile or email.' },
    ]);
  });

  test('empty paste gives nothing', () => {
    expect(parsePastedPeople('  \n\n')).toEqual({ count: 0, rows: [], errors: [] });
  });
});

describe('headerless rows with a role column (issue #8, item 9)', () => {
  test('"Amira Khan, Senior Carer, Member" is Amira Khan, a member, not the name "Amira Khan Senior Carer Member"', () => {
    const r = parsePastedPeople(
      'Amira Khan\tSenior Carer\tMember\t07700 900123\tamira@example.com\nTom Hill\tManager\tOwner\t07700 900456\ttom@example.org',
    );
    expect(r.rows.map((x) => x.values)).toEqual([
      { name: 'Amira Khan', role: 'member', mobile: '07700 900123', email: 'amira@example.com' },
      { name: 'Tom Hill', role: 'owner', mobile: '07700 900456', email: 'tom@example.org' },
    ]);
  });

  test('a header names the role column: owner or member read per row; anything else leaves the role unset', () => {
    const r = parsePastedPeople(
      'Name,Mobile,Email,Role\nJane Smith,07700900123,jane@example.com,owner\nTom Hill,07700900456,tom@example.org,members\nAl Ray,07700900789,al@example.org,boss',
    );
    expect(r.rows.map((x) => x.values.role)).toEqual(['owner', 'member', undefined]);
  });
});

describe('at scale', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => `Person ${i}\t07700 ${String(900000 + i)}\tp${i}@example.com`).join('\n');

  test('rows are counted first: over the limit, the count comes back and no row is parsed', () => {
    const r = parsePastedPeople(`Name\tMobile\tEmail\n${many(100_000)}`, { maxRows: 10 });
    expect(r).toEqual({ count: 100_000, rows: [], errors: [] });
    expect(parsePastedPeople(many(10), { maxRows: 10 }).rows).toHaveLength(10);
  });

  test('errors: the first ten, then "and N more"', () => {
    const errors = Array.from({ length: 25 }, (_, i) => ({ message: `e${i}` }));
    expect(firstErrors(errors)).toEqual({ messages: errors.slice(0, 10).map((e) => e.message), more: 15 });
    expect(firstErrors(errors.slice(0, 3))).toEqual({ messages: ['e0', 'e1', 'e2'], more: 0 });
  });

  describe('repair, not refuse (issue 13)', () => {
    test.each([
      ['Jane Smith\t7700900124\tjane@example.com', '7700900124'],
      ['Jane Smith,7700900124,jane@example.com', '7700900124'],
      ['jane@example.com\t7700 900124\tJane Smith', '7700 900124'],
      ['Jane Smith\t7.700900124E+09\tjane@example.com', '7.700900124E+09'],
    ])('a mobile Excel stored as a number (%s) becomes 07 + 9 digits, shown as repaired', (line, pasted) => {
      const r = parsePastedPeople(line);
      expect(r.errors).toEqual([]);
      expect(r.rows[0]!.values.mobile).toBe('07700900124');
      expect(r.rows[0]!.values.mobile).toMatch(/^07\d{9}$/);
      expect(r.rows[0]!.repairs).toEqual([
        { column: 'mobile', note: `Pasted as ${pasted}. The leading 0 was missing, so it now reads 07700 900124. Check it is right.` },
      ]);
    });

    test('a mobile that is already right is not marked as repaired', () => {
      const r = parsePastedPeople('Jane Smith\t07700900124\tjane@example.com');
      expect(r.rows[0]).toEqual({ row: 1, values: { name: 'Jane Smith', mobile: '07700900124', email: 'jane@example.com' } });
    });

    test.each([
      ['Smith, Jane\t07700900123\tjane@example.com', 'Smith, Jane', 'Jane Smith'],
      ['"Smith, Jane",07700900123,jane@example.com', 'Smith, Jane', 'Jane Smith'],
      ["O'Neil,  Mary-Ann\t07700900123\tmary@example.com", "O'Neil,  Mary-Ann", "Mary-Ann O'Neil"],
    ])('"%s": the comma makes surname-first clear, so the name is turned round', (line, pasted, name) => {
      const r = parsePastedPeople(line);
      expect(r.errors).toEqual([]);
      expect(r.rows[0]!.values.name).toBe(name);
      expect(r.rows[0]!.repairs).toEqual([
        { column: 'name', note: `Pasted as "${pasted}" (surname first), so it now reads ${name}. Check it is right.` },
      ]);
    });

    test('surname and first-name columns, in either order, make a first-name-first name', () => {
      const surnameFirst = parsePastedPeople('Surname\tFirst name\tMobile\tEmail\nSmith\tJane\t07700900123\tjane@example.com');
      expect(surnameFirst.rows[0]!.values.name).toBe('Jane Smith');
      const csv = parsePastedPeople('Last name,Forename,Mobile,Email\nHill,Tom,07700900456,tom@example.org');
      expect(csv.rows[0]!.values.name).toBe('Tom Hill');
      const firstFirst = parsePastedPeople('First name\tSurname\tEmail\nJane\tSmith\tjane@example.com');
      expect(firstFirst.rows[0]!.values.name).toBe('Jane Smith');
    });

    test('a "Name (surname, first)" header turns the names in its column round, comma or not', () => {
      const tabs = parsePastedPeople(
        'Name (surname, first)\tMobile\tEmail\nSmith Jane\t07700900123\tjane@example.com\nHill, Tom\t07700900456\ttom@example.org',
      );
      expect(tabs.rows.map((r) => r.values.name)).toEqual(['Jane Smith', 'Tom Hill']);
      // The same header in a CSV file, where its comma splits it into two cells.
      const csv = parsePastedPeople('Name (surname, first),Mobile,Email\nSmith,Jane,07700900123,jane@example.com');
      expect(csv.rows[0]!.values.name).toBe('Jane Smith');
    });

    test.each([
      ['Smith, Jane, Ann\t07700900123\tjane@example.com', 'Row 1: the name "Smith, Jane, Ann" has more than one comma.'],
      ['Smith,\t07700900123\tjane@example.com', 'Row 1: the name "Smith," has a comma with nothing on one side.'],
      ['", Jane",07700900123,jane@example.com', 'Row 1: the name ", Jane" has a comma with nothing on one side.'],
    ])('a comma that does not make the order clear is explained (%s)', (line, start) => {
      const r = parsePastedPeople(line);
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]!.message).toBe(
        `${start.slice(0, -1)}. Write it as "Surname, First name" or "First name Surname", like Jane Smith.`,
      );
      expect(r.errors[0]!.message).toMatch(/comma/);
    });
  });
});

describe('a header with a column the pane does not know is still a header (issue 27.3)', () => {
  test.each([
    ['Name,Job title\nJane Smith,Carer', { name: 'Jane Smith' }],
    ['Full name\tJob title\nJane Smith\tNurse', { name: 'Jane Smith' }],
    ['Job title\tEmail address\nNurse\tjane@example.com', { email: 'jane@example.com' }],
    [
      'Name\tJob title\tMobile\tEmail\nJane Smith\tCarer\t07700900123\tjane@example.com',
      { name: 'Jane Smith', mobile: '07700900123', email: 'jane@example.com' },
    ],
  ])('%j: one person, the job title left out', (text, values) => {
    const r = parsePastedPeople(text);
    expect(r.count).toBe(1);
    expect(r.rows).toStrictEqual([{ row: 2, values }]);
    expect(r.errors).toEqual([]);
  });

  test('a first row that is a person is still a person: no cell of it is only a column title', () => {
    const r = parsePastedPeople('Nameeta Patel\tCarer\nTom Hill\tNurse');
    expect(r.count).toBe(2);
    expect(r.rows.map((x) => x.values.name)).toEqual(['Nameeta Patel', 'Tom Hill']);
  });
});
