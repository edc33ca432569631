// The site name, typed once per shared mailbox (see SiteNameField): loaded with the lazy screens.

import { useState } from 'react';
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { SharedMailbox } from '../../../domain/mailboxIdentity';
import type { KeyValueStore } from '../../../office/host';
import { checkSiteName, rememberSiteName } from './siteNameEditing';
import { useFocusOnMount } from '../useFocusOnMount';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});

export default function SiteNameEditor(props: { storage: KeyValueStore; site: SharedMailbox; initial: string; onDone: () => void }) {
  const styles = useStyles();
  const [typed, setTyped] = useState(props.initial);
  const [problem, setProblem] = useState<string>();
  // The button that opened the editor has gone: focus goes to the box, not the page.
  const box = useFocusOnMount<HTMLInputElement>();
  const save = () => {
    const checked = checkSiteName(typed);
    if ('problem' in checked) return setProblem(checked.problem);
    rememberSiteName(props.storage, props.site.address, checked.name);
    props.onDone();
  };
  return (
    // Not a <form>: it sits inside the request's form, and forms do not nest.
    <div className={styles.form} role="group" aria-label="The site’s name">
      <Field
        label="Site name"
        hint={`As NAS knows it, for ${props.site.address}`}
        validationMessage={problem}
        validationState={problem ? 'error' : 'none'}
      >
        <Input
          ref={box}
          value={typed}
          onChange={(_, d) => setTyped(d.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            save();
          }}
          autoComplete="off"
        />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" size="small" onClick={save}>
          Save the site name
        </Button>
        <Button size="small" onClick={props.onDone}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
