// Row-by-row validation of a pasted list, so each row's problems can be shown at once, however many
// rows were pasted (the request itself still caps the list at 10).

import { findKind, zodErrors, type ComposeContext } from './compose';
import { objectSchema } from './fields';
import type { EmailKind } from './requestKind';

export interface RowProblems {
  /** 0-based index into the rows given. */
  index: number;
  errors: { path: string; message: string }[];
}

export function validateListRows(kindId: string, listKey: string, rows: readonly unknown[], context: ComposeContext): RowProblems[] {
  const kind = findKind(kindId) as EmailKind | undefined;
  const field = kind?.route === 'email' ? kind.fields[listKey] : undefined;
  if (!field || field.type !== 'list') throw new Error(`${kindId} has no list called ${listKey}`);
  const schema = objectSchema(field.fields, { now: context.now ?? new Date(), mailbox: context.mailbox });
  const problems: RowProblems[] = [];
  rows.forEach((row, index) => {
    const result = schema.safeParse(row);
    if (!result.success) problems.push({ index, errors: zodErrors(result.error) });
  });
  return problems;
}
