import { makeStyles, tokens } from '@fluentui/react-components';
import type { NoticeProps } from './Notice';
import { useLazyScreens } from './useLazyScreens';

const useStyles = makeStyles({
  plain: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
});

/** A notice whose words show at once; the styled MessageBar replaces them when it has loaded. */
export function LazyNotice(props: NoticeProps) {
  const styles = useStyles();
  const screens = useLazyScreens();
  if (screens) return <screens.Notice {...props} />;
  return (
    <div className={styles.plain} data-intent={props.intent}>
      {props.title && <div className={styles.title}>{props.title}</div>}
      {props.children}
      {props.actions}
    </div>
  );
}
