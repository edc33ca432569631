// What the mailbox banner says when no signal from Outlook names the mailbox in use: what is
// known, never a claim that is not. In the tab (Teams, Outlook's app bar) there is no mailbox to
// ask about; with a personal account signed in, that account is known, and that Outlook named no
// shared mailbox for the item (it names none for a person's own mailbox, and some versions none
// for a shared one: platform.md §1.2), so the pane does not say which mailbox it is.

import { identifyMailbox } from '../../domain/mailboxIdentity';
import type { HostSnapshot } from '../../office/host';

export interface UnknownMailboxWords {
  /** The banner's heading when no site is known either. */
  heading: string;
  /** The caption beside a site the user typed or chose (undefined: nothing to add). */
  caption?: string;
}

/** Known only from Outlook's user-profile signal (the snapshot's user may be a placeholder when it was refused). */
export function unknownMailboxWords(snapshot: Pick<HostSnapshot, 'mode' | 'signals'>): UnknownMailboxWords {
  if (snapshot.mode === 'none') return { heading: 'This tab cannot see a mailbox' };
  const item = snapshot.mode === 'compose' ? 'this email' : 'this message';
  const user = snapshot.signals.find((s) => s.source === 'user-profile')?.address.trim() ?? '';
  if (user && identifyMailbox(user).kind === 'personal')
    return { heading: `Signed in as ${user.toLowerCase()}`, caption: `Outlook named no shared mailbox for ${item}.` };
  return { heading: 'Outlook did not say which mailbox this is', caption: 'Outlook did not say which mailbox this is.' };
}
