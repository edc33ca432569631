// "Site name not known": the display name on the mail could not be trusted, so the user can type
// the site's name once for this mailbox; requests use it from then on.

import { useEffect, useRef, useState } from 'react';
import { Button, tokens } from '@fluentui/react-components';
import type { SharedMailbox } from '../../../domain/mailboxIdentity';
import type { KeyValueStore } from '../../../office/host';
import { useKnownSite } from './siteNames';
import SiteNameEditor from './SiteNameEditor';

const row = { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS } as const;
const caption = { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 };

export function SiteNameField(props: { storage: KeyValueStore; site: SharedMailbox }) {
  const known = useKnownSite(props.storage, props.site);
  const [editing, setEditing] = useState(false);
  // Closing the editor (saved, Cancel or Escape) puts focus back on the button that opened it.
  const button = useRef<HTMLButtonElement>(null);
  const returning = useRef(false);
  useEffect(() => {
    if (editing || !returning.current) return;
    returning.current = false;
    button.current?.focus();
  }, [editing]);
  const done = () => {
    returning.current = true;
    setEditing(false);
  };
  // The display name gave a trusted name: nothing to ask.
  if (props.site.siteName) return null;
  const typedName = known?.siteName;

  if (!editing) {
    return (
      <div style={row}>
        <span style={caption}>{typedName ? `Site name: ${typedName} (as you entered it).` : 'Site name not known.'}</span>
        <Button ref={button} appearance="transparent" size="small" onClick={() => setEditing(true)}>
          {typedName ? 'Change the site name' : 'Enter the site name'}
        </Button>
      </div>
    );
  }
  return (
    <div
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        done();
      }}
    >
      <Editor site={props.site} storage={props.storage} initial={typedName ?? ''} onDone={done} />
    </div>
  );
}

/** The editor comes with the form, in the screens chunk: the first bundle carries no text input. */
function Editor(props: { storage: KeyValueStore; site: SharedMailbox; initial: string; onDone: () => void }) {
  return <SiteNameEditor {...props} />;
}
