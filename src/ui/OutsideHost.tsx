import { FluentProvider, Link, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from '@fluentui/react-components';

/** The host-specific words of the page shown when an entry point is opened outside its host. */
export interface OutsideWords {
  title: string;
  /** Why the host was not found. */
  reason: string;
  /** Where the add-in does work. */
  worksIn: string;
  /** What the preview link stands in for ("Outlook", "them"). */
  without: string;
}

/** Shown when an entry page finds no host (opened in a browser, or the host never answered). */
export function OutsideHost(props: OutsideWords & { previewUrl?: string }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }} aria-label="NAS Assistant">
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{props.title}</MessageBarTitle>
            {props.reason} {props.worksIn}
            {props.previewUrl && (
              <>
                {' '}
                To try it without {props.without}, <Link href={props.previewUrl}>open the preview</Link>.
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
