import { FluentProvider, Link, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from '@fluentui/react-components';
import type { TeamsStart } from '../office/teamsHost';

const reasons: Record<Extract<TeamsStart, { state: 'outside' }>['reason'], string> = {
  'not-teams': 'This page is open outside Teams and the Microsoft 365 app.',
  timeout: 'Teams did not answer in time.',
};

/** Shown when the tab page is opened in a browser, or framed by something that is not a Microsoft 365 host. */
export function OutsideTeams(props: { reason: keyof typeof reasons; previewUrl?: string }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }} aria-label="NAS Assistant">
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Not inside Teams</MessageBarTitle>
            {reasons[props.reason]} NAS Assistant&apos;s tab works in Teams, in Outlook&apos;s app bar and in the Microsoft 365 app.
            {props.previewUrl && (
              <>
                {' '}
                To try it without them, <Link href={props.previewUrl}>open the preview</Link>.
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
