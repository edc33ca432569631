// host → mailbox context: asks Outlook for its signals, adds the mailbox the user typed, and
// re-detects when the selected item or the theme changes (pinned pane).

import { useCallback, useEffect, useState } from 'react';
import { detectMailbox, sameAddress, type Detection, type MailboxSignal } from '../../domain/detectMailbox';
import type { Host, HostSnapshot, ThemeName } from '../../office/host';
import { rememberMailbox, rememberedMailboxes } from '../../office/localState';

export type MailboxContextState =
  | { status: 'loading' }
  | { status: 'failed'; message: string; retry: () => void }
  | { status: 'ready'; snapshot: HostSnapshot; detection: Detection };

/** `initial` is a snapshot taken before the first render, so the pane opens straight onto the list. */
export function useMailboxContext(host: Host, initial?: HostSnapshot) {
  const [snapshot, setSnapshot] = useState<HostSnapshot | { failed: string } | undefined>(initial);
  const [typed, setTyped] = useState<string>();
  const [remembered, setRemembered] = useState(() => rememberedMailboxes(host.storage));
  const [theme, setTheme] = useState<ThemeName>(initial?.theme ?? 'light');
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (generation === 0 && initial) return;
    let live = true;
    host.snapshot().then(
      (s) => {
        if (!live) return;
        setSnapshot(s);
        setTheme(s.theme);
      },
      (error: unknown) => live && setSnapshot({ failed: error instanceof Error ? error.message : 'Outlook did not answer.' }),
    );
    return () => {
      live = false;
    };
  }, [host, generation]);

  useEffect(() => {
    // Any change (item, From, theme) re-detects; the previous answer stays on screen meanwhile,
    // so an open form is never unmounted by a re-detect.
    const stop = host.subscribe(() => setGeneration((g) => g + 1));
    return stop;
  }, [host]);

  const confirmMailbox = useCallback(
    (address: string) => {
      rememberMailbox(host.storage, address);
      setRemembered(rememberedMailboxes(host.storage));
    },
    [host],
  );
  // The site the host's own signals name, without what the user chose ("Use the detected mailbox").
  const detectedSite =
    snapshot && !('failed' in snapshot) ? detectMailbox(snapshot.signals, snapshot.displayNames).site?.address : undefined;
  /**
   * The user chose the shared mailbox: remember it, and let it override what Outlook reports. Choosing
   * the mailbox the host detected goes back to detection ("Use the detected mailbox").
   */
  const chooseMailbox = useCallback(
    (address: string) => {
      confirmMailbox(address);
      setTyped(sameAddress(address, detectedSite) ? undefined : address);
    },
    [confirmMailbox, detectedSite],
  );

  let state: MailboxContextState;
  if (!snapshot) state = { status: 'loading' };
  else if ('failed' in snapshot) state = { status: 'failed', message: snapshot.failed, retry: () => setGeneration((g) => g + 1) };
  else {
    // Remembered mailboxes are offered (banner, site step), never applied on a guess: the person may
    // work for more than one site, and only a signal from Outlook or their own choice says which.
    const signals: MailboxSignal[] = [...snapshot.signals];
    // Stryker disable next-line ConditionalExpression: forced true, nothing typed gives a signal with no address, which detectMailbox drops first (forced false fails the typed-choice tests)
    if (typed) signals.push({ source: 'typed', address: typed });
    state = { status: 'ready', snapshot, detection: detectMailbox(signals, snapshot.displayNames) };
  }
  return { state, theme, chooseMailbox, confirmMailbox, remembered };
}
