// One question and its answer, as a disclosure: the question opens it (click, Enter or Space),
// Escape closes it again from anywhere inside; the answer's requests are buttons under it.
// Used by the search results and the questions screen (lazy, with both).

import { useState, type KeyboardEvent } from 'react';
import { Button, createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChevronRightRegular } from '@fluentui/react-icons';
import type { FaqEntry } from '../../../domain/faq';
import { kindIndex, type KindId } from '../../../domain/kindIndex';
import { linkify } from '../linkify';

const useStyles = makeStyles({
  entry: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    '@media (forced-colors: active)': { border: '1px solid CanvasText' },
  },
  question: {
    position: 'relative',
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    cursor: 'pointer',
    listStyle: 'none',
    fontWeight: tokens.fontWeightSemibold,
    minHeight: '44px',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    '::-webkit-details-marker': { display: 'none' },
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ...createFocusOutlineStyle(),
  },
  chevron: {
    flexShrink: 0,
    fontSize: '20px',
    marginTop: '1px',
    color: tokens.colorNeutralForeground2,
    transitionProperty: 'transform',
    transitionDuration: tokens.durationFaster,
    '@media (prefers-reduced-motion: reduce)': { transitionDuration: '0.01ms' },
  },
  chevronOpen: { transform: 'rotate(90deg)' },
  text: { margin: 0 },
  answer: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM} calc(${tokens.spacingHorizontalM} + 28px)`,
    margin: 0,
  },
  links: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
});

/** Escape inside an open disclosure closes it and puts focus back on its summary. */
export function closeOnEscape(event: KeyboardEvent<HTMLDetailsElement>) {
  const details = event.currentTarget;
  if (event.key !== 'Escape' || !details.open) return;
  event.stopPropagation();
  details.open = false;
  details.querySelector('summary')?.focus();
}

export function AnswerItem(props: { entry: FaqEntry; open?: boolean; onOpenKind: (id: string) => void }) {
  const styles = useStyles();
  const { entry } = props;
  const [open, setOpen] = useState(Boolean(props.open));
  return (
    <details
      className={styles.entry}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      onKeyDown={closeOnEscape}
      data-answer={entry.id}
    >
      <summary className={styles.question}>
        <ChevronRightRegular className={mergeClasses(styles.chevron, open && styles.chevronOpen)} aria-hidden="true" />
        <span>{entry.question}</span>
      </summary>
      <div className={styles.answer}>
        <p className={styles.text}>{linkify(entry.answer)}</p>
        {entry.actions.length > 0 && (
          <div className={styles.links}>
            {entry.actions.map((id) => (
              <Button key={id} size="small" appearance="primary" onClick={() => props.onOpenKind(id)}>
                {kindIndex[id as KindId]?.title ?? id}
              </Button>
            ))}
          </div>
        )}
      </div>
    </details>
  );
}
