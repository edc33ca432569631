import { FluentProvider, Link, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from '@fluentui/react-components';
import type { OfficeStart } from '../../office/officeReady';

const reasons: Record<Extract<OfficeStart, { state: 'outside' }>['reason'], string> = {
  'no-script': 'Office could not be loaded (office.js did not load: the network or a policy may be blocking it).',
  'not-outlook': 'This page is open outside Outlook.',
  timeout: 'Outlook did not answer in time.',
};

/** Shown when the task pane page is opened outside Outlook, or office.js never loads. */
export function OutsideOutlook(props: { reason: keyof typeof reasons; previewUrl?: string }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }} aria-label="NAS Assistant">
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Not inside Outlook</MessageBarTitle>
            {reasons[props.reason]} NAS Assistant works as an Outlook add-in: open it from the ribbon in Outlook.
            {props.previewUrl && (
              <>
                {' '}
                To try it without Outlook, <Link href={props.previewUrl}>open the preview</Link>.
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
