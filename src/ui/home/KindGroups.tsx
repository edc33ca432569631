// Every other request, in the groups a manager thinks in, each a native disclosure (<details>):
// closed at first so the home screen stays short, opened with a click, Enter or Space on its
// summary, closed again the same way or with Escape from anywhere inside it. Native rather than
// Fluent's Accordion: nothing more to download before the first screen.

import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { ChevronRightRegular } from '@fluentui/react-icons';
import { groupTitles, type KindSummary } from '../../domain/kindIndex';
import type { KindGroup } from '../../domain/requestKind';

export const groupOrder: readonly KindGroup[] = ['people', 'accounts', 'site', 'help'];

const useStyles = makeStyles({
  groups: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  details: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    '@media (forced-colors: active)': { border: '1px solid CanvasText' },
  },
  summary: {
    position: 'relative',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minHeight: '44px',
    padding: `0 ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    listStyle: 'none',
    fontWeight: tokens.fontWeightSemibold,
    '::-webkit-details-marker': { display: 'none' },
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ...createFocusOutlineStyle(),
  },
  chevron: {
    flexShrink: 0,
    fontSize: '20px',
    color: tokens.colorNeutralForeground2,
    transitionProperty: 'transform',
    transitionDuration: tokens.durationFaster,
    '@media (prefers-reduced-motion: reduce)': { transitionDuration: '0.01ms' },
  },
  chevronOpen: { transform: 'rotate(90deg)' },
  groupTitle: { flexGrow: 1 },
  count: {
    ...typographyStyles.caption1Strong,
    minWidth: '20px',
    textAlign: 'center',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
  },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

export function KindGroups(props: {
  kinds: readonly KindSummary[];
  open: ReadonlySet<KindGroup>;
  onToggle: (group: KindGroup, open: boolean) => void;
  renderKind: (kind: KindSummary) => ReactNode;
}) {
  const styles = useStyles();
  return (
    <div className={styles.groups}>
      {groupOrder.map((group) => {
        const kinds = props.kinds.filter((k) => k.group === group);
        if (kinds.length === 0) return null;
        return (
          <Group
            key={group}
            group={group}
            count={kinds.length}
            open={props.open.has(group)}
            onToggle={(open) => props.onToggle(group, open)}
            styles={styles}
          >
            <ul className={styles.list}>
              {kinds.map((kind) => (
                <li key={kind.id}>{props.renderKind(kind)}</li>
              ))}
            </ul>
          </Group>
        );
      })}
    </div>
  );
}

function Group(props: {
  group: KindGroup;
  count: number;
  open: boolean;
  onToggle: (open: boolean) => void;
  styles: ReturnType<typeof useStyles>;
  children: ReactNode;
}) {
  const { styles } = props;
  const summary = useRef<HTMLElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !props.open) return;
    event.stopPropagation();
    props.onToggle(false);
    summary.current?.focus();
  };
  return (
    <details
      className={styles.details}
      open={props.open}
      onToggle={(e) => {
        const open = e.currentTarget.open;
        if (open !== props.open) props.onToggle(open);
      }}
      onKeyDown={onKeyDown}
      data-group={props.group}
    >
      <summary ref={summary} className={styles.summary}>
        <ChevronRightRegular className={mergeClasses(styles.chevron, props.open && styles.chevronOpen)} aria-hidden="true" />
        <span className={styles.groupTitle}>{groupTitles[props.group]}</span>
        <span className={styles.count}>
          {props.count}
          <span className={styles.hidden}> requests</span>
        </span>
      </summary>
      {props.children}
    </details>
  );
}
