// The site name, typed once per shared mailbox (see SiteNameField): loaded with the lazy screens.

import { useState } from 'react';
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { SharedMailbox } from '../domain/mailboxIdentity';
import type { KeyValueStore } from '../office/host';
import { checkSiteName, rememberSiteName } from './siteNames';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});

export default function SiteNameEditor(props: { storage: KeyValueStore; site: SharedMailbox; initial: string; onDone: () => void }) {
  const styles = useStyles();
  const [typed, setTyped] = useState(props.initial);
  const [problem, setProblem] = useState<string>();
  const save = () => {
    const checked = checkSiteName(typed);
    if ('problem' in checked) return setProblem(checked.problem);
    rememberSiteName(props.storage, props.site.address, checked.name);
    props.onDone();
  };
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Field label="Site name" hint={`As NAS knows it, for ${props.site.address}`} validationMessage={problem} validationState={problem ? 'error' : 'none'}>
        <Input value={typed} onChange={(_, d) => setTyped(d.value)} autoComplete="off" />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" size="small" type="submit">
          Save the site name
        </Button>
        <Button size="small" onClick={props.onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
