// The top of every screen after the first: the way back, then the screen's title, which takes focus
// when the screen opens so a screen reader starts there and nobody is left on a button that has gone.
import { Button, makeStyles } from '@fluentui/react-components';
import { useFocusOnMount } from './useFocusOnMount';
import { screenTitle } from './screenStyles';

const useStyles = makeStyles({ title: screenTitle });

export function ScreenTop(props: { title: string; onBack: () => void }) {
  const styles = useStyles();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <>
      <div>
        <Button appearance="subtle" onClick={props.onBack}>
          ← All requests
        </Button>
      </div>
      <h2 className={styles.title} ref={heading} tabIndex={-1}>
        {props.title}
      </h2>
    </>
  );
}
