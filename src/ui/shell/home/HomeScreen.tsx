// The home screen: one search at the top; then, when not searching, the unfinished request (when
// there is a draft), the four common requests as cards, and every other request in collapsible
// groups. A reason several requests share is said once, above them. While searching, the results
// take the lists' place. What the screen remembers (the search, the open groups) is the App's, so
// coming back from a request finds it as it was, with focus on the request that was opened.

import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { makeResetStyles, tokens } from '@fluentui/react-components';
import type { Detection } from '../../../domain/detectMailbox';
import { kindIndex, type KindId, type KindSummary } from '../../../domain/kindIndex';
import type { KindGroup } from '../../../domain/requestKind';
import type { KeyValueStore } from '../../../office/host';
import type { DeploymentOptions } from '../../../domain/recipients';
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

// One class for the screen (makeResetStyles), its parts styled by element and data-part: cheaper in
// bytes than atomic classes, and this is the first screen.
const useHomeClass = makeResetStyles({
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalL,
  padding: tokens.spacingHorizontalM,
  '& > section > h2': {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
  },
  '& > section': { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  '& [data-part="cards"]': {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  '& [data-part="note"]': {
    margin: 0,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorBrandStroke1,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  '& [data-part="status"]': {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  '& > [data-part="context"]': { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  '& > [data-part="context"]:empty': { display: 'none' },
  '& > [data-part="context"][hidden]': { display: 'none' },
  '& [data-part="status"]:empty': { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)' },
});

/** "2 requests and 1 answer": the search's status line. */
export function summaryText(s: { requests: number; answers: number }, query: string): string {
  if (s.requests + s.answers === 0) return `No match for “${query.trim()}”`;
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
  /** The deployment's NAS addresses, which some answers name. */
  deployment?: DeploymentOptions;
  now?: () => Date;
  /** Shown after the search when not searching (notices about the mailbox, the open email's card). */
  context?: ReactNode;
  /**
   * Shown after the lists when not searching: what arrives late (the open email's card, read from
   * Outlook at idle), placed below what the user may already be reaching for so it pushes nothing down.
   */
  late?: ReactNode;
  /** Shown at the end when not searching (questions, diagnostics). */
  footer?: ReactNode;
}) {
  const homeClass = useHomeClass();
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
  // Each request's icon, once the lazy screens (which carry them) have arrived.
  const icon = (id: string) => {
    const Icon = screens?.kindIcons[id as KindId];
    return Icon && <Icon />;
  };

  return (
    <div className={homeClass} ref={root}>
      <HomeSearchBox value={state.query} onChange={(query) => onState({ ...state, query })} describedBy="home-search-status" />
      <p id="home-search-status" role="status" data-part="status">
        {searching ? (summary && screens ? summaryText(summary, state.query) : 'Searching…') : ''}
      </p>
      {/* Kept mounted while searching, so the open email is not read again each time. */}
      {props.context && (
        <div data-part="context" hidden={searching}>
          {props.context}
        </div>
      )}
      {searching ? (
        screens && (
          <screens.SearchResults
            query={state.query}
            orgType={props.detection.site?.orgType}
            deployment={props.deployment}
            onOpen={props.onOpen}
            onSummary={onSummary}
          />
        )
      ) : (
        <>
          {notes.note && (
            <p id="home-note" data-part="note">
              {notes.note}
            </p>
          )}
          <section aria-labelledby="home-common">
            <h2 id="home-common">Common requests</h2>
            <ul data-part="cards">
              {commonRequests.map(({ id, hint }) => (
                <li key={id}>{button(kindIndex[id], { card: true, hint, icon: icon(id) })}</li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="home-all">
            <h2 id="home-all">All requests</h2>
            <KindGroups
              kinds={others}
              open={state.open}
              onToggle={(group, open) => {
                const next = new Set(state.open);
                if (open) next.add(group);
                else next.delete(group);
                onState({ ...state, open: next });
              }}
              renderKind={(kind) => button(kind, { icon: icon(kind.id) })}
            />
          </section>
        </>
      )}
      {/* The unfinished request comes with the screens chunk (the draft store stays out of the first
          bundle, which the tab's start-up budget needs), so it too sits below the lists and pushes
          nothing down. */}
      {!searching && screens && (
        <screens.ContinueDraft storage={props.storage} site={props.detection.site?.address} onOpen={props.onOpen} now={props.now} />
      )}
      {/* Kept mounted while searching too, so the open email is not read again each time. */}
      {props.late && (
        <div data-part="context" hidden={searching}>
          {props.late}
        </div>
      )}
      {!searching && props.footer}
    </div>
  );
}
