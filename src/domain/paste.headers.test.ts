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
    expect(values('Fullname (first name first)\tMobile\nSmith, Jane\t07700900123')[0]!.name).toBe('Jane Smith');
  });
});

describe('header words for the name column', () => {
  test('"First" on its own, or "first)" ending a split CSV header, names a first-name column', () => {
    expect(values('Surname\tFirst\tMobile\nSmith\tJane\t07700900123')).toStrictEqual([{ name: 'Jane Smith', mobile: '07700900123' }]);
    expect(values('Family name\tFirst\tMobile\nSmith\tJane\t07700900123')).toStrictEqual([{ name: 'Jane Smith', mobile: '07700900123' }]);
  });

  test('a column whose header only starts with "First" (a first aider, a first choice) is not a name', () => {
    expect(values('Name\tMobile\tFirst aider\nJane Smith\t07700900123\tYes')).toStrictEqual([
      { name: 'Jane Smith', mobile: '07700900123' },
    ]);
    expect(values('Name\tMobile\tFirst aid trained\nJane Smith\t07700900123\tNo')).toStrictEqual([
      { name: 'Jane Smith', mobile: '07700900123' },
    ]);
  });
});

describe('header words for the role column: the whole cell is the title', () => {
  test.each([
    'Role',
    'Access',
    'Owner',
    'Member',
    'Type',
    'Owner/member',
    'Owner / member',
    'Owner/ member',
    'Owner /member',
    'Owner or member',
  ])('"%s" heads the role column', (title) => {
    expect(values(`Name\tMobile\t${title}\nJane Smith\t07700900123\tOwner\nTom Hill\t07700900456\tMember`)).toStrictEqual([
      { name: 'Jane Smith', mobile: '07700900123', role: 'owner' },
      { name: 'Tom Hill', mobile: '07700900456', role: 'member' },
    ]);
  });

  test.each(['Previous role', 'Mailbox access', 'Role last year', 'Access before the move'])(
    '"%s" is not the role asked for: its owner and member cells are left out',
    (title) => {
      expect(values(`Name\tMobile\t${title}\nJane Smith\t07700900123\tOwner\nTom Hill\t07700900456\tMember`)).toStrictEqual([
        { name: 'Jane Smith', mobile: '07700900123' },
        { name: 'Tom Hill', mobile: '07700900456' },
      ]);
    },
  );
});

describe('a role cell is owner or member and nothing more', () => {
  test('Owner, owners, Member and MEMBERS are roles', () => {
    expect(values('Name\tMobile\tRole\nA Lee\t07700900123\towners\nB Lee\t07700900456\tMEMBERS').map((v) => v.role)).toEqual([
      'owner',
      'member',
    ]);
  });

  test('"Co-owner", "Team member", "Owner (manager)" and "Member only" under a Role header leave the role unset', () => {
    const r = values(
      'Name\tMobile\tRole\nA Lee\t07700900123\tCo-owner\nB Lee\t07700900124\tTeam member\nC Lee\t07700900125\tOwner (manager)\nD Lee\t07700900126\tMember only',
    );
    expect(r.map((v) => v.role)).toEqual([undefined, undefined, undefined, undefined]);
    expect(r.map((v) => 'role' in v)).toEqual([false, false, false, false]);
  });

  test('without a header, "Co-owner" and "Ownership" are not roles', () => {
    expect(values('Jane Smith\t07700900123\tCo-owner')).toStrictEqual([{ name: 'Jane Smith', mobile: '07700900123' }]);
    expect(values('Jane Smith\t07700900123\tOwnership')).toStrictEqual([{ name: 'Jane Smith', mobile: '07700900123' }]);
  });
});

describe('two header words make a header even when neither cell is only a column title', () => {
  test('"Name of staff member", "Contact telephone" and "Email for account"', () => {
    const r = parsePastedPeople('Name of staff member\tContact telephone\tEmail for account\nJane Smith\t07700900123\tjane@example.com');
    expect(r).toStrictEqual({
      count: 1,
      rows: [{ row: 2, values: { name: 'Jane Smith', mobile: '07700900123', email: 'jane@example.com' } }],
      errors: [],
    });
  });
});

