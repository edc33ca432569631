import { checkbox, fullName, nhsmailAddress, noListLimit } from '../fields';
import { emailKind } from '../requestKind';
import { accountColumns, duplicates, ourMailbox, type NamedAccount } from './common';

export interface LeaverInput {
  people: (NamedAccount & { wasOwner?: boolean })[];
  newOwner?: NamedAccount;
  anotherOwnerRemains?: boolean;
}

const ownerLeaving = (v: Readonly<Record<string, unknown>>) =>
  Array.isArray(v.people) && v.people.some((p: unknown) => (p as { wasOwner?: unknown } | null)?.wasOwner === true);

export const leaver = emailKind<LeaverInput>({
  id: 'leaver',
  title: 'Remove staff who have left',
  group: 'people',
  sendFrom: 'shared',
  recipient: 'nas',
  sources: ['000', '001', '002'],
  subjectTitle: 'Leavers',
  explanation: {
    when: "Someone has left your site. Remove them promptly: anyone still linked can read the shared mailbox. (If you are the one leaving, you can also ask yourself with 'I am leaving: mark my own account as a leaver'.)",
    needs:
      "Each leaver's full name and NHSmail address, and whether they were an owner. If an owner leaves, name the new owner, unless another owner stays.",
    next: 'NAS marks the accounts as leavers and removes them from the shared mailbox. A leaver account is deleted after 30 days unless another organisation takes the person on as a joiner.',
  },
  examples: [
    {
      input: {
        people: [
          { fullName: 'Peter Lund', nhsmailAddress: 'peter.lund@nhs.net', wasOwner: true },
          { fullName: 'Sarah Bell', nhsmailAddress: 'sarah.bell7@nhs.net', wasOwner: false },
        ],
        newOwner: { fullName: 'Amira Khan', nhsmailAddress: 'amira.khan3@nhs.net' },
      },
    },
    {
      branch: 'owner-stays',
      input: { people: [{ fullName: 'Sarah Bell', nhsmailAddress: 'sarah.bell7@nhs.net', wasOwner: true }], anotherOwnerRemains: true },
    },
  ],
  fields: {
    people: {
      type: 'list',
      ui: { label: 'Leavers', itemLabel: 'Person' },
      min: 1,
      // No seed limits how many leavers one request names; the 32 KB body does.
      ...noListLimit,
      fields: {
        fullName: fullName(),
        nhsmailAddress: nhsmailAddress(),
        wasOwner: checkbox({ label: 'They were an owner of the shared mailbox' }),
      },
    },
    // Asked only when an owner is leaving; the new owner only when no other owner stays.
    anotherOwnerRemains: { ...checkbox({ label: 'Another owner stays on the shared mailbox' }), shownWhen: ownerLeaving },
    newOwner: {
      type: 'group',
      ui: { label: 'New owner', hint: 'Needed when an owner leaves and no other owner stays' },
      optional: true,
      shownWhen: (v) => ownerLeaving(v) && v.anotherOwnerRemains !== true,
      fields: { fullName: fullName(), nhsmailAddress: nhsmailAddress() },
    },
  },
  rules: (input) => {
    const errors = duplicates(
      input.people,
      (p) => p.nhsmailAddress,
      (i) => `people.${i}.nhsmailAddress`,
      'NHSmail address',
    );
    const ownerLeaving = input.people.some((p) => p.wasOwner);
    if (ownerLeaving && !input.anotherOwnerRemains && !input.newOwner) {
      errors.push({
        path: 'newOwner',
        message: "An owner is leaving. Name the new owner, or tick 'Another owner stays on the shared mailbox'.",
      });
    }
    const newOwnerAddress = input.newOwner?.nhsmailAddress;
    if (newOwnerAddress && input.people.some((p) => p.nhsmailAddress === newOwnerAddress)) {
      errors.push({ path: 'newOwner.nhsmailAddress', message: 'The new owner cannot be one of the leavers.' });
    }
    return { errors };
  },
  render: (input, ctx) => {
    const owners = input.people.filter((p) => p.wasOwner);
    const notes: string[] = [];
    if (owners.length > 0) notes.push(`Please also remove owner rights from ${owners.map((o) => o.fullName).join(', ')}.`);
    if (input.newOwner)
      notes.push(`Please make ${input.newOwner.fullName} (${input.newOwner.nhsmailAddress}) an owner of the shared mailbox.`);
    else if (owners.length > 0 && input.anotherOwnerRemains) notes.push('Another owner stays on the shared mailbox.');
    return {
      ask: `Please mark the ${input.people.length === 1 ? 'person' : 'people'} below as ${input.people.length === 1 ? 'a leaver' : 'leavers'} and remove ${input.people.length === 1 ? 'them' : 'them all'} from ${ourMailbox(ctx)}.`,
      sections: [
        {
          kind: 'people',
          caption: 'Leavers',
          itemLabel: 'Leaver',
          columns: [...accountColumns, { key: 'owner', label: 'Was an owner' }],
          rows: input.people.map((p) => ({ fullName: p.fullName, nhsmailAddress: p.nhsmailAddress, owner: p.wasOwner ? 'Yes' : 'No' })),
        },
      ],
      notes,
    };
  },
});
