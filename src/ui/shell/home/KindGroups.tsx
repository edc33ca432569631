// Every other request, in the groups a manager thinks in, each a native disclosure (<details>):
// closed at first so the home screen stays short, opened with a click, Enter or Space on its
// summary, closed again the same way or with Escape from anywhere inside it. Native rather than
// Fluent's Accordion: nothing more to download before the first screen.

import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { makeResetStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { ChevronGlyph } from './glyphs';
import { groupTitles, type KindSummary } from '../../../domain/kindIndex';
import type { KindGroup } from '../../../domain/requestKind';

export const groupOrder: readonly KindGroup[] = ['people', 'accounts', 'site', 'help'];

// One class per group (makeResetStyles), its parts styled through data-part: cheaper in bytes
// than atomic classes, and this renders on the first screen.
const useGroupsClass = makeResetStyles({ display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS });
const useGroupClass = makeResetStyles({
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
  '@media (forced-colors: active)': { border: '1px solid CanvasText' },
  '& > summary': {
    position: 'relative',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minHeight: '44px',
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    listStyle: 'none',
    fontWeight: tokens.fontWeightSemibold,
  },
  '& > summary::-webkit-details-marker': { display: 'none' },
  '& > summary:hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  '& > summary:focus': { outlineStyle: 'none' },
  '& > summary:focus-visible': {
    outline: `2px solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: '-2px',
  },
  '& > summary > [data-part="chevron"]': {
    flexShrink: 0,
    fontSize: '20px',
    color: tokens.colorNeutralForeground2,
    transitionProperty: 'rotate',
    transitionDuration: tokens.durationFaster,
  },
  '&[open] > summary > [data-part="chevron"]': { rotate: '90deg' },
  '@media (prefers-reduced-motion: reduce)': { '& > summary > [data-part="chevron"]': { transitionDuration: '0.01ms' } },
  '& > summary > [data-part="title"]': { flexGrow: 1 },
  '& > summary > [data-part="count"]': {
    ...typographyStyles.caption1Strong,
    minWidth: '20px',
    textAlign: 'center',
    paddingInline: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
  },
  '& [data-part="hidden"]': {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  '& > ul': {
    listStyle: 'none',
    margin: 0,
    paddingInline: tokens.spacingHorizontalS,
    paddingBlock: `0 ${tokens.spacingVerticalS}`,
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
  const groupsClass = useGroupsClass();
  const groupClass = useGroupClass();
  return (
    <div className={groupsClass}>
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
            className={groupClass}
          >
            <ul>
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
  className: string;
  children: ReactNode;
}) {
  const summary = useRef<HTMLElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !props.open) return;
    event.stopPropagation();
    props.onToggle(false);
    summary.current?.focus();
  };
  return (
    <details
      className={props.className}
      open={props.open}
      onToggle={(e) => {
        const open = e.currentTarget.open;
        if (open !== props.open) props.onToggle(open);
      }}
      onKeyDown={onKeyDown}
      data-group={props.group}
    >
      <summary ref={summary}>
        <ChevronGlyph />
        <span data-part="title">{groupTitles[props.group]}</span>
        <span data-part="count">
          {props.count}
          <span data-part="hidden"> requests</span>
        </span>
      </summary>
      {props.children}
    </details>
  );
}
