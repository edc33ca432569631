// The way into Diagnostics from the pane (and the preview). The view itself loads on first use.
import { lazy, Suspense, useState } from 'react';
import { Button } from '@fluentui/react-components';
import type { Host, HostSnapshot } from '../../office/host';

const Diagnostics = lazy(() => import('../diagnostics/Diagnostics'));

export function DiagnosticsButton(props: { host: Host; snapshot?: HostSnapshot; className?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        className={props.className}
        appearance="subtle"
        aria-expanded={open}
        aria-controls={open ? 'nas-diagnostics' : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        Diagnostics
      </Button>
      {open && (
        <div id="nas-diagnostics">
          <Suspense fallback={<p role="status">Loading diagnostics…</p>}>
            <Diagnostics host={props.host} snapshot={props.snapshot} onClose={() => setOpen(false)} />
          </Suspense>
        </div>
      )}
    </>
  );
}
