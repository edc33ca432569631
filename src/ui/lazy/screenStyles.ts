import { tokens } from '@fluentui/react-components';

/**
 * Focus moved to something that is not a control (a heading, a message) shows the same ring as a
 * control when the keyboard is in use (`:focus-visible`), and none after a mouse click.
 */
export const focusRing = {
  ':focus': { outline: 'none' },
  ':focus-visible': {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: tokens.strokeWidthThick,
    borderRadius: tokens.borderRadiusSmall,
  },
} as const;

/** Every screen after the first: a column with the pane's spacing. */
export const screenLayout = {
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalM,
  padding: tokens.spacingHorizontalM,
} as const;

/** A screen's title, focused when the screen opens (for screen readers), with the keyboard ring. */
export const screenTitle = {
  fontSize: tokens.fontSizeBase500,
  lineHeight: tokens.lineHeightBase500,
  fontWeight: tokens.fontWeightSemibold,
  margin: 0,
  ...focusRing,
} as const;
