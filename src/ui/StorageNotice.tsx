// Said once, at the top of the pane, when answers cannot be kept beyond this pane: storage is
// blocked (known at start-up) or a save failed (storage full). Creating the store also removes
// every expired or damaged draft, so this runs at start-up.

import { useSyncExternalStore } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { KeyValueStore } from '../office/host';
import { draftStoreFor } from './draftStore';
import { LazyNotice } from './LazyNotice';

const useStyles = makeStyles({ pad: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` } });

export const storageTroubleMessage = 'Your answers are kept only while this pane is open: Outlook’s storage is full or blocked, so they cannot be saved for later. Finish the request before closing the pane.';

export function StorageNotice(props: { storage: KeyValueStore }) {
  const styles = useStyles();
  const store = draftStoreFor(props.storage);
  const trouble = useSyncExternalStore(
    (l) => store.subscribe(l),
    () => store.trouble,
  );
  if (!trouble) return null;
  return (
    <div className={styles.pad} role="alert">
      <LazyNotice intent="warning" title={trouble === 'blocked' ? 'Answers cannot be saved' : 'Saving stopped'}>
        {storageTroubleMessage}
      </LazyNotice>
    </div>
  );
}
