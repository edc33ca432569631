import { choice, fullName, longText, odsCode } from '../fields';
import { parentCodeWarning } from './common';
import { emailKind } from '../requestKind';
import { siteLabel } from '../mailboxIdentity';

export interface OdsQueryInput {
  topic: 'ods' | 'dspt';
  question: string;
  odsCode?: string;
  yourName?: string;
}

export const odsQuery = emailKind<OdsQueryInput>({
  id: 'ods-query',
  title: 'Ask about our ODS code or DSPT',
  group: 'help',
  sendFrom: 'shared-or-personal',
  recipient: 'ods',
  sources: ['003'],
  subjectTitle: 'ODS code query',
  variantSubjectTitles: ['DSPT query'],
  explanation: {
    when: "You have a question about your site's ODS code (what it is, or a change to it) or about the Data Security and Protection Toolkit. These go to the ODS helpdesk, not NAS.",
    needs: 'Your question. Your ODS code and site are added for you when you write from the shared mailbox.',
    next: 'The ODS helpdesk replies by email.',
  },
  examples: [
    { input: { topic: 'ods', question: 'Our registration moved to a new parent company. Which ODS code should our site use now?' } },
    {
      branch: 'dspt-from-own-account',
      input: {
        topic: 'dspt',
        question: 'Our DSPT is due for renewal. Which level do we need to keep NHSmail?',
        odsCode: 'VN6C2',
        yourName: 'Amira Khan',
      },
      from: 'personal',
    },
  ],
  fields: {
    topic: choice<'ods' | 'dspt'>({
      label: 'What is it about?',
      options: [
        { value: 'ods', label: 'Our ODS code' },
        { value: 'dspt', label: 'The Data Security and Protection Toolkit (DSPT)' },
      ],
      missing: 'Choose what the question is about',
    }),
    question: longText({ label: 'Your question', max: 2000 }),
    odsCode: odsCode({
      hint: "Needed when you write from your own account: the site's code, usually the part after 'care.' in the shared mailbox address",
      optional: true,
    }),
    yourName: fullName({ label: 'Your name', hint: 'Optional. For the sign-off', optional: true }),
  },
  rules: (input, ctx) => ({
    errors:
      !ctx.site && !input.odsCode
        ? [{ path: 'odsCode', message: "Enter your site's ODS code, so the ODS team knows which site you mean" }]
        : [],
    warnings: parentCodeWarning(input.odsCode),
  }),
  render: (input, ctx) => ({
    subjectOdsCode: input.odsCode,
    subjectTitle: input.topic === 'dspt' ? 'DSPT query' : 'ODS code query',
    ask:
      input.topic === 'dspt'
        ? 'We have a question about our Data Security and Protection Toolkit.'
        : 'We have a question about our ODS code.',
    sections: [
      ...(!ctx.site && input.odsCode ? [{ kind: 'facts' as const, caption: 'Site', facts: [['ODS code', input.odsCode] as const] }] : []),
      { kind: 'paragraph', caption: 'Question', text: input.question },
    ],
    ...(input.yourName ? { signOff: [input.yourName, ...(ctx.site ? [siteLabel(ctx.site) ?? ctx.site.address] : [])] } : {}),
  }),
});
