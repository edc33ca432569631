import { describe, expect, test } from 'vitest';
import { parsePastedPeople } from './paste';

describe('pasting people from a spreadsheet', () => {
  test('Excel rows (tabs) with a header, columns in any order', () => {
    const r = parsePastedPeople('Email\tFull name\tMobile\njane@example.com\tJane Smith\t07700 900123\ntom@example.org\tTom Hill\t+44 7700 900456\n');
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => x.values)).toEqual([
      { email: 'jane@example.com', name: 'Jane Smith', mobile: '07700 900123' },
      { email: 'tom@example.org', name: 'Tom Hill', mobile: '+44 7700 900456' },
    ]);
  });

  test('CSV without a header: each cell is placed by what it looks like; quotes are honoured', () => {
    const r = parsePastedPeople('"Smith, Jane",07700900123,jane@example.com\r\n07700 900456,tom@example.org,Tom Hill');
    expect(r.rows.map((x) => x.values)).toEqual([
      { name: 'Smith, Jane', mobile: '07700900123', email: 'jane@example.com' },
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
    expect(parsePastedPeople('  \n\n')).toEqual({ rows: [], errors: [] });
  });
});
