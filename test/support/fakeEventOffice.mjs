// The Office object the event runtime sees (send guard and compose events), as a stand-in: one email
// being written, every call answering at once (or To never answering). Shared by the entry's tests,
// the events.js checks, the built-file browser test and the send-guard benchmark.
//
// It is no kinder than Outlook where we know Outlook's rules: session data (Mailbox 1.11) keeps
// values for this one email only; a notification's key is at most 32 characters, its message at most
// 150, and an informational message needs an icon ("Create notifications for your Outlook add-in",
// NotificationMessageDetails); removing a key that was never added fails; requirement sets answer
// by version; Send Anyway (MailboxEnums.SendModeOverride.PromptUser) exists from Mailbox 1.14.

/** An Office.js async method that calls back at once with `value`. */
export const answers =
  (value) =>
  (...args) =>
    args[args.length - 1]({ status: 'succeeded', value });

const never = () => undefined;
const failed = (cb, message) => cb({ status: 'failed', error: { message } });

/**
 * The email's state, which the fake reads on every call, so a test can change From or the
 * recipients between events and read what the handlers left (session data, notifications).
 * @typedef {{
 *   to: string[]; from: string; subject: string; body: string;
 *   session: Record<string, string>;
 *   notices: { key: string; type: string; message: string; icon?: string; persistent?: boolean }[];
 * }} FakeEmailState
 */

/**
 * @param {{
 *   to?: string[]; from?: string; subject?: string; body?: string; hang?: boolean;
 *   associate?: (name: string, handler: any) => void;
 *   session?: Record<string, string>;
 *   version?: string; platform?: string;
 *   noSessionData?: boolean; failSessionWrite?: boolean; failNotices?: boolean;
 *   state?: FakeEmailState;
 * }} [email] `hang`: reading To never answers. `version`: the highest Mailbox set (default 1.15).
 */
export function fakeEventOffice(email = {}) {
  const {
    hang = false,
    associate = () => undefined,
    version = '1.15',
    platform = 'PC',
    noSessionData = false,
    failSessionWrite = false,
    failNotices = false,
  } = email;
  /** @type {FakeEmailState} */
  const state = email.state ?? {
    to: email.to ?? ['helpdesk@nhs.net'],
    from: email.from ?? 'care.vn6c2@nhs.net',
    subject: email.subject ?? 'New user accounts – VN6C2 – Sunrise House',
    body: email.body ?? 'Please add Jane Smith.',
    session: { ...(email.session ?? {}) },
    notices: [],
  };
  const minor = Number(version.split('.')[1]);
  const supports = (set, v) => set === 'Mailbox' && Number(String(v).split('.')[1]) <= minor;
  const live = (get) => (cb) => cb({ status: 'succeeded', value: get() });
  const last = (args) => args[args.length - 1];
  const notices = {
    getAllAsync: (...args) =>
      failNotices ? failed(last(args), 'Notifications unavailable') : last(args)({ status: 'succeeded', value: state.notices.slice() }),
    replaceAsync: (key, details, ...rest) => {
      const cb = last(rest);
      if (failNotices) return failed(cb, 'Notifications unavailable');
      if (typeof key !== 'string' || key.length > 32) return failed(cb, 'The key is longer than 32 characters');
      if (typeof details?.message !== 'string' || details.message.length > 150) return failed(cb, 'ArgumentOutOfRange: message');
      if (details.type === 'informationalMessage' && !details.icon) return failed(cb, 'An informational message needs an icon');
      const next = { key, ...details };
      const at = state.notices.findIndex((n) => n.key === key);
      if (at === -1) {
        if (state.notices.length >= 5) return failed(cb, 'NumberOfNotificationMessagesExceeded');
        state.notices.push(next);
      } else state.notices[at] = next;
      return cb({ status: 'succeeded' });
    },
    removeAsync: (key, ...rest) => {
      const cb = last(rest);
      if (failNotices) return failed(cb, 'Notifications unavailable');
      const at = state.notices.findIndex((n) => n.key === key);
      if (at === -1) return failed(cb, 'KeyNotFound');
      state.notices.splice(at, 1);
      return cb({ status: 'succeeded' });
    },
  };
  const sessionData = {
    getAsync: (name, cb) => (name in state.session ? cb({ status: 'succeeded', value: state.session[name] }) : failed(cb, 'Not found')),
    setAsync: (name, value, ...rest) => {
      const cb = last(rest);
      if (failSessionWrite) return failed(cb, 'Session data could not be written');
      state.session[name] = String(value);
      return cb({ status: 'succeeded' });
    },
  };
  const office = {
    actions: { associate },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Text: 'text' },
    PlatformType: { PC: 'PC', Mac: 'Mac', OfficeOnline: 'OfficeOnline' },
    MailboxEnums: {
      ...(minor >= 14 ? { SendModeOverride: { PromptUser: 'promptUser' } } : {}),
      ItemNotificationMessageType: { InformationalMessage: 'informationalMessage', ErrorMessage: 'errorMessage' },
    },
    context: {
      diagnostics: { platform },
      requirements: { isSetSupported: supports },
      mailbox: {
        item: {
          to: { getAsync: hang ? never : (cb) => live(() => state.to.map((emailAddress) => ({ emailAddress, displayName: '' })))(cb) },
          cc: { getAsync: answers([]) },
          bcc: { getAsync: answers([]) },
          from: { getAsync: (cb) => live(() => ({ emailAddress: state.from }))(cb) },
          subject: { getAsync: (cb) => live(() => state.subject)(cb) },
          body: { getAsync: (_type, cb) => live(() => state.body)(cb) },
          notificationMessages: notices,
          ...(noSessionData ? {} : { sessionData }),
        },
      },
    },
  };
  // The state rides along out of sight (not enumerable): the code under test never reads it.
  return Object.defineProperty(office, 'state', { value: state, enumerable: false });
}