describe('one column title beside a column the pane does not know makes a header', () => {
  test.each([
    'Name',
    'Names',
    'Full name',
    'Firstname',
    'Lastname',
    'Surname',
    'Forename(s)',
    'Name(s)',
    'Name (first and last)',
    'Name  (first and last)',
    'Staff name',
    'Person name',
    'Given  name',
  ])('"%s" then "Job title"', (title) => {
    const r = parsePastedPeople(`${title}\tJob title\nJane Smith\tCarer\nTom Hill\tNurse`);
    expect(r.count).toBe(2);
    expect(r.rows).toStrictEqual([
      { row: 2, values: { name: 'Jane Smith' } },
      { row: 3, values: { name: 'Tom Hill' } },
    ]);
  });

  test.each([
    'Mobile',
    'Mobile number',
    'Mobile  number',
    'Mobile no',
    'Mobile no.',
    'Phone',
    'Telephone number',
    'Mobile phone',
    'Personal mobile number',
    'Personal  mobile number',
    'Work mobile',
    'Work  phone',
    'Work phone number',
  ])('"%s" then "Job title"', (title) => {
    const r = parsePastedPeople(`${title}\tJob title\n07700900123\tCarer\n07700900456\tNurse`);
    expect(r.count).toBe(2);
    expect(r.rows).toStrictEqual([
      { row: 2, values: { mobile: '07700900123' } },
      { row: 3, values: { mobile: '07700900456' } },
    ]);
  });

  test.each(['Email', 'E-mail', 'Email address', 'Email  address', 'Personal email', 'Personal  email address'])(
    '"%s" then "Job title"',
    (title) => {
      const r = parsePastedPeople(`${title}\tJob title\njane@example.com\tCarer`);
      expect(r.count).toBe(1);
      expect(r.rows).toStrictEqual([{ row: 2, values: { email: 'jane@example.com' } }]);
    },
  );
});

describe('a CSV comma inside a bracketed name title leaves it unclosed, and it is still a title', () => {
  test('"Forename (first, middle)" then "Job title"', () => {
    expect(parsePastedPeople('Forename (first, middle),Job title\nJane,Carer\nTom,Nurse')).toStrictEqual({
      count: 2,
      rows: [
        { row: 2, values: { name: 'Jane' } },
        { row: 3, values: { name: 'Tom' } },
      ],
      errors: [],
    });
  });
});

describe('a first row that is a person stays a person, even with a note that mentions a column word', () => {
  test.each(['Maiden name', 'Same surname', 'No mobile phone', 'No work phone', 'Phone after 5pm', 'Prefers email', 'Email only'])(
    '"Jane Smith" with the note "%s"',
    (note) => {
      const r = parsePastedPeople(`Jane Smith\t${note}\nTom Hill\tNone`);
      expect(r.count).toBe(2);
      expect(r.rows.map((x) => x.row)).toEqual([1, 2]);
      expect(r.rows[0]!.values.name).toBe('Jane Smith');
      expect(r.rows[1]!.values.name).toBe('Tom Hill');
    },
  );
});

describe('a "first name and surname" header is a whole name, not split like "Name (surname, first)"', () => {
  test('with a preferred-name column beside it, the whole name is kept and the preferred name left out', () => {
    expect(values('First name and surname\tPreferred name\tMobile\nJane Smith\tJJ\t07700900123')).toStrictEqual([
      { name: 'Jane Smith', mobile: '07700900123' },
    ]);
  });

  test('a header ending in a Surname column (nothing after it) is read as it says', () => {
    expect(values('First name\tSurname\nJane\tSmith')).toStrictEqual([{ name: 'Jane Smith' }]);
    expect(values('Forename,Surname\nJane,Smith')).toStrictEqual([{ name: 'Jane Smith' }]);
  });
});

