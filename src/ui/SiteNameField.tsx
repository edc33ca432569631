// "Site name not known": the display name on the mail could not be trusted, so the user can type
// the site's name once for this mailbox; requests use it from then on.

import { useState } from 'react';
import { Button, Field, Input, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { SharedMailbox } from '../domain/mailboxIdentity';
import type { KeyValueStore } from '../office/host';
import { checkSiteName, rememberSiteName, useKnownSite } from './siteNames';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  caption: { ...typographyStyles.caption1 },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
});

export function SiteNameField(props: { storage: KeyValueStore; site: SharedMailbox }) {
  const styles = useStyles();
  const known = useKnownSite(props.storage, props.site);
  const [editing, setEditing] = useState(false);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string>();
  // The display name gave a trusted name: nothing to ask.
  if (props.site.siteName) return null;
  const typedName = known?.siteName;

  if (!editing) {
    return (
      <div className={styles.row}>
        <span className={styles.caption}>{typedName ? `Site name: ${typedName} (as you entered it).` : 'Site name not known.'}</span>
        <Button
          appearance="transparent"
          size="small"
          onClick={() => {
            setTyped(typedName ?? '');
            setEditing(true);
          }}
        >
          {typedName ? 'Change the site name' : 'Enter the site name'}
        </Button>
      </div>
    );
  }
  const save = () => {
    const checked = checkSiteName(typed);
    if ('problem' in checked) return setProblem(checked.problem);
    rememberSiteName(props.storage, props.site.address, checked.name);
    setProblem(undefined);
    setEditing(false);
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
        <Button size="small" onClick={() => setEditing(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
