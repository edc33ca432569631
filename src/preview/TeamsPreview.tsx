// The preview's Teams scenario (?host=teams): the real tab UI on TeamsHost, driven by a local
// stand-in for the Teams host (FakeTeams): no TeamsJS, nothing remote. The theme buttons play the
// user changing Teams' theme; ?mail=1 plays the tab inside Outlook (TeamsJS mail capability).
import { useState, useSyncExternalStore } from 'react';
import {
  Button,
  Caption1,
  FluentProvider,
  Link,
  Text,
  makeStyles,
  teamsHighContrastTheme,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { App } from '../ui/shell/App';
import { FakeTeams, type TeamsTheme } from '../office/fakeTeams';
import { TeamsHost } from '../office/teamsHost';
import { prefixedStorage } from '../office/host';
import type { DeploymentOptions } from '../domain/recipients';

const useStyles = makeStyles({
  page: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  header: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  tab: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, margin: `0 ${tokens.spacingHorizontalM}`, minWidth: 0 },
  window: {
    margin: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: tokens.spacingHorizontalM,
  },
  body: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0, fontFamily: tokens.fontFamilyBase },
});

export function teamsOptionsFromQuery(search: string): { theme: TeamsTheme; mail: boolean } {
  const q = new URLSearchParams(search);
  const theme = q.get('theme');
  return { theme: theme === 'dark' ? 'dark' : theme === 'contrast' ? 'contrast' : 'default', mail: q.get('mail') === '1' };
}

const shellThemes = { default: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme } as const;

export function TeamsPreview(props: { search: string; deployment?: DeploymentOptions }) {
  const styles = useStyles();
  const [{ teams, host }] = useState(() => {
    const options = teamsOptionsFromQuery(props.search);
    const teams = new FakeTeams(options);
    return { teams, host: new TeamsHost(teams, prefixedStorage('nas-assistant-preview-tab:')) };
  });
  const [theme, setTheme] = useState<TeamsTheme>(() => teamsOptionsFromQuery(props.search).theme);
  const composed = useSyncExternalStore(
    (cb) => teams.onCompose(cb),
    () => teams.composed.length,
  );
  const mail = teamsOptionsFromQuery(props.search).mail;
  const choose = (t: TeamsTheme) => {
    setTheme(t);
    teams.setTheme(t);
  };
  return (
    <FluentProvider theme={shellThemes[theme]} className={styles.page}>
      <header className={styles.header}>
        <Text as="h1" weight="semibold" size={400}>
          NAS Assistant preview: the tab in {mail ? 'Outlook' : 'Teams'}
        </Text>
        <Caption1>A simulated {mail ? 'Outlook app bar' : 'Teams'} host. Nothing is sent.</Caption1>
        <div className={styles.row} role="group" aria-label="Teams theme">
          {(['default', 'dark', 'contrast'] as const).map((t) => (
            <Button
              key={t}
              size="small"
              appearance={t === theme ? 'primary' : 'secondary'}
              aria-pressed={t === theme}
              onClick={() => choose(t)}
            >
              {t === 'default' ? 'Light' : t === 'dark' ? 'Dark' : 'High contrast'}
            </Button>
          ))}
          <Link href="?">Back to the Outlook preview</Link>
          <Link href={mail ? '?host=teams' : '?host=teams&mail=1'}>{mail ? 'The tab in Teams' : 'The tab in Outlook'}</Link>
        </div>
      </header>
      <div className={styles.tab} data-testid="teams-tab">
        <App host={host} deployment={props.deployment} />
      </div>
      {composed > 0 &&
        teams.composed.map((m, i) => (
          <article key={i} className={styles.window} aria-label={`Simulated email ${i + 1}`} data-testid="simulated-email">
            <Caption1>New email window (opened by the tab)</Caption1>
            <Text block>To: {m.to.join('; ')}</Text>
            <Text block weight="semibold">
              Subject: {m.subject}
            </Text>
            <pre className={styles.body}>{m.body}</pre>
          </article>
        ))}
    </FluentProvider>
  );
}
