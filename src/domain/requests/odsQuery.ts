import { longText } from '../fields';
import { emailKind } from '../requestKind';
import { kindIndex } from '../kindIndex';

export interface OdsQueryInput {
  question: string;
}

export const odsQuery = emailKind<OdsQueryInput>({
  ...kindIndex['ods-query'],
  recipient: 'ods',
  recipients: ['exeter.helpdesk@nhs.net'],
  sources: ['003'],
  subjectTitle: 'ODS code query',
  explanation: {
    when: "You have a question about your site's ODS code (what it is, or a change to it) or about the Data Security and Protection Toolkit. These go to the ODS helpdesk, not NAS.",
    needs: 'Your question. Your ODS code and site are added for you when you write from the shared mailbox.',
    next: 'The ODS helpdesk replies by email.',
  },
  fields: {
    question: longText({ label: 'Your question', max: 2000 }),
  },
  render: (input) => ({
    ask: 'We have a question about our ODS code or Data Security and Protection Toolkit.',
    sections: [{ kind: 'paragraph', caption: 'Question', text: input.question }],
  }),
});
