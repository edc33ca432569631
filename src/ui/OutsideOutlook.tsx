import type { OfficeStart } from '../office/officeReady';
import { OutsideHost } from './OutsideHost';

const reasons: Record<Extract<OfficeStart, { state: 'outside' }>['reason'], string> = {
  'no-script': 'Office could not be loaded (office.js did not load: the network or a policy may be blocking it).',
  'not-outlook': 'This page is open outside Outlook.',
  timeout: 'Outlook did not answer in time.',
};

const words = {
  title: 'Not inside Outlook',
  worksIn: 'NAS Assistant works as an Outlook add-in: open it from the ribbon in Outlook.',
  without: 'Outlook',
};

/** Shown when the task pane page is opened outside Outlook, or office.js never loads. */
export function OutsideOutlook(props: { reason: keyof typeof reasons; previewUrl?: string }) {
  return <OutsideHost {...words} reason={reasons[props.reason]} previewUrl={props.previewUrl} />;
}
