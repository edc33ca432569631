import { fullName, nhsmailAddress } from '../fields';
import { emailKind } from '../requestKind';
import { kindIndex } from '../kindIndex';

export interface TeamsRequestInput {
  ownerName: string;
  ownerNhsmailAddress: string;
}

export const teamsRequest = emailKind<TeamsRequestInput>({
  ...kindIndex['teams-request'],
  recipient: 'nas',
  recipients: ['helpdesk@nhs.net'],
  sources: ['003'],
  subjectTitle: 'Microsoft Teams team request',
  explanation: {
    when: 'Your site would like a team in Microsoft Teams, or you have joined a site and need to own its team.',
    needs: 'The name and NHSmail address of the person who will own the team.',
    next: 'NAS sets up the team (or adds the owner) and replies to the shared mailbox.',
  },
  fields: {
    ownerName: fullName({ label: "Team owner's full name" }),
    ownerNhsmailAddress: nhsmailAddress({ label: "Team owner's NHSmail address" }),
  },
  render: (input) => ({
    ask: `Please set up a Microsoft Teams team for our site, with ${input.ownerName} as its owner.`,
    sections: [
      {
        kind: 'facts',
        caption: 'Team owner',
        facts: [
          ['Full name', input.ownerName],
          ['NHSmail address', input.ownerNhsmailAddress],
        ],
      },
    ],
  }),
});
