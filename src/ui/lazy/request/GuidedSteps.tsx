import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { guidedStepsFor } from '../../../domain/guidance';
import type { OrgType } from '../../../domain/ods';
import type { DeploymentOptions } from '../../../domain/recipients';
import type { GuidedKind } from '../../../domain/requestKind';
import { linkify } from '../linkify';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalS} 0 0` },
  phone: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

/**
 * Phone and self-service cases: steps and a "have this ready" checklist instead of a form, written
 * for the sector of the mailbox in use (which phone to call from, or optometry's address); when the
 * sector is unknown they name every sector's route.
 */
export function GuidedSteps(props: { kind: GuidedKind; orgType?: OrgType; deployment?: DeploymentOptions }) {
  const styles = useStyles();
  // Optometry's address is NAS's: the one the deployment sends every request to.
  const content = guidedStepsFor(props.kind, props.orgType, props.deployment);
  return (
    <div className={styles.box}>
      {content.email ? (
        <Text>
          {content.lead}{' '}
          <Link className={styles.phone} href={`mailto:${content.email}`}>
            {content.email}
          </Link>
        </Text>
      ) : (
        content.phone && (
          <Text>
            {content.lead}{' '}
            <Link className={styles.phone} href={`tel:${content.phone.tel}`}>
              {content.phone.display}
            </Link>{' '}
            ({content.phone.menu})
          </Text>
        )
      )}
      <h3 className={styles.heading}>Have this ready</h3>
      <ul className={styles.list}>
        {content.haveReady.map((item) => (
          <li key={item}>
            <Text>{item}</Text>
          </li>
        ))}
      </ul>
      <h3 className={styles.heading}>What to do</h3>
      <ol className={styles.list}>
        {content.steps.map((step) => (
          <li key={step}>
            <Text>{linkify(step)}</Text>
          </li>
        ))}
      </ol>
    </div>
  );
}
