import { useState } from 'react';
import { Button, Caption1, Input, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { sourceLabels, typedMailboxAddress, type Detection } from '../domain/detectMailbox';
import { identifyMailbox, siteLabel } from '../domain/mailboxIdentity';
import { orgTypes, type OrgType } from '../domain/ods';
import type { HostSnapshot } from '../office/host';

const useStyles = makeStyles({
  banner: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  site: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, overflowWrap: 'anywhere' },
  line: { overflowWrap: 'anywhere' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  picker: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function MailboxBanner(props: { detection: Detection; snapshot: HostSnapshot; remembered: string[]; onChoose: (address: string) => void }) {
  const { detection, snapshot } = props;
  const styles = useStyles();
  const [picking, setPicking] = useState(false);
  const site = detection.site;
  const where = detection.source ? sourceLabels[detection.source] : undefined;
  return (
    <section className={styles.banner} aria-label="Mailbox">
      {site ? (
        <>
          <Text as="h1" className={styles.site}>
            {siteLabel(site) ?? 'Shared mailbox'}
          </Text>
          <Text className={styles.line}>
            {site.address} · ODS {site.odsCode}
          </Text>
          <div className={styles.row}>
            <Caption1>Found from {where}.</Caption1>
            <Button appearance="transparent" size="small" onClick={() => setPicking((p) => !p)} aria-expanded={picking}>
              Not this mailbox?
            </Button>
          </div>
          {site.warnings.map((w) => (
            <MessageBar key={w} intent="warning">
              <MessageBarBody>{w}</MessageBarBody>
            </MessageBar>
          ))}
        </>
      ) : (
        <>
          <Text as="h1" className={styles.site}>
            {detection.inUse.kind === 'personal' ? 'Your own mailbox' : 'Mailbox not recognised'}
          </Text>
          <Text className={styles.line}>{detection.inUse.address || snapshot.user.address || 'Outlook did not say which mailbox is open.'}</Text>
          <div className={styles.row}>
            <Button appearance="transparent" size="small" onClick={() => setPicking((p) => !p)} aria-expanded={picking}>
              Enter your shared mailbox
            </Button>
          </div>
        </>
      )}
      {snapshot.refused.length > 0 && (
        <details>
          <summary>
            <Caption1>How was this found?</Caption1>
          </summary>
          <ul>
            {snapshot.refused.map((r) => (
              <li key={r.source}>
                <Caption1>
                  {sourceLabels[r.source]}: {r.reason}
                </Caption1>
              </li>
            ))}
          </ul>
        </details>
      )}
      {picking && (
        <MailboxPicker
          remembered={props.remembered}
          onChoose={(address) => {
            props.onChoose(address);
            setPicking(false);
          }}
          onCancel={() => setPicking(false)}
        />
      )}
    </section>
  );
}

function MailboxPicker(props: { remembered: string[]; onChoose: (address: string) => void; onCancel: () => void }) {
  const styles = useStyles();
  const [text, setText] = useState('');
  const [orgType, setOrgType] = useState<OrgType>('care');
  const [error, setError] = useState<string>();
  const submit = () => {
    const address = typedMailboxAddress(text, orgType);
    const identity = identifyMailbox(address);
    if (!text.trim()) setError('Enter the shared mailbox address or your ODS code');
    else if (identity.kind !== 'shared') setError(`${address} is not a shared mailbox address. It looks like care.VN6C2@nhs.net, or enter just the ODS code.`);
    else {
      setError(undefined);
      props.onChoose(identity.address);
    }
  };
  return (
    <form
      className={styles.picker}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      aria-label="Choose the shared mailbox"
    >
      <Field label="Shared mailbox address or ODS code" hint="For example care.vn6c2@nhs.net or VN6C2" validationMessage={error} validationState={error ? 'error' : 'none'}>
        <Input value={text} onChange={(_, d) => setText(d.value)} autoComplete="off" />
      </Field>
      {!text.includes('@') && (
        <Field label="Type of site">
          <RadioGroup value={orgType} onChange={(_, d) => setOrgType(d.value as OrgType)} layout="horizontal">
            {orgTypes.map((t) => (
              <Radio key={t} value={t} label={t[0]!.toUpperCase() + t.slice(1)} />
            ))}
          </RadioGroup>
        </Field>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit">
          Use this mailbox
        </Button>
        <Button onClick={props.onCancel}>Cancel</Button>
      </div>
      {props.remembered.length > 0 && (
        <div className={styles.actions} role="group" aria-label="Mailboxes you used before">
          {props.remembered.map((a) => (
            <Button key={a} size="small" onClick={() => props.onChoose(a)}>
              {a}
            </Button>
          ))}
        </div>
      )}
    </form>
  );
}
