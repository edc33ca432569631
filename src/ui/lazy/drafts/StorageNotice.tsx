// Said once, at the top of the pane, when answers cannot be kept beyond this pane: storage is
// blocked (known at start-up) or a save failed (storage full). It comes with the lazy screens, which
// the pane fetches as soon as it is idle (LazyBits.tsx).

import { useEffect } from 'react';
import { tokens } from '@fluentui/react-components';
import type { KeyValueStore } from '../../../office/host';
import Notice from '../Notice';
import { useStorageTrouble } from './storageTrouble';
import { draftStoreFor } from './draftStore';

const pad = { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` };

export const storageTroubleMessage =
  'Your answers are kept only while this pane is open: Outlook’s storage is full or blocked, so they cannot be saved for later. Finish the request before closing the pane.';

export function StorageNotice(props: { storage: KeyValueStore }) {
  const trouble = useStorageTrouble(props.storage);
  // Loaded with the lazy screens, as soon as the pane is idle: the draft store's first use sweeps
  // every expired or damaged draft, of any request and any mailbox.
  useEffect(() => void draftStoreFor(props.storage), [props.storage]);
  if (!trouble) return null;
  return (
    <div style={pad} role="alert">
      <Notice intent="warning" title={trouble === 'blocked' ? 'Answers cannot be saved' : 'Saving stopped'}>
        {storageTroubleMessage}
      </Notice>
    </div>
  );
}
