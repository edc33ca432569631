import { FluentProvider, Link, MessageBar, MessageBarBody, MessageBarTitle, type Theme } from '@fluentui/react-components';
import type { TeamsStart } from '../../office/teamsHost';

type Outside = Extract<TeamsStart, { state: 'outside' }>['reason'];

const reasons: Record<Outside, string> = {
  'not-teams': 'This page is open outside Teams and the Microsoft 365 app.',
  timeout: 'Teams did not answer in time.',
};

/**
 * The tab's word on its host, above the requests (which keep working without Teams: Open in Outlook
 * and copying need nothing from it). `slow`: Teams has not answered yet; a reason: the tab has
 * concluded it is not inside Teams, Outlook or the Microsoft 365 app.
 */
export function OutsideTeams(props: { reason: Outside | 'slow'; theme: Theme; previewUrl?: string }) {
  const reason = props.reason;
  return (
    <FluentProvider theme={props.theme}>
      <aside aria-label="Connection to Teams" style={{ padding: '12px 12px 0' }}>
        <MessageBar intent={reason === 'slow' ? 'info' : 'warning'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{reason === 'slow' ? 'Waiting for Teams' : 'Not inside Teams'}</MessageBarTitle>
            {reason === 'slow' ? (
              <>
                Teams has not answered yet: on a busy computer or a virtual desktop this can take a while. You can fill in a request
                meanwhile; Open in Outlook and copying work without Teams.
              </>
            ) : (
              <>
                {reasons[reason]} NAS Assistant&apos;s tab works in Teams, in Outlook&apos;s app bar and in the Microsoft 365 app. The
                requests below still work: use Open in Outlook or copy them.
              </>
            )}
            {props.previewUrl && (
              <>
                {' '}
                To try it without them, <Link href={props.previewUrl}>open the preview</Link>.
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      </aside>
    </FluentProvider>
  );
}
