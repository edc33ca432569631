// One request as a button: a card on the home screen for the common four, a row in the groups and
// in search results. Native <button>s styled with Fluent's tokens (two dozen Fluent Buttons cost
// start-up time on old PCs). `position: relative` lets Fluent's focus outline (drawn on ::after)
// sit on the button itself: without it the ring was drawn around the whole pane or not at all.

import { useId, type ReactNode } from 'react';
import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { ChevronRightRegular } from '@fluentui/react-icons';
import type { KindSummary } from '../../domain/kindIndex';
import { routeLabel } from '../applicability';

const useStyles = makeStyles({
  button: {
    position: 'relative',
    boxSizing: 'border-box',
    width: '100%',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    textAlign: 'start',
    minHeight: '48px',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: 'pointer',
    ':hover': {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1Hover}`,
    },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
    '@media (forced-colors: active)': { border: '1px solid ButtonText' },
    ...createFocusOutlineStyle(),
  },
  card: {
    minHeight: '64px',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    boxShadow: tokens.shadow2,
    ':hover': { boxShadow: tokens.shadow4 },
  },
  icon: {
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
  cardIcon: { width: '40px', height: '40px', fontSize: '24px' },
  body: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  hint: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  badge: {
    ...typographyStyles.caption1Strong,
    alignSelf: 'flex-start',
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    color: tokens.colorBrandForeground2,
    backgroundColor: tokens.colorBrandBackground2,
    whiteSpace: 'nowrap',
  },
  chevron: { flexShrink: 0, fontSize: '20px', color: tokens.colorNeutralForeground3 },
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
  const styles = useStyles();
  const { kind } = props;
  const route = routeLabel(kind);
  const uid = useId();
  const id = (part: string) => `${uid}${part}`;
  // The name is the request's own; the hint, badge and reasons describe it.
  const describedBy =
    [props.hint && id('hint'), route && id('route'), props.reason && id('why'), props.describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <button
      type="button"
      className={mergeClasses(styles.button, props.card && styles.card)}
      onClick={() => props.onOpen(kind)}
      data-kind={kind.id}
      aria-labelledby={id('name')}
      aria-describedby={describedBy}
    >
      <span className={mergeClasses(styles.icon, props.card && styles.cardIcon)} aria-hidden="true">
        {props.icon}
      </span>
      <span className={styles.body}>
        <span id={id('name')} className={styles.title}>
          {kind.title}
        </span>
        {props.hint && (
          <span id={id('hint')} className={styles.hint}>
            {props.hint}
          </span>
        )}
        {route && (
          <span id={id('route')} className={styles.badge}>
            {route}
          </span>
        )}
        {props.reason && (
          <span id={id('why')} className={styles.hint}>
            {props.reason}
          </span>
        )}
      </span>
      <ChevronRightRegular className={styles.chevron} aria-hidden="true" />
    </button>
  );
}
