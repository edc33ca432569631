// One request as a button: a card on the home screen for the common four, a row in the groups and
// in search results. Native <button>s styled with Fluent's tokens (two dozen Fluent Buttons cost
// start-up time on old PCs). `position: relative` lets Fluent's focus outline (drawn on ::after)
// sit on the button itself: without it the ring was drawn around the whole pane or not at all.

import type { ReactNode } from 'react';
import { makeResetStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { ChevronGlyph } from './glyphs';
import type { KindSummary } from '../../../domain/kindIndex';
import { routeLabel } from '../applicability';

// One class per button (makeResetStyles), its parts styled through data-part: atomic classes for
// every property cost three times the bytes, and these render on the first screen.
const useButtonClass = makeResetStyles({
  position: 'relative',
  boxSizing: 'border-box',
  width: '100%',
  display: 'flex',
  alignItems: 'center',
  gap: tokens.spacingHorizontalM,
  textAlign: 'start',
  minHeight: '48px',
  paddingBlock: tokens.spacingVerticalS,
  paddingInline: `${tokens.spacingHorizontalM} ${tokens.spacingHorizontalS}`,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  lineHeight: tokens.lineHeightBase300,
  cursor: 'pointer',
  ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover, borderColor: tokens.colorNeutralStroke1Hover },
  ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
  '@media (forced-colors: active)': { border: '1px solid ButtonText' },
  ':focus': { outlineStyle: 'none' },
  ':focus-visible': { outlineStyle: 'none' },
  // Fluent's focus outline (createFocusOutlineStyle), written with logical sides so that one rule
  // serves both directions; \`position: relative\` above puts it on the button, not the pane.
  '&[data-fui-focus-visible]': { borderColor: 'transparent' },
  '&[data-fui-focus-visible]::after': {
    content: '""',
    position: 'absolute',
    pointerEvents: 'none',
    zIndex: 1,
    border: `2px solid ${tokens.colorStrokeFocus2}`,
    borderRadius: tokens.borderRadiusMedium,
    inset: '-2px',
  },
  '&[data-card]': {
    minHeight: '64px',
    paddingBlock: tokens.spacingVerticalM,
    boxShadow: tokens.shadow2,
  },
  '&[data-card]:hover': { boxShadow: tokens.shadow4 },
  '& [data-part="icon"]': {
    flexShrink: 0,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '32px',
    height: '32px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontSize: '20px',
  },
  '&[data-card] [data-part="icon"]': { width: '40px', height: '40px', fontSize: '24px' },
  '& [data-part="body"]': { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  '& [data-part="title"]': { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  '& [data-part="hint"]': { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  '& [data-part="badge"]': {
    ...typographyStyles.caption1Strong,
    alignSelf: 'flex-start',
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    color: tokens.colorBrandForeground2,
    backgroundColor: tokens.colorBrandBackground2,
    whiteSpace: 'nowrap',
  },
  '& [data-part="chevron"]': { flexShrink: 0, fontSize: '20px', color: tokens.colorNeutralForeground3 },
});

export function RequestButton(props: {
  kind: KindSummary;
  onOpen: (kind: KindSummary) => void;
  /** The request's icon; until the lazy icons load, an empty square of the same size. */
  icon?: ReactNode;
  card?: boolean;
  /** A line under the name. */
  hint?: string;
  /** Why this request does not fit the mailbox in use, when only this request has that reason. */
  reason?: string;
  /** The id of a note shown once for several requests. */
  describedBy?: string;
}) {
  const className = useButtonClass();
  const { kind } = props;
  const route = routeLabel(kind);
  return (
    <button
      type="button"
      className={className}
      data-card={props.card ? '' : undefined}
      onClick={() => props.onOpen(kind)}
      data-kind={kind.id}
      // The name is everything the button shows (WCAG 2.5.3); a note said once elsewhere describes it.
      aria-describedby={props.describedBy}
    >
      <span data-part="icon" aria-hidden="true">
        {props.icon}
      </span>
      <span data-part="body">
        <span data-part="title">{kind.title}</span>
        {props.hint && <span data-part="hint">{props.hint}</span>}
        {route && <span data-part="badge">{route}</span>}
        {props.reason && <span data-part="hint">{props.reason}</span>}
      </span>
      <ChevronGlyph />
    </button>
  );
}
