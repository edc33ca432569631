// Exact web addresses that the domain defines for the seeds, shown as links wherever help text names
// them. The text stays React text (never HTML), so it is safe whatever it contains.

import type { ReactNode } from 'react';
import { Link } from '@fluentui/react-components';
import { nhsmailPortal } from '../../domain/recipients';

/** Only addresses the domain already defines; an add-in pane opens external pages in a new window. */
const knownLinks: readonly { address: string; href: string }[] = [nhsmailPortal];

/** The text with each known address as a link opening in a new window; the rest as plain text. */
export function linkify(text: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let rest = text;
  for (;;) {
    let found: { at: number; link: (typeof knownLinks)[number] } | undefined;
    for (const link of knownLinks) {
      const at = rest.indexOf(link.address);
      if (at >= 0 && (!found || at < found.at)) found = { at, link };
    }
    if (!found) break;
    if (found.at > 0) nodes.push(rest.slice(0, found.at));
    nodes.push(
      <Link key={nodes.length} href={found.link.href} target="_blank" rel="noreferrer">
        {found.link.address}
      </Link>,
    );
    rest = rest.slice(found.at + found.link.address.length);
  }
  if (rest) nodes.push(rest);
  return nodes;
}
