// Seed 003, "Set up a Team": a site asks NAS for a team; someone joining a site "with or without a
// Team" emails NAS to get a team set up and to be added as its owner.

import { choice, fullName, nhsmailAddress } from '../fields';
import { emailKind } from '../requestKind';

export interface TeamsRequestInput {
  team: 'new' | 'existing';
  ownerName: string;
  ownerNhsmailAddress: string;
}

export const teamsRequest = emailKind<TeamsRequestInput>({
  id: 'teams-request',
  title: 'Set up a Microsoft Teams team for the site',
  group: 'site',
  sendFrom: 'shared',
  recipient: 'nas',
  sources: ['003'],
  subjectTitle: 'Microsoft Teams team request',
  explanation: {
    when: 'Your site would like a team in Microsoft Teams, or it already has one and someone (for example a new manager) needs to own it.',
    needs: 'Whether the site already has a team, and the name and NHSmail address of the person who will own it.',
    next: 'NAS sets up the team or adds the owner, and replies to the shared mailbox.',
  },
  examples: [
    { input: { team: 'new', ownerName: 'Amira Khan', ownerNhsmailAddress: 'amira.khan3@nhs.net' } },
    { branch: 'existing-team', input: { team: 'existing', ownerName: 'Amira Khan', ownerNhsmailAddress: 'amira.khan3@nhs.net' } },
  ],
  fields: {
    team: choice<'new' | 'existing'>({
      label: 'Does the site already have a team?',
      options: [
        { value: 'new', label: 'No: set up a new team' },
        { value: 'existing', label: 'Yes: add an owner to our existing team' },
      ],
      missing: 'Choose whether the site already has a team',
    }),
    ownerName: fullName({ label: "Team owner's full name" }),
    ownerNhsmailAddress: nhsmailAddress({ label: "Team owner's NHSmail address" }),
  },
  render: (input) => ({
    ask:
      input.team === 'existing'
        ? `Our site already has a team in Microsoft Teams. Please add ${input.ownerName} as an owner of it.`
        : `Please set up a Microsoft Teams team for our site, with ${input.ownerName} as its owner.`,
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
