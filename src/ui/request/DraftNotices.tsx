// What the form says about its saved answers: restored from earlier, or changed in another window.

import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { DraftState } from '../useDraft';

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
