import { lazy, Suspense, useEffect, useState } from 'react';
import { Button, FluentProvider, MessageBar, MessageBarActions, MessageBarBody, Spinner, Tab, TabList, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { requestKinds } from '../domain/catalogue';
import type { RequestKind } from '../domain/requestKind';
import type { Host } from '../office/host';
import { ActionList } from './ActionList';
import { MailboxBanner } from './MailboxBanner';
import { PersonalMailboxHelp } from './PersonalMailboxHelp';
import { useMailboxContext } from './useMailboxContext';

const RequestScreen = lazy(() => import('./RequestScreen'));
const FaqView = lazy(() => import('./FaqView'));

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1, fontFamily: tokens.fontFamilyBase },
  pad: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  tabs: { paddingInline: tokens.spacingHorizontalS },
});

/** Set when the action list is interactive with a shared mailbox detected (the benchmark waits for it). */
export const readyMark = 'nas-actions-ready';

export function App(props: { host: Host }) {
  const styles = useStyles();
  const { state, theme, chooseMailbox, confirmMailbox, remembered } = useMailboxContext(props.host);
  const [open, setOpen] = useState<RequestKind>();
  const [tab, setTab] = useState<'actions' | 'faq'>('actions');
  const openKind = (id: string) => setOpen(requestKinds.find((k) => k.id === id));

  const siteReady = state.status === 'ready' && Boolean(state.detection.site);
  useEffect(() => {
    if (siteReady && typeof performance?.mark === 'function' && performance.getEntriesByName(readyMark).length === 0) performance.mark(readyMark);
  }, [siteReady]);
  // Each new screen starts at the top, and keyboard focus follows.
  useEffect(() => {
    // Newer Chromium returns a Promise from scrollTo: never return it from an effect.
    void window.scrollTo?.(0, 0);
  }, [open, tab]);

  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} className={styles.root}>
      <main aria-label="NAS Assistant">
        {state.status === 'loading' && (
          <div className={styles.pad}>
            <Spinner label="Checking which mailbox is open…" />
          </div>
        )}
        {state.status === 'failed' && (
          <div className={styles.pad}>
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{state.message} The add-in could not tell which mailbox is open.</MessageBarBody>
              <MessageBarActions>
                <Button onClick={state.retry}>Try again</Button>
              </MessageBarActions>
            </MessageBar>
          </div>
        )}
        {state.status === 'ready' && (
          <>
            <MailboxBanner detection={state.detection} snapshot={state.snapshot} remembered={remembered} onChoose={chooseMailbox} />
            {open ? (
              <Suspense fallback={<Spinner className={styles.pad} label="Loading the form…" />}>
                <RequestScreen
                  key={open.id}
                  kind={open}
                  host={props.host}
                  snapshot={state.snapshot}
                  detection={state.detection}
                  onBack={() => setOpen(undefined)}
                  onOpenKind={openKind}
                  onComposed={() => state.detection.site && confirmMailbox(state.detection.site.address)}
                />
              </Suspense>
            ) : (
              <>
                {!state.detection.site && (
                  <div className={styles.pad}>
                    <PersonalMailboxHelp address={state.detection.inUse.address} />
                  </div>
                )}
                <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as 'actions' | 'faq')}>
                  <Tab value="actions">Requests</Tab>
                  <Tab value="faq">Questions</Tab>
                </TabList>
                {tab === 'actions' ? (
                  <ActionList kinds={requestKinds} detection={state.detection} onOpen={setOpen} />
                ) : (
                  <Suspense fallback={<Spinner className={styles.pad} label="Loading the questions…" />}>
                    <FaqView onOpenKind={openKind} />
                  </Suspense>
                )}
              </>
            )}
          </>
        )}
      </main>
    </FluentProvider>
  );
}
