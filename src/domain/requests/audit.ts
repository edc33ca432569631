import { longText } from '../fields';
import { emailKind } from '../requestKind';
import { ourMailbox } from './common';

export interface AuditInput {
  note?: string;
}

export const audit = emailKind<AuditInput>({
  id: 'audit',
  title: 'Check who can use the shared mailbox',
  group: 'site',
  sendFrom: 'shared',
  recipient: 'nas',
  sources: ['003', '000'],
  subjectTitle: 'Shared mailbox audit',
  explanation: {
    when: 'You have just taken over a site, or want to be sure nobody who has left can still read the mailbox. Also useful when someone is unsure whether they have an account.',
    needs: 'Nothing else: just ask from the shared mailbox. Add a note if something specific worries you.',
    next: 'NAS replies with the accounts linked to the mailbox and whether each is an owner or a member. Remove anyone who has left.',
  },
  examples: [{ input: { note: 'We have a new manager and want to check that former staff no longer have access.' } }],
  fields: {
    note: longText({ label: 'Anything to add', hint: 'Optional', optional: true, max: 1000 }),
  },
  render: (input, ctx) => ({
    ask: `Please send us a list of the NHSmail accounts linked to ${ourMailbox(ctx)}, showing whether each is an owner or a member.`,
    sections: input.note ? [{ kind: 'paragraph', caption: 'Note', text: input.note }] : [],
  }),
});
