// A list of people pasted from Excel or a CSV file: name, mobile, email and (optionally) an owner /
// member column, in any order, with or without a header row. Rows become people; anything that
// cannot be placed is a row error.
//
// Pastes can be huge (a whole spreadsheet, 100,000 rows). Rows are counted first, which is cheap;
// when there are more than the form can take, nothing is parsed at all, so the pane stays responsive.

import { repairMobile } from './mobile';

export type PasteColumn = 'name' | 'mobile' | 'email' | 'role';
export type PastedRole = 'owner' | 'member';

export interface PastedRow {
  /** 1-based row number in what was pasted, for messages. */
  row: number;
  values: Partial<Record<Exclude<PasteColumn, 'role'>, string>> & { role?: PastedRole };
  /** Values that were put right rather than refused (a mobile's lost 0, a name turned round), to show next to the field. */
  repairs?: { column: 'name' | 'mobile'; note: string }[];
}

export interface PasteResult {
  /** How many people the paste holds (rows with anything in them, less a header row). */
  count: number;
  rows: PastedRow[];
  errors: { row: number; message: string }[];
}

// The patterns below are built per call, not at module level, so mutation testing scores them
// (docs/testing.md, "Static mutants"); a paste builds each once, or once per row.
const headerWords = (): Readonly<Record<PasteColumn, RegExp>> => ({
  name: /name|forename|first\)?$/i,
  mobile: /mobile|phone|tel/i,
  email: /e-?mail|address/i,
  role: /^(role|access|owner|member|owner ?\/ ?member|owner or member|type)$/i,
});
const isRoleCell = (cell: string) => /^(owner|member)s?$/i.test(cell);

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
  if (isRoleCell(cell)) return 'role';
  if (/^\S+@\S+\.\S+$/.test(cell)) return 'email';
  // Anything shaped like a phone number is the mobile column; whether it is a valid UK mobile is
  // for the form to say, next to the field.
  if (/^[+\d][\d\s().-]{6,}$/.test(cell) || repairMobile(cell)) return 'mobile';
  if (/\p{L}/u.test(cell)) return 'name';
  return undefined;
}

/** Which part of a name a header cell says its column holds. */
type NamePart = 'full' | 'first' | 'surname' | 'surname-first';

function namePartOf(header: string): NamePart {
  // Stryker disable next-line StringLiteral: equivalent, 'full' is never compared; nameOf only tells 'first', 'surname' and 'surname-first' from everything else
  const full = 'full';
  const surname = /surname|last ?name|family ?name/i.exec(header);
  const first = /first|forename|given/i.exec(header);
  // Stryker disable next-line EqualityOperator: equivalent, the two patterns start with different letters (s; f or g), so they never match at the same index
  if (surname && first) return surname.index < first.index ? 'surname-first' : full;
  // "Full name (first then last)" is a whole name; "Forename(s) in full" is a first name.
  return surname ? 'surname' : first && !/full\s*name/i.test(header) ? 'first' : full;
}

interface Header {
  columns: (PasteColumn | undefined)[];
  nameParts: NamePart[];
}

/** The columns a header row names, or undefined when the first row is a person. */
function headerOf(first: string[]): Header | undefined {
  const words = headerWords();
  const columns = Object.keys(words) as PasteColumn[];
  const named = first.map((c) => columns.find((k) => words[k].test(c) && !/@/.test(c)));
  // A cell that is nothing but a column title ("Name", "Full name", "Mobile number", "Email address"):
  // with it, a first row is a header even when its other columns are ones the pane does not know
  // ("Job title"), whose cells are then left out.
  const columnTitle =
    /^(?:(?:full|first|last|given|family|staff|user|person)\s*)?(?:name|forename|surname)s?(?:\s*\([^)]*\)?)?$|^(?:personal\s+|work\s+)?(?:mobile|phone|telephone)(?:\s+(?:phone|number|no\.?))?$|^(?:personal\s+)?e-?mail(?:\s+address)?$/i;
  const titled = named.filter(Boolean).length >= 2 || first.some((c) => columnTitle.test(c));
  const isHeader = titled && !first.some((c) => looksLike(c) === 'email' || looksLike(c) === 'mobile');
  if (!isHeader) return undefined;
  // A "Name (surname, first)" header split by a CSV comma reads as "Name (surname" and "first)"
  // (splitLine trims every cell, so "first" is at the very start).
  const nameParts = first.map(namePartOf);
  // Stryker disable next-line StringLiteral: equivalent, after the last cell any text that does not start with "first" fails the same test as ''
  const split = first.findIndex((c, i) => /surname$/i.test(c) && /^first\b/i.test(first[i + 1] ?? '') && /\(/.test(c));
  if (split !== -1) [nameParts[split], nameParts[split + 1]] = ['surname', 'first'];
  return { columns: named, nameParts };
}

/**
 * "Smith, Jane" is a surname, a comma, then the first name: it becomes "Jane Smith". Under a
 * "surname, first" header a name without a comma ("Smith Jane") is turned round too. Undefined
 * when the name holds no comma and nothing says it is surname first; an error when a comma is there
 * but does not make the order clear.
 */
function turnRound(name: string, surnameFirst: boolean): { name: string } | { error: string } | undefined {
  const parts = name.split(',').map((p) => p.trim());
  const words = /^[\p{L}\p{M}][\p{L}\p{M} '’.-]*$/u;
  if (parts.length === 2 && words.test(parts[0]!) && words.test(parts[1]!)) return { name: `${parts[1]} ${parts[0]}` };
  if (parts.length > 1)
    return {
      error: `the name "${name}" has ${parts.length > 2 ? 'more than one comma' : 'a comma with nothing on one side'}. Write it as "Surname, First name" or "First name Surname", like Jane Smith`,
    };
  const spaced = /^(\S+)\s+(.+)$/.exec(name);
  if (surnameFirst && spaced) return { name: `${spaced[2]} ${spaced[1]}` };
  return undefined;
}

/** Whether text[start, end) holds anything but spaces and separators. */
function hasContent(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // space, tab, CR, comma, semicolon, no-break space
    if (c !== 32 && c !== 9 && c !== 13 && c !== 44 && c !== 59 && c !== 160) return true;
  }
  return false;
}

