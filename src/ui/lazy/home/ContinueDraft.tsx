// "Continue your unfinished request": the most recent draft for this site, read through the draft
// store's own API (drafts are kept per request and per site, for 24 hours). Part of the first
// screen, read as it first renders (a card that arrived later would push the list down), and again
// whenever another pane changes a draft.

import { useEffect, useState } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { DocumentEditRegular } from '@fluentui/react-icons';
import { draftKey } from '../../../domain/draftEnvelope';
import { kindList, type KindSummary } from '../../../domain/kindIndex';
import type { KeyValueStore } from '../../../office/host';
import { draftStoreFor } from '../drafts/draftStore';
import { RequestButton } from '../../shell/home/RequestButton';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

/** The request with the most recently saved draft for this site, if any. */
export function unfinishedRequest(storage: KeyValueStore, site: string | undefined, kinds: readonly KindSummary[] = kindList) {
  const store = draftStoreFor(storage);
  let found: { kind: KindSummary; savedAt: number } | undefined;
  for (const kind of kinds) {
    if (kind.route !== 'email') continue;
    const draft = store.load(draftKey(kind.id, site));
    if (draft && (!found || draft.savedAt > found.savedAt)) found = { kind, savedAt: draft.savedAt };
  }
  return found;
}

/** "2 minutes ago", "3 hours ago": a draft lives 24 hours at most. */
export function savedAgo(savedAt: number, now: number): string {
  const minutes = Math.max(0, Math.round((now - savedAt) / 60_000));
  if (minutes < 1) return 'Saved just now';
  if (minutes < 60) return `Saved ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} ago`;
  const hours = Math.round(minutes / 60);
  return `Saved ${hours} ${hours === 1 ? 'hour' : 'hours'} ago`;
}

export function ContinueDraft(props: {
  storage: KeyValueStore;
  site: string | undefined;
  onOpen: (kind: KindSummary) => void;
  now?: () => Date;
}) {
  const styles = useStyles();
  const { storage, site } = props;
  const [found, setFound] = useState(() => unfinishedRequest(storage, site));
  useEffect(() => {
    // Again after the form that was open has saved its last answers (its effects run before this one's).
    const read = () => setFound(unfinishedRequest(storage, site));
    read();
    return draftStoreFor(storage).onExternalChange(read);
  }, [storage, site]);
  if (!found) return null;
  const now = (props.now?.() ?? new Date()).getTime();
  return (
    <section className={styles.section} aria-labelledby="home-continue">
      <h2 id="home-continue" className={styles.heading}>
        Continue your unfinished request
      </h2>
      <RequestButton kind={found.kind} onOpen={props.onOpen} icon={<DocumentEditRegular />} hint={savedAgo(found.savedAt, now)} card />
    </section>
  );
}
