import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { loadTheme, themeNow } from './themes';
import { LazyNotice } from './LazyNotice';
import { screenFor } from './screen';
import { kindIndex, kindList, type KindId, type KindSummary } from '../../domain/kindIndex';
import type { Host, HostSnapshot } from '../../office/host';
import type { DeploymentOptions } from '../../domain/recipients';
import { HomeScreen, homeStart, withGroupOpen, type HomeState } from './home/HomeScreen';
import { DiagnosticsButton } from './DiagnosticsButton';
import { AboutThisEmail } from './AboutThisEmail';
import type { Prefill } from '../../domain/recognisers/recognisers';
import { MailboxBanner } from './MailboxBanner';
import { PersonalMailboxHelp } from './PersonalMailboxHelp';
import { TabNotice } from './TabNotice';
import { LazyStorageNotice } from './LazyBits';
import { ScreenLoading } from './ScreenLoading';
import { useMailboxContext } from './useMailboxContext';
import { FromBar } from './FromBar';
import { SenderCheckContext, senderCheck } from './senderCheck';
import { knownPersonal } from '../../domain/detectMailbox';
import { needsSiteStep, senderRuleFor } from './senderRule';

import { prefetchScreens, useLazyScreens } from './useLazyScreens';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    // Fluent dims an unselected option's label (colorNeutralForeground3): in the dark theme it reads
    // as disabled. Every enabled option reads as enabled; the selected one is marked by its circle.
    '& input:enabled:not(:checked) ~ .fui-Radio__label': { color: tokens.colorNeutralForeground1 },
    '& input:enabled:not(:checked):hover ~ .fui-Radio__label': { color: tokens.colorNeutralForeground1 },
  },
  pad: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  faqLink: { alignSelf: 'flex-start' },
  footer: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** Set when the action list is interactive with a shared mailbox detected (the benchmark waits for it). */
export const readyMark = 'nas-actions-ready';

/**
 * `now` is the clock (tests pass a fixed one; the pane uses the real time). `onFirstScreen` is called
 * once, after the first screen's effects (the ready mark among them): the tab loads TeamsJS then.
 */
