// "About this email": when the selected message is one the pane recognises (a NAS reply, a NAS
// question, an NHSmail account notice, a colleague leaving or joining), a card above the requests
// says what it is and offers the one or two requests that answer it. Nothing when none matches.

import { Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { Host } from '../../office/host';
import type { KindId } from '../../domain/kindIndex';
import type { Prefill } from '../../domain/recognisers/recognisers';
import { useOpenEmail } from './useOpenEmail';

const useStyles = makeStyles({
  card: {
    margin: `0 ${tokens.spacingHorizontalM}`,
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    overflowWrap: 'anywhere',
    '@media (forced-colors: active)': { border: '1px solid CanvasText' },
  },
  heading: { ...typographyStyles.caption1Strong, margin: 0, color: tokens.colorNeutralForeground2 },
  title: { ...typographyStyles.body1Strong, margin: 0 },
  line: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function AboutThisEmail(props: {
  host: Host;
  enabled: boolean;
  onOpen: (kindId: KindId, values?: Prefill) => void;
  now?: () => Date;
}) {
  const styles = useStyles();
  const found = useOpenEmail(props.host, props.enabled, props.now);
  if (!found) return null;
  return (
    <section className={styles.card} aria-labelledby="about-this-email" data-recogniser={found.recogniser}>
      <h2 id="about-this-email" className={styles.heading}>
        About this email
      </h2>
      <p className={styles.title}>{found.title}</p>
      {found.lines.map((line) => (
        <p key={line} className={styles.line}>
          {line}
        </p>
      ))}
      {found.suggestions.length > 0 && (
        <div className={styles.actions}>
          {found.suggestions.map((s, i) => (
            <Button key={s.kindId} appearance={i === 0 ? 'primary' : 'secondary'} onClick={() => props.onOpen(s.kindId, s.values)}>
              {s.label}
            </Button>
          ))}
        </div>
      )}
    </section>
  );
}