describe('a hand-typed CSV header "Name (surname, first …)" split by its own comma', () => {
  test('the half after the comma is the first name, even when it goes on to mention a full name', () => {
    expect(values('Name (Surname, First name or full name),Mobile\nSmith,Jane,07700900123')).toStrictEqual([
      { name: 'Jane Smith', mobile: '07700900123' },
    ]);
    expect(values('Name (surname, first or full name),Mobile\nHill,Tom,07700900456')).toStrictEqual([
      { name: 'Tom Hill', mobile: '07700900456' },
    ]);
  });

  test('only a half that ends with "surname" is turned into the surname: "Name (title, first name, surname)" keeps its title out', () => {
    expect(values('Name (title, first name, surname),Mobile\nMrs,Jane,Smith,07700900123')).toStrictEqual([
      { name: 'Jane Smith', mobile: '07700900123' },
    ]);
  });
});

describe('a name with a comma is turned round only when both sides are words', () => {
  const turned = (pasted: string, name: string) => ({
    name,
    repairs: [{ column: 'name', note: `Pasted as "${pasted}" (surname first), so it now reads ${name}. Check it is right.` }],
  });
  const error = (pasted: string) =>
    `Row 1: the name "${pasted}" has a comma with nothing on one side. Write it as "Surname, First name" or "First name Surname", like Jane Smith.`;

  test('names with accents, combining marks (Zoë with U+0308), apostrophes and hyphens are turned round', () => {
    const zoe = 'Zoe\u0308';
    const r = parsePastedPeople(`Brontë, ${zoe}\t07700900123`);
    expect(r.errors).toEqual([]);
    expect(r.rows[0]).toStrictEqual({
      row: 1,
      values: { mobile: '07700900123', name: `${zoe} Brontë` },
      repairs: turned(`Brontë, ${zoe}`, `${zoe} Brontë`).repairs,
    });
    expect(parsePastedPeople(`O’Neil, Mary-Ann\t07700900123`).rows[0]!.values.name).toBe('Mary-Ann O’Neil');
    expect(parsePastedPeople(`St. John, Ann\t07700900123`).rows[0]!.values.name).toBe('Ann St. John');
  });

  test.each([
    ["Smith, 'Jane'", "Smith, 'Jane'"],
    ['Smith, 2Jane', 'Smith, 2Jane'],
    ['Smith, Jane2', 'Smith, Jane2'],
    ['Smith, Jane!', 'Smith, Jane!'],
    ['-Smith, Jane', '-Smith, Jane'],
    ['Smith, Jane (Bank)', 'Smith, Jane (Bank)'],
  ])('"%s": a side that is not only a name is not turned round; the row says so', (cell, pasted) => {
    const r = parsePastedPeople(`${cell}\t07700900123`);
    expect(r.errors).toEqual([{ row: 1, message: error(pasted) }]);
    expect(r.rows).toStrictEqual([{ row: 1, values: { mobile: '07700900123' } }]);
  });
});

describe('the row limit', () => {
  const people = (n: number) => Array.from({ length: n }, (_, i) => `Person ${i}\t07700 ${String(900000 + i)}`).join('\n');

  test('exactly the limit, under a header, is read in full', () => {
    const r = parsePastedPeople(`Name\tMobile\n${people(5)}`, { maxRows: 5 });
    expect(r.count).toBe(5);
    expect(r.rows.map((x) => x.row)).toEqual([2, 3, 4, 5, 6]);
  });

  test('one over the limit, with or without a header, comes back counted and unread', () => {
    expect(parsePastedPeople(`Name\tMobile\n${people(6)}`, { maxRows: 5 })).toEqual({ count: 6, rows: [], errors: [] });
    expect(parsePastedPeople(people(6), { maxRows: 5 })).toEqual({ count: 6, rows: [], errors: [] });
  });

  test('with no limit every row is read', () => {
    expect(parsePastedPeople(`Name\tMobile\n${people(250)}`).rows).toHaveLength(250);
  });
});
