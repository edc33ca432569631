// What shows while a screen's code loads, and what shows when it could not load: the reason, a
// way to try again, and the way back to the list.

import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useLazyScreensFailure } from './useLazyScreens';

const useStyles = makeStyles({
  pad: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  plain: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** `what`: "the form", "the questions". */
export function ScreenLoading(props: { what: string; onBack: () => void }) {
  const styles = useStyles();
  const { failed, retry } = useLazyScreensFailure();
  if (!failed) {
    return (
      <p className={styles.pad} role="status">
        Loading {props.what}…
      </p>
    );
  }
  // The styled notice is part of the code that did not load, so this one is plain.
  return (
    <div className={styles.pad}>
      <div className={styles.plain} role="alert">
        <strong>{props.what[0]!.toUpperCase() + props.what.slice(1)} could not load.</strong>
        <span>The connection may have dropped, or the add-in was updated while the pane was open. Anything you typed earlier is kept.</span>
        <div className={styles.actions}>
          <Button appearance="primary" onClick={retry}>
            Try again
          </Button>
          <Button onClick={props.onBack}>← All requests</Button>
        </div>
      </div>
    </div>
  );
}
