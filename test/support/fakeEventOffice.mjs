// The Office object the send guard's event runtime sees, as a stand-in: one email being sent, every
// call answering at once (or To never answering). Shared by the entry's tests (src/events/main.test.ts), the events.js
// checks, the built-file browser test and the send-guard benchmark.

/** An Office.js async method that calls back at once with `value`. */
export const answers =
  (value) =>
  (...args) =>
    args[args.length - 1]({ status: 'succeeded', value });

const never = () => undefined;

/**
 * @param {{
 *   to?: string[]; from?: string; subject?: string; body?: string; hang?: boolean;
 *   associate?: (name: string, handler: any) => void;
 * }} [email] `hang`: reading To never answers.
 */
export function fakeEventOffice(email = {}) {
  const {
    to = ['helpdesk@nhs.net'],
    from = 'care.vn6c2@nhs.net',
    subject = 'New user accounts – VN6C2 – Sunrise House',
    body = 'Please add Jane Smith.',
    hang = false,
    associate = () => undefined,
  } = email;
  return {
    actions: { associate },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Text: 'text' },
    MailboxEnums: { SendModeOverride: { PromptUser: 'promptUser' } },
    context: {
      requirements: { isSetSupported: () => true },
      mailbox: {
        item: {
          to: { getAsync: hang ? never : answers(to.map((emailAddress) => ({ emailAddress, displayName: '' }))) },
          cc: { getAsync: answers([]) },
          bcc: { getAsync: answers([]) },
          from: { getAsync: answers({ emailAddress: from }) },
          subject: { getAsync: answers(subject) },
          body: { getAsync: answers(body) },
        },
      },
    },
  };
}
