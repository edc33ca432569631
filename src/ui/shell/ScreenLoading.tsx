// While a screen's code loads: "Loading…"; when it could not load: say so, Try again, and the way
// back to the list. (Kept small: it is part of the first screen.)

import { Button } from '@fluentui/react-components';
import { LazyNotice } from './LazyNotice';
import { useLazyScreensFailure } from './useLazyScreens';

/** `what`: "The form", "The questions". */
export function ScreenLoading(props: { what: string; onBack: () => void }) {
  const { failed, retry } = useLazyScreensFailure();
  return (
    <div style={{ padding: 12 }} role={failed ? 'alert' : 'status'}>
      {failed ? (
        <LazyNotice
          intent="error"
          title={`${props.what} could not load.`}
          actions={
            <>
              <Button onClick={retry}>Try again</Button> <Button onClick={props.onBack}>← All requests</Button>
            </>
          }
        >
          The connection may have dropped. Anything you typed is kept.
        </LazyNotice>
      ) : (
        `Loading ${props.what.toLowerCase()}…`
      )}
    </div>
  );
}