export function App(props: {
  host: Host;
  initialSnapshot?: HostSnapshot;
  deployment?: DeploymentOptions;
  now?: () => Date;
  onFirstScreen?: () => void;
}) {
  const styles = useStyles();
  const { state, theme, chooseMailbox, confirmMailbox, remembered } = useMailboxContext(props.host, props.initialSnapshot);
  const [open, setOpen] = useState<KindSummary>();
  const [faqOpen, setFaqOpen] = useState(false);
  const [lastOpened, setLastOpened] = useState<string>();
  // The home screen's search and open groups, kept while a request is open.
  const [home, setHome] = useState<HomeState>(homeStart);
  const backFrom = (id: string) => {
    setLastOpened(id);
    setHome((h) => withGroupOpen(h, id));
    setOpen(undefined);
  };
  // Values suggested by the "About this email" card for the form it opens; gone once that form closes.
  const [prefill, setPrefill] = useState<Prefill>();
  useEffect(() => {
    if (!open) setPrefill(undefined);
  }, [open]);
  const openKind = (id: string) => setOpen(kindIndex[id as KindId]);
  // Opened from a blocked send (Take Action): straight to that request, whose From bar names the mailbox.
  useEffect(() => {
    let live = true;
    void props.host.initialRequest?.().then((context) => {
      const kind = context && (kindIndex as Record<string, KindSummary | undefined>)[context.kindId];
      if (live && kind) setOpen((current) => current ?? kind);
    });
    return () => {
      live = false;
    };
  }, [props.host]);
  const [filled, setFilled] = useState(false);
  // The sender rule in force: the open request's (phone and self-service steps send no email);
  // on the list and the questions, the rule most requests follow.
  const rule = senderRuleFor(open);
  const check =
    state.status === 'ready'
      ? { ...senderCheck(state.snapshot, state.detection, rule, filled, setFilled), chooseSite: chooseMailbox, remembered }
      : undefined;
  // A request that must come from the shared mailbox starts by settling the site when no signal names it.
  const needsSite = state.status === 'ready' && needsSiteStep(open, state.detection);

  const siteReady = state.status === 'ready' && Boolean(state.detection.site);
  useEffect(() => {
    if (siteReady && typeof performance?.mark === 'function' && performance.getEntriesByName(readyMark).length === 0)
      performance.mark(readyMark);
  }, [siteReady]);
  // Once, and after the effect above: whatever waits for it never delays the ready mark.
  const firstScreen = useRef(props.onFirstScreen);
  useEffect(() => {
    firstScreen.current?.();
  }, []);
  // Dark tokens load on demand; until then (a moment at most) the pane stays light.
  const [fluentTheme, setFluentTheme] = useState(() => themeNow(theme));
  useEffect(() => {
    let live = true;
    void loadTheme(theme).then((t) => live && setFluentTheme(t));
    return () => {
      live = false;
    };
  }, [theme]);
  const ready = state.status === 'ready';
  useEffect(() => {
    if (ready) prefetchScreens();
  }, [ready]);
  const screens = useLazyScreens(Boolean(open) || faqOpen);
  // Each new screen starts at the top, and keyboard focus follows.
  useEffect(() => {
    // Newer Chromium returns a Promise from scrollTo: never return it from an effect.
    void window.scrollTo?.(0, 0);
  }, [open, faqOpen]);

  const screen = screenFor({
    status: state.status,
    open,
    needsSite,
    faqOpen,
    screensLoaded: Boolean(screens),
  });

  /** The screen under the banner, once the mailbox is known. */
  function body(): ReactNode {
    if (state.status !== 'ready') return null;
    switch (screen.name) {
      case 'site':
        return screens && !screen.waiting ? (
          <screens.SiteStep
            key={`site-${screen.kind.id}`}
            kind={screen.kind}
            remembered={remembered}
            onChoose={chooseMailbox}
            onBack={() => backFrom(screen.kind.id)}
          />
        ) : (
          <ScreenLoading what="This step" onBack={() => setOpen(undefined)} />
        );
      case 'request':
        return screens && !screen.waiting ? (
          <screens.RequestScreen
            key={screen.kind.id}
            kindId={screen.kind.id}
            deployment={props.deployment}
            now={props.now}
            host={props.host}
            snapshot={state.snapshot}
            detection={state.detection}
            initialValues={prefill}
            onBack={() => backFrom(screen.kind.id)}
            onOpenKind={openKind}
            onComposed={() => state.detection.site && confirmMailbox(state.detection.site.address)}
          />
        ) : (
          <ScreenLoading what="The form" onBack={() => setOpen(undefined)} />
        );
      case 'questions':
        return screens && !screen.waiting ? (
          <screens.FaqView
            orgType={state.detection.site?.orgType}
            deployment={props.deployment}
            onBack={() => setFaqOpen(false)}
            onOpenKind={(id) => {
              setFaqOpen(false);
              openKind(id);
            }}
          />
        ) : (
          <ScreenLoading what="The questions" onBack={() => setFaqOpen(false)} />
        );
      default:
        return (
          <HomeScreen
            kinds={kindList}
            detection={state.detection}
            onOpen={setOpen}
            focusKind={lastOpened}
            state={home}
            onState={setHome}
            storage={props.host.storage}
            deployment={props.deployment}
            now={props.now}
            context={
              <>
                {state.snapshot.mode === 'none' && <TabNotice site={state.detection.site?.address} host={props.host.name} />}
                {!state.detection.site && state.snapshot.mode !== 'none' && (
                  <PersonalMailboxHelp address={knownPersonal(state.detection) ? state.detection.inUse.address : undefined} />
                )}
              </>
            }
            late={
              <AboutThisEmail
                host={props.host}
                enabled={state.snapshot.mode === 'read'}
                onOpen={(id, values) => {
                  setPrefill(values);
                  openKind(id);
                }}
              />
            }
            footer={
              <div className={styles.footer}>
                <Button className={styles.faqLink} appearance="secondary" onClick={() => setFaqOpen(true)}>
                  Questions and answers
                </Button>
                <DiagnosticsButton host={props.host} snapshot={state.snapshot} className={styles.faqLink} />
              </div>
            }
          />
        );
    }
  }

  return (
    <FluentProvider theme={fluentTheme} className={styles.root}>
      <main aria-label="NAS Assistant">
        {screen.name === 'checking' && (
          <div className={styles.pad}>
            <p role="status">Checking which mailbox is open…</p>
          </div>
        )}
        {state.status === 'failed' && (
          <div className={styles.pad}>
            <LazyNotice intent="error" actions={<Button onClick={state.retry}>Try again</Button>}>
              {state.message} The add-in could not tell which mailbox is open.
            </LazyNotice>
            <DiagnosticsButton host={props.host} className={styles.faqLink} />
          </div>
        )}
        {state.status === 'ready' && (
          <SenderCheckContext.Provider value={check}>
            <FromBar />
            <MailboxBanner
              detection={state.detection}
              snapshot={state.snapshot}
              remembered={remembered}
              onChoose={chooseMailbox}
              asking={!open}
            />
            <LazyStorageNotice storage={props.host.storage} />
            {body()}
          </SenderCheckContext.Provider>
        )}
      </main>
    </FluentProvider>
  );
}
