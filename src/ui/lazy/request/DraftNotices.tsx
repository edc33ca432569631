// What the form says about its saved answers: restored from earlier, or changed in another window.

import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { DraftState } from '../drafts/useDraft';

/** What happened in the other pane, and that nothing typed here was lost. */
export const keptWords = {
  sent: 'Another Outlook window has just sent this request for this site. What you typed here is kept and saved: check it is not the same request before you send it too.',
  cleared: 'These answers were cleared in another Outlook window. What you typed here is kept and saved.',
} as const;

/** `onSettled`: the user chose which answers to keep; the notice (and its buttons) goes, so focus moves to the form. */
export function DraftNotices(props: { draft: DraftState; onStartAgain: () => void; onSettled?: () => void }) {
  const { draft } = props;
  return (
    <>
      {draft.elsewhere && (
        <MessageBar intent="warning" layout="multiline" role="status">
          <MessageBarBody>
            These answers were changed in another Outlook window. Load them here, or keep what is on this screen?
          </MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              onClick={() => {
                draft.loadElsewhere();
                props.onSettled?.();
              }}
            >
              Load the other answers
            </Button>
            <Button
              size="small"
              onClick={() => {
                draft.keepMine();
                props.onSettled?.();
              }}
            >
              Keep mine
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {draft.keptFromElsewhere && (
        <MessageBar intent="info" layout="multiline" role="status">
          <MessageBarBody>{keptWords[draft.keptFromElsewhere]}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={draft.dismissKept}>
              OK
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {draft.restored && (
        <MessageBar intent="info">
          <MessageBarBody>Your earlier answers were restored.</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={props.onStartAgain}>
              Start again
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
