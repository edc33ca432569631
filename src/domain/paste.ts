// A list of people pasted from Excel or a CSV file: name, mobile and email columns in any order,
// with or without a header row. Rows become people; anything that cannot be placed is a row error.

export type PasteColumn = 'name' | 'mobile' | 'email';

export interface PastedRow {
  /** 1-based row number in what was pasted, for messages. */
  row: number;
  values: Partial<Record<PasteColumn, string>>;
}

export interface PasteResult {
  rows: PastedRow[];
  errors: { row: number; message: string }[];
}

const headerWords: Readonly<Record<PasteColumn, RegExp>> = {
  name: /name/i,
  mobile: /mobile|phone|tel/i,
  email: /e-?mail|address/i,
};

function splitLine(line: string): string[] {
  if (line.includes('\t')) return line.split('\t').map((c) => c.trim());
  // CSV: commas, with "quoted, values" kept together.
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '"' && quoted && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if ((ch === ',' || ch === ';') && !quoted) {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

function looksLike(cell: string): PasteColumn | undefined {
  if (/^\S+@\S+\.\S+$/.test(cell)) return 'email';
  // Anything shaped like a phone number is the mobile column; whether it is a valid UK mobile is
  // for the form to say, next to the field.
  if (/^[+\d][\d\s().-]{6,}$/.test(cell)) return 'mobile';
  if (/\p{L}/u.test(cell)) return 'name';
  return undefined;
}

export function parsePastedPeople(text: string): PasteResult {
  const lines = text.split(/\r?\n/).map((l, i) => ({ row: i + 1, cells: splitLine(l) })).filter((l) => l.cells.some((c) => c !== ''));
  const result: PasteResult = { rows: [], errors: [] };
  if (lines.length === 0) return result;

  // A header row names the columns; otherwise each cell is placed by what it looks like.
  let header: (PasteColumn | undefined)[] | undefined;
  const first = lines[0]!.cells;
  const named = first.map((c) => (Object.keys(headerWords) as PasteColumn[]).find((k) => headerWords[k].test(c) && !/@/.test(c)));
  if (named.filter(Boolean).length >= 2 && !first.some((c) => looksLike(c) === 'email' || looksLike(c) === 'mobile')) {
    header = named;
    lines.shift();
  }
  for (const { row, cells } of lines) {
    const values: Partial<Record<PasteColumn, string>> = {};
    const problems: string[] = [];
    cells.forEach((cell, i) => {
      if (!cell) return;
      const column = header ? header[i] : looksLike(cell);
      if (!column) return;
      // First and last names often sit in separate columns: join them.
      if (column === 'name') values.name = values.name ? `${values.name} ${cell}` : cell;
      else if (values[column]) problems.push(`two ${column === 'email' ? 'email addresses' : 'mobile numbers'}`);
      else values[column] = cell;
    });
    const missing = (['name', 'mobile', 'email'] as const).filter((c) => !values[c]);
    if (problems.length) result.errors.push({ row, message: `Row ${row} has ${problems.join(' and ')}. Put one person on each row.` });
    else if (missing.length === 3) result.errors.push({ row, message: `Row ${row} has nothing that looks like a name, mobile or email.` });
    result.rows.push({ row, values });
  }
  return result;
}