/**
 * Counts the non-empty lines in one pass without splitting the text, and keeps the first `keep`
 * of them (with their 1-based row numbers): cheap even for 100,000 lines.
 */
function scanLines(text: string, keep: number): { count: number; kept: { row: number; line: string }[] } {
  const kept: { row: number; line: string }[] = [];
  let count = 0;
  // Stryker disable next-line EqualityOperator: equivalent, the extra pass at start === text.length reads an empty line, which has no content
  for (let start = 0, row = 1; start <= text.length; row++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (hasContent(text, start, end)) {
      count++;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, lines are only dropped when count > maxRows + 2, and then parsePastedPeople returns before reading any line but the first
      if (kept.length < keep) kept.push({ row, line: text.slice(start, end).replace(/\r$/, '') });
    }
    start = end + 1;
  }
  return { count, kept };
}

export function parsePastedPeople(text: string, options: { maxRows?: number } = {}): PasteResult {
  const limit = options.maxRows ?? Infinity;
  // One more than the limit, and one for a header row: enough to tell "too many" from "fine".
  const { count, kept } = scanLines(text, limit + 2);
  if (count === 0) return { count: 0, rows: [], errors: [] };
  const header = headerOf(splitLine(kept[0]!.line));
  const people = header ? kept.slice(1) : kept;
  const result: PasteResult = { count: header ? count - 1 : count, rows: [], errors: [] };
  // More people than the form takes: say so, without parsing a single row.
  if (result.count > limit) return result;

  for (const { row, line } of people) {
    const values: PastedRow['values'] = {};
    const problems: string[] = [];
    const repairs: NonNullable<PastedRow['repairs']> = [];
    // Stryker disable next-line ArrayDeclaration: equivalent, a stray string item has no text or part, so nameOf skips it and takes the next cell
    const names: { text: string; part: NamePart }[] = [];
    const cells = splitLine(line);
    cells.forEach((cell, i) => {
      if (!cell) return;
      const column = header ? header.columns[i] : looksLike(cell);
      if (!column) return;
      if (column === 'role') {
        if (isRoleCell(cell)) values.role = cell.toLowerCase().startsWith('owner') ? 'owner' : 'member';
        return;
      }
      if (column === 'name') {
        // Stryker disable next-line StringLiteral: equivalent, 'full' is never compared; nameOf only tells 'first', 'surname' and 'surname-first' from everything else
        names.push({ text: cell, part: header?.nameParts[i] ?? 'full' });
        return;
      }
      if (values[column]) {
        problems.push(`two ${column === 'email' ? 'email addresses' : 'mobile numbers'}`);
        return;
      }
      const repaired = column === 'mobile' ? repairMobile(cell) : undefined;
      values[column] = repaired?.value ?? cell;
      if (repaired) repairs.push({ column: 'mobile', note: `Pasted as ${cell}. ${repaired.note}` });
    });
    const named = nameOf(names);
    // Stryker disable next-line StringLiteral: equivalent, an { error } result never has a name, so named.name alone decides
    if (!('error' in named) && named.name) {
      values.name = named.name;
      if (named.turned)
        repairs.push({
          column: 'name',
          note: `Pasted as "${named.turned}" (surname first), so it now reads ${named.name}. Check it is right.`,
        });
    }
    const missing = (['name', 'mobile', 'email'] as const).filter((c) => !values[c]);
    if (problems.length) result.errors.push({ row, message: `Row ${row} has ${problems.join(' and ')}. Put one person on each row.` });
    else if ('error' in named) result.errors.push({ row, message: `Row ${row}: ${named.error}.` });
    else if (missing.length === 3) result.errors.push({ row, message: `Row ${row} has nothing that looks like a name, mobile or email.` });
    result.rows.push(repairs.length ? { row, values, repairs } : { row, values });
  }
  return result;
}

/** A row's name from its name cells: first and surname columns in order, "Surname, First" turned round. */
function nameOf(cells: { text: string; part: NamePart }[]): { name?: string; turned?: string } | { error: string } {
  const first = cells.filter((c) => c.part === 'first').map((c) => c.text);
  const surname = cells.filter((c) => c.part === 'surname').map((c) => c.text);
  if (first.length || surname.length) return { name: [...first, ...surname].join(' ') };
  let name: string | undefined;
  // Stryker disable next-line BooleanLiteral: equivalent, the loop sets surnameFirst from the first cell before it is read, and with no cells it is never read
  let surnameFirst = false;
  for (const cell of cells) {
    // First and last names often sit in separate columns: join one-word cells into a name.
    // A cell after a full name (a job title, "Senior Carer") is not part of it.
    if (!name) {
      name = cell.text;
      surnameFirst = cell.part === 'surname-first';
    } else if (!/[\s,]/.test(name) && !/\s/.test(cell.text)) name = `${name} ${cell.text}`;
  }
  if (!name) return {};
  const turned = turnRound(name, surnameFirst);
  if (!turned) return { name };
  if ('error' in turned) return turned;
  return { name: turned.name, turned: name };
}

/** At most `shown` messages, then "and N more", so a long list never floods the pane. */
export function firstErrors(errors: readonly { message: string }[], shown = 10): { messages: string[]; more: number } {
  return { messages: errors.slice(0, shown).map((e) => e.message), more: Math.max(0, errors.length - shown) };
}
