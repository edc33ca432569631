import { useEffect, useState, useSyncExternalStore } from 'react';
import {
  Caption1,
  Dropdown,
  Field,
  FluentProvider,
  Link,
  Option,
  Text,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { Info16Regular } from '@fluentui/react-icons';
import { App } from '../ui/shell/App';
import type { MemoryHost } from '../office/memoryHost';
import { onComposeChanged } from '../events/onComposeChanged';
import { guardData } from '../events/guardData';
import type { DeploymentOptions } from '../domain/recipients';
import { scenarioToQuery, type Scenario } from '../office/scenario';

const scenarios: { label: string; scenario: Partial<Scenario> }[] = [
  { label: 'Shared mailbox, reading', scenario: {} },
  { label: 'Writing an email from the shared mailbox', scenario: { mode: 'compose' } },
  { label: 'Writing from a personal address (From warning)', scenario: { mode: 'compose', from: 'amira.khan3@nhs.net' } },
  { label: 'Personal mailbox', scenario: { mailbox: 'amira.khan3@nhs.net', displayName: '' } },
  { label: 'Pharmacy', scenario: { mailbox: 'pharmacy.fh542@nhs.net', displayName: 'Pharmacy.FH542 (High Street Pharmacy, Leeds)' } },
  { label: 'Outlook cannot create emails', scenario: { fail: ['composeNew'] } },
  { label: 'Dark theme', scenario: { theme: 'dark' } },
  {
    label: 'A NAS reply with a ticket',
    scenario: {
      item: {
        from: { address: 'helpdesk@nhs.net', displayName: 'NHSmail Helpdesk' },
        subject: 'RE: Joiners – VN6C2 – Sunrise House [INC0123456]',
        body: 'Your request has been logged.',
        received: '2026-11-20T09:15:00Z',
      },
    },
  },
  {
    label: 'A colleague leaving',
    scenario: {
      item: {
        from: { address: 'jane.smith@nhs.net', displayName: 'SMITH, Jane (Sunrise House)' },
        subject: 'Leaving',
        body: 'Hi, I am leaving the home at the end of December.',
        received: '2026-11-20T09:15:00Z',
      },
    },
  },
];
// The personal tab in Teams (?host=teams): a stand-in Teams host, see TeamsPreview.tsx.
const teamsScenario = { label: 'The tab in Teams', href: '?host=teams' };

const useStyles = makeStyles({
  page: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  header: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyle: 'none' },
  layout: {
    display: 'flex',
    flexWrap: 'wrap-reverse',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
    alignItems: 'flex-start',
  },
  outlook: { flex: '1 1 320px', minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  window: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
  },
  body: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0, fontFamily: tokens.fontFamilyBase },
  // Outlook's notification bar above the body: an information icon, the add-in's message, Dismiss.
  notice: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  noticeText: { flex: 1 },
  dismiss: { flexShrink: 0 },
  pane: {
    width: '320px',
    maxWidth: '100%',
    flex: '0 1 320px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    overflow: 'hidden',
  },
});

export function PreviewPage({ host, deployment }: { host: MemoryHost; deployment?: DeploymentOptions }) {
  const styles = useStyles();
  useSyncExternalStore(
    (cb) => host.onMessage(cb),
    () => host.messageVersion,
  );
  const messages = host.messages.length;
  const [from, setFrom] = useState(host.currentFrom);
  useEffect(() => {
    const stop = host.subscribe(() => setFrom(host.currentFrom));
    return stop;
  }, [host]);
  // The add-in's event runtime, as Outlook runs it: the same handler as events.js, on the same events.
  useEffect(
    () =>
      host.onComposeEvent(() => {
        void onComposeChanged({ completed: () => undefined }, { office: host.eventOffice(), data: guardData });
      }),
    [host],
  );
  const s = host.currentScenario;
  const theme = s.theme === 'dark' ? webDarkTheme : webLightTheme;
  const fromChoices = [...new Set([s.mailbox, s.user, from].map((a) => a.toLowerCase()))];

  return (
    <FluentProvider theme={theme} className={styles.page}>
      <header className={styles.header}>
        <Text as="h1" weight="semibold" size={400}>
          NAS Assistant preview
        </Text>
        <Caption1>A simulated Outlook. Nothing is sent. Scenarios:</Caption1>
        <nav aria-label="Scenarios">
          <ul className={styles.links}>
            {scenarios.map((x) => (
              <li key={x.label}>
                <Link href={scenarioToQuery(x.scenario)}>{x.label}</Link>
              </li>
            ))}
            <li>
              <Link href={teamsScenario.href}>{teamsScenario.label}</Link>
            </li>
          </ul>
        </nav>
      </header>
      <div className={styles.layout}>
        <section className={styles.outlook} aria-label="Simulated Outlook">
          {s.mode === 'compose' && (
            <div className={styles.window}>
              <Text weight="semibold">Email being written</Text>
              <Field label="From">
                <Dropdown value={from} selectedOptions={[from]} onOptionSelect={(_, d) => d.optionValue && host.setFrom(d.optionValue)}>
                  {fromChoices.map((a) => (
                    <Option key={a} value={a}>
                      {a}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              {host.notices.map((n) => (
                <div
                  key={n.key}
                  className={styles.notice}
                  role="status"
                  aria-label="Notification from NAS Assistant"
                  data-testid="email-notice"
                >
                  <Info16Regular aria-hidden />
                  <Text className={styles.noticeText}>{n.message}</Text>
                  <Link as="button" className={styles.dismiss} onClick={() => host.dismissNotice(n.key)}>
                    Dismiss
                  </Link>
                </div>
              ))}
            </div>
          )}
          {messages === 0 ? (
            <Caption1>Emails the add-in creates appear here.</Caption1>
          ) : (
            host.messages.map((m, i) => (
              <article key={i} className={styles.window} aria-label={`Simulated email ${i + 1}`} data-testid="simulated-email">
                <Caption1>{m.via === 'composeNew' ? 'New email window' : 'This email, filled in'}</Caption1>
                <Text block>From: {m.via === 'fillCurrent' ? from : m.from}</Text>
                <Text block>To: {m.to.join('; ')}</Text>
                <Text block weight="semibold">
                  Subject: {m.subject}
                </Text>
                <pre className={styles.body}>{m.text}</pre>
              </article>
            ))
          )}
        </section>
        <div className={styles.pane} data-testid="task-pane">
          <App host={host} deployment={deployment} />
        </div>
      </div>
    </FluentProvider>
  );
}
