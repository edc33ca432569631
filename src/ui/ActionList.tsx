import { useEffect, useRef } from 'react';
import { createFocusOutlineStyle, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { groupTitles, type KindSummary } from '../domain/kindIndex';
import type { Detection } from '../domain/detectMailbox';
import type { KindGroup } from '../domain/requestKind';
import { notFittingReason, routeLabel } from './applicability';

const useStyles = makeStyles({
  groups: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalM },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalXS}` },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // Native buttons styled with Fluent's tokens: 23 full Fluent Buttons cost start-up time on old PCs.
  action: {
    width: '100%',
    textAlign: 'start',
    minHeight: '44px',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorSubtleBackground,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
    '@media (forced-colors: active)': { border: '1px solid ButtonText' },
    ...createFocusOutlineStyle(),
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  reason: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  badge: {
    ...typographyStyles.caption2Strong,
    marginInlineStart: tokens.spacingHorizontalXS,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    color: tokens.colorBrandForeground2,
    backgroundColor: tokens.colorBrandBackground2,
    whiteSpace: 'nowrap',
  },
});

const groupOrder: readonly KindGroup[] = ['people', 'accounts', 'site', 'help'];

export function ActionList(props: {
  kinds: readonly KindSummary[];
  detection: Detection;
  onOpen: (kind: KindSummary) => void;
  focusKind?: string;
}) {
  const styles = useStyles();
  const list = useRef<HTMLDivElement>(null);
  // Coming back from a request, keyboard focus returns to the action that was opened.
  useEffect(() => {
    if (props.focusKind) list.current?.querySelector<HTMLElement>(`[data-kind="${props.focusKind}"]`)?.focus();
  }, [props.focusKind]);
  return (
    <div className={styles.groups} ref={list}>
      {groupOrder.map((group) => (
        <section key={group} aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`} className={styles.heading}>
            {groupTitles[group]}
          </h2>
          <ul className={styles.list}>
            {props.kinds
              .filter((k) => k.group === group)
              .map((kind) => {
                const reason = notFittingReason(kind, props.detection);
                const route = routeLabel(kind);
                return (
                  <li key={kind.id}>
                    <button
                      type="button"
                      className={styles.action}
                      onClick={() => props.onOpen(kind)}
                      data-kind={kind.id}
                      aria-describedby={reason ? `why-${kind.id}` : undefined}
                    >
                      <span className={styles.title}>
                        {kind.title}
                        {route && <span className={styles.badge}>{route}</span>}
                      </span>
                      {reason && (
                        <span id={`why-${kind.id}`} className={styles.reason}>
                          {reason}
                        </span>
                      )}
                    </button>
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </div>
  );
}
