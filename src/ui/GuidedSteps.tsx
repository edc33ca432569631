import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { GuidedKind } from '../domain/requestKind';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalS} 0 0` },
  phone: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** Phone and self-service cases: steps and a "have this ready" checklist instead of a form. */
export function GuidedSteps(props: { kind: GuidedKind }) {
  const styles = useStyles();
  const { kind } = props;
  return (
    <div className={styles.box}>
      {kind.phone && (
        <Text>
          {kind.route === 'phone' ? 'Phone, do not email: ' : 'If self-service does not work, phone '}
          <Link className={styles.phone} href={`tel:${kind.phone.tel}`}>
            {kind.phone.display}
          </Link>{' '}
          ({kind.phone.menu})
        </Text>
      )}
      <h3 className={styles.heading}>Have this ready</h3>
      <ul className={styles.list}>
        {kind.haveReady.map((item) => (
          <li key={item}>
            <Text>{item}</Text>
          </li>
        ))}
      </ul>
      <h3 className={styles.heading}>What to do</h3>
      <ol className={styles.list}>
        {kind.steps.map((step) => (
          <li key={step}>
            <Text>{step}</Text>
          </li>
        ))}
      </ol>
    </div>
  );
}
