import { makeStyles, tokens } from '@fluentui/react-components';
import { focusRing, screenLayout } from '../screenStyles';

/** Layout shared by the stages of one request. */
export const useRequestStyles = makeStyles({
  screen: screenLayout,
  // A stage's own heading (the preview): smaller than the request's title.
  stageTitle: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
    ...focusRing,
  },
  focusTarget: focusRing,
  about: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  stack: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  preview: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    // A long email scrolls inside its box (it takes focus, so the keyboard can scroll it), so that
    // *Create email* stays within the first screenful of a 700 px pane.
    maxHeight: '300px',
    overflowY: 'auto',
  },
  body: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: tokens.fontFamilyBase, margin: 0 },
});
