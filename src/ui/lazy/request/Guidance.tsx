// A request's guidance, short: the first sentence of "when to use it", and *More about this
// request* to show the rest (what NAS needs, what happens next). Shown with the form only: the
// preview and the result do not repeat it. Escape closes it and leaves focus on the toggle.

import { useRef, useState } from 'react';
import { Button, makeStyles, tokens, useId } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import type { Explanation } from '../../../domain/requestKind';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
  lead: { margin: 0 },
  toggle: { marginInlineStart: `calc(-1 * ${tokens.spacingHorizontalS})`, fontWeight: tokens.fontWeightRegular },
  more: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    alignSelf: 'stretch',
  },
  term: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalXS },
  detail: { margin: 0 },
});

/** The first sentence, and the rest (empty when there is one sentence). */
export function leadSentence(text: string): { lead: string; rest: string } {
  const match = /^(.+?[.!?])\s+(?=[A-Z(‘'"])(.*)$/s.exec(text.trim());
  return match ? { lead: match[1]!, rest: match[2]! } : { lead: text.trim(), rest: '' };
}

export function RequestGuidance(props: { explanation: Explanation }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const id = useId('more-about');
  const { when, needs, next } = props.explanation;
  const { lead, rest } = leadSentence(when);
  return (
    <div
      className={styles.box}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
        toggle.current?.focus();
      }}
    >
      <p className={styles.lead}>{lead}</p>
      <Button
        ref={toggle}
        appearance="transparent"
        size="small"
        className={styles.toggle}
        icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        More about this request
      </Button>
      {open && (
        <dl id={id} className={styles.more}>
          {rest && (
            <>
              <dt className={styles.term}>When to use it</dt>
              <dd className={styles.detail}>{rest}</dd>
            </>
          )}
          <dt className={styles.term}>What NAS needs</dt>
          <dd className={styles.detail}>{needs}</dd>
          <dt className={styles.term}>What happens next</dt>
          <dd className={styles.detail}>{next}</dd>
        </dl>
      )}
    </div>
  );
}
