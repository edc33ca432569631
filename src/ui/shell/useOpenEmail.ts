// What the selected email is, for the "About this email" card. The message is read from Outlook
// when the pane shows the home screen and again whenever the selected item changes (a pinned pane).
// Only the recognition is kept: the subject and body are dropped as soon as they are looked at,
// and nothing is written to storage.

import { useEffect, useState } from 'react';
import type { Host } from '../../office/host';
import type { Recognition } from '../../domain/recognisers/recognisers';
import { loadScreensWhenIdle } from './useLazyScreens';

export function useOpenEmail(host: Host, enabled: boolean, now: () => Date = () => new Date()): Recognition | undefined {
  const [recognition, setRecognition] = useState<Recognition>();
  useEffect(() => {
    if (!enabled || typeof host.readItem !== 'function') {
      setRecognition(undefined);
      return;
    }
    let latest = 0;
    const read = () => {
      const ticket = ++latest;
      // The recognisers come with the lazy screens: fetched at idle, so reading the email never slows
      // the first screen.
      Promise.all([host.readItem!(), loadScreensWhenIdle()]).then(
        ([item, { recogniseEmail, cleanMessage }]) => {
          if (ticket !== latest) return;
          setRecognition(item ? recogniseEmail(cleanMessage(item), { now: now() }) : undefined);
        },
        // A message Outlook cannot read is one the card says nothing about.
        () => ticket === latest && setRecognition(undefined),
      );
    };
    read();
    const unsubscribe = host.subscribe((change) => {
      if (change === 'item') read();
    });
    return () => {
      latest = -1;
      unsubscribe();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host, enabled]);
  return recognition;
}
