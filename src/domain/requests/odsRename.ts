import { noListLimit, odsCode } from '../fields';
import { odsPatternWarning, sharedMailboxAddress } from '../ods';
import { emailKind } from '../requestKind';
import { accountColumns, accountFields, accountRow, duplicates, parentCodeWarning, type NamedAccount } from './common';

export interface OdsRenameInput {
  newOdsCode: string;
  leavers?: NamedAccount[];
}

export const odsRename = emailKind<OdsRenameInput>({
  id: 'ods-rename',
  title: 'Our ODS code is changing (change of registration)',
  group: 'site',
  sendFrom: 'shared',
  recipient: 'nas',
  sources: ['000'],
  subjectTitle: 'ODS code change – rename shared mailbox',
  explanation: {
    when: "A new parent organisation has taken over the previous one's debts and liabilities, so the site keeps its shared mailbox but gets a new ODS code. Tell NAS before the change, not after. (If the site was bought outright, close the mailbox instead.)",
    needs: 'The new ODS code, and anyone who no longer works for the new organisation so they can be removed.',
    next: 'NAS renames the shared mailbox to the new code and keeps the old address as an alias. Anyone still linked who has left could read the mailbox, so list them.',
  },
  examples: [{ input: { newOdsCode: 'vl86q', leavers: [{ fullName: 'Peter Lund', nhsmailAddress: 'peter.lund@nhs.net' }] } }],
  fields: {
    newOdsCode: odsCode({ label: 'New ODS code', hint: 'The code the site is moving to' }),
    leavers: {
      type: 'list',
      ui: {
        label: 'People to remove as leavers',
        itemLabel: 'Person',
        addLabel: 'Add a person to remove',
        hint: 'Optional. Staff who do not move to the new organisation',
      },
      min: 0,
      // No seed limits how many people one request names; the 32 KB body does.
      ...noListLimit,
      fields: accountFields(),
    },
  },
  rules: (input, ctx) => {
    const current = ctx.site;
    const errors = duplicates(
      // Stryker disable next-line ArrayDeclaration: a stand-in item is a string, whose nhsmailAddress is undefined, so duplicates skips it
      input.leavers ?? [],
      (p) => p.nhsmailAddress,
      (i) => `leavers.${i}.nhsmailAddress`,
      'NHSmail address',
    );
    if (current && current.odsCode === input.newOdsCode)
      errors.push({ path: 'newOdsCode', message: 'The new ODS code is the same as the current one' });
    const pattern = current ? odsPatternWarning(current.orgType, input.newOdsCode) : undefined;
    const parent = parentCodeWarning(input.newOdsCode);
    return { errors, warnings: parent.length ? parent : pattern ? [{ code: 'ods-pattern', message: pattern }] : [] };
  },
  render: (input, ctx) => {
    const from = ctx.odsCode ? ` from ${ctx.odsCode}` : '';
    const newAddress = ctx.orgType ? sharedMailboxAddress(ctx.orgType, input.newOdsCode) : undefined;
    const leavers = input.leavers ?? [];
    return {
      ask: `Our ODS code is changing${from} to ${input.newOdsCode} after a change in registration. Please rename our shared mailbox${newAddress ? ` to ${newAddress}` : ''} and keep the current address as an alias.`,
      sections: leavers.length
        ? [
            {
              kind: 'people',
              caption: 'Please remove as leavers',
              itemLabel: 'Leaver',
              columns: accountColumns,
              rows: leavers.map(accountRow),
            },
          ]
        : [],
      notes: leavers.length
        ? [
            leavers.length === 1
              ? 'This person does not work for the new organisation. Please remove them from the shared mailbox and mark them as a leaver.'
              : 'These people do not work for the new organisation. Please remove them from the shared mailbox and mark them as leavers.',
          ]
        : [],
    };
  },
});
