// The From warning's words and steps, drawn with the notice its caller gives: the first screen's
// FromBar passes the notice that loads the styled one later, the done screen (inside the screens
// chunk) passes the styled one itself, so nothing in the chunk calls back through its loader.

import type { ComponentType } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { NoticeProps } from '../lazy/Notice';
import { FromHowTo } from './FromHowTo';
import type { SenderCheck } from './senderCheck';
import { fromWarning } from './senderWording';

const useStyles = makeStyles({
  text: { margin: `${tokens.spacingVerticalXS} 0` },
});

export function FromWarning({ check, Notice }: { check: SenderCheck; Notice: ComponentType<NoticeProps> }) {
  const styles = useStyles();
  const words = fromWarning(check);
  if (!words) return null;
  return (
    <Notice intent="warning" title={words.title}>
      <p className={styles.text}>{words.lead}</p>
      <FromHowTo address={words.pick} />
    </Notice>
  );
}
