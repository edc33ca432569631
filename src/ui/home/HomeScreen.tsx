// The home screen: one search at the top; then, when not searching, the unfinished request (when
// there is a draft), the four common requests as cards, and every other request in collapsible
// groups. A reason several requests share is said once, above them. While searching, the results
// take the lists' place. What the screen remembers (the search, the open groups) is the App's, so
// coming back from a request finds it as it was, with focus on the request that was opened.

import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Detection } from '../../domain/detectMailbox';
import { kindIndex, type KindId, type KindSummary } from '../../domain/kindIndex';
import type { KindGroup } from '../../domain/requestKind';
import type { KeyValueStore } from '../../office/host';
import { useLazyScreens } from '../useLazyScreens';
import { commonIds, commonRequests } from './commonRequests';
import { HomeSearchBox } from './HomeSearchBox';
import { KindGroups } from './KindGroups';
import { placeNotes } from './notes';
import { RequestButton } from './RequestButton';

export interface HomeState {
  query: string;
  open: ReadonlySet<KindGroup>;
}
export const homeStart: HomeState = { query: '', open: new Set() };

/** Coming back from a request that lives in a group: that group is open, so focus can return to it. */
export function withGroupOpen(state: HomeState, kindId: string): HomeState {
  const group = commonIds.has(kindId) ? undefined : kindIndex[kindId as KindId]?.group;
  return group && !state.open.has(group) ? { ...state, open: new Set([...state.open, group]) } : state;
}

const useStyles = makeStyles({
  home: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalM },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  cards: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  note: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorBrandStroke1,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  status: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});

/** "2 requests and 1 answer": the search's status line. */
export function summaryText(s: { requests: number; answers: number }): string {
  if (s.requests + s.answers === 0) return 'No request or answer matches';
  const part = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;
  return [s.requests && part(s.requests, 'request'), s.answers && part(s.answers, 'answer')].filter(Boolean).join(' and ');
}

export function HomeScreen(props: {
  kinds: readonly KindSummary[];
  detection: Detection;
  onOpen: (kind: KindSummary) => void;
  /** Coming back from a request: focus goes back to it. */
  focusKind?: string;
  state: HomeState;
  onState: (state: HomeState) => void;
  storage: KeyValueStore;
  now?: () => Date;
  /** Shown after the search when not searching (the open email's card). */
  context?: ReactNode;
  /** Shown at the end when not searching (questions, diagnostics). */
  footer?: ReactNode;
}) {
  const styles = useStyles();
  const { state, onState } = props;
  const searching = state.query.trim() !== '';
  // Searching needs the lazy screens at once; otherwise they come at idle (App prefetches them).
  const screens = useLazyScreens(searching);
  const [summary, setSummary] = useState<{ requests: number; answers: number }>();
  const onSummary = useCallback((s: { requests: number; answers: number }) => setSummary(s), []);
  const notes = placeNotes(props.kinds, props.detection);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (props.focusKind) root.current?.querySelector<HTMLElement>(`[data-kind="${props.focusKind}"]`)?.focus();
  }, [props.focusKind]);

  const button = (kind: KindSummary, extra: { card?: boolean; hint?: string; icon?: ReactNode }) => (
    <RequestButton
      kind={kind}
      onOpen={props.onOpen}
      reason={notes.own.get(kind.id)}
      describedBy={notes.noted.has(kind.id) ? 'home-note' : undefined}
      {...extra}
    />
  );
  const others = props.kinds.filter((k) => !commonIds.has(k.id));

  return (
    <div className={styles.home} ref={root}>
      <HomeSearchBox value={state.query} onChange={(query) => onState({ ...state, query })} describedBy="home-search-status" />
      <p id="home-search-status" role="status" className={searching ? styles.status : styles.hidden}>
        {searching ? (summary && screens ? summaryText(summary) : 'Searching…') : ''}
      </p>
      {/* Kept mounted while searching, so the open email is not read again each time. */}
      {props.context && <div hidden={searching}>{props.context}</div>}
      {searching ? (
        screens && <screens.SearchResults query={state.query} orgType={props.detection.site?.orgType} onOpen={props.onOpen} onSummary={onSummary} />
      ) : (
        <>
          {screens && <screens.ContinueDraft storage={props.storage} site={props.detection.site?.address} onOpen={props.onOpen} now={props.now} />}
          {notes.note && (
            <p id="home-note" className={styles.note}>
              {notes.note}
            </p>
          )}
          <section className={styles.section} aria-labelledby="home-common">
            <h2 id="home-common" className={styles.heading}>
              Common requests
            </h2>
            <ul className={styles.cards}>
              {commonRequests.map(({ id, Icon, hint }) => (
                <li key={id}>{button(kindIndex[id], { card: true, hint, icon: <Icon /> })}</li>
              ))}
            </ul>
          </section>
          <section className={styles.section} aria-labelledby="home-all">
            <h2 id="home-all" className={styles.heading}>
              All requests
            </h2>
            <KindGroups
              kinds={others}
              open={state.open}
              onToggle={(group, open) => {
                const next = new Set(state.open);
                if (open) next.add(group);
                else next.delete(group);
                onState({ ...state, open: next });
              }}
              renderKind={(kind) => {
                const Icon = screens?.kindIcons[kind.id as KindId];
                return button(kind, { icon: Icon && <Icon /> });
              }}
            />
          </section>
          {props.footer}
        </>
      )}
    </div>
  );
}
