import { makeStyles, tokens } from '@fluentui/react-components';
import type { NoticeProps } from '../lazy/Notice';
import { useEffect } from 'react';
import { prefetchScreens, useLazyScreens } from './useLazyScreens';

const useStyles = makeStyles({
  plain: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * A notice whose words show at once; the styled MessageBar replaces them when it has loaded. It is
 * fetched once the pane is idle, not during the first screen's effects: starting a chunk's import
 * there put about 13 ms (at 4x CPU throttling) before the tab's ready mark.
 */
export function LazyNotice(props: NoticeProps) {
  const styles = useStyles();
  const screens = useLazyScreens(false);
  useEffect(() => {
    if (!screens) prefetchScreens();
  }, [screens]);
  if (screens) return <screens.Notice {...props} />;
  return (
    <div className={styles.plain} data-intent={props.intent}>
      {props.title && <div className={styles.title}>{props.title}</div>}
      {props.children}
      {props.actions}
    </div>
  );
}
