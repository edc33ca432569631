import type { TeamsStart } from '../office/teamsHost';
import { OutsideHost } from './OutsideHost';

const reasons: Record<Extract<TeamsStart, { state: 'outside' }>['reason'], string> = {
  'not-teams': 'This page is open outside Teams and the Microsoft 365 app.',
  timeout: 'Teams did not answer in time.',
};

const words = {
  title: 'Not inside Teams',
  worksIn: "NAS Assistant's tab works in Teams, in Outlook's app bar and in the Microsoft 365 app.",
  without: 'them',
};

/** Shown when the tab page is opened in a browser, or framed by something that is not a Microsoft 365 host. */
export function OutsideTeams(props: { reason: keyof typeof reasons; previewUrl?: string }) {
  return <OutsideHost {...words} reason={reasons[props.reason]} previewUrl={props.previewUrl} />;
}
