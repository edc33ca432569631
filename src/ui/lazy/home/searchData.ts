// The search's documents: every request (name and when to use it, from the catalogue) and every
// question and answer (for the mailbox's sector when known). Loaded with the lazy screens, never
// with the first screen; the index is built once per sector.

import { requestKinds } from '../../../domain/catalogue';
import { faqFor, type FaqEntry } from '../../../domain/faq';
import type { OrgType } from '../../../domain/ods';
import type { DeploymentOptions } from '../../../domain/recipients';
import { answerDocs, requestDocs } from '../../../domain/search/docs';
import { buildIndex, type SearchIndex } from '../../../domain/search/search';

const built = new Map<string, { index: SearchIndex; answers: ReadonlyMap<string, FaqEntry> }>();

/** The deployment decides NAS's address in the answers (optometry's no-access route among them). */
export function homeSearchData(orgType?: OrgType, deployment?: DeploymentOptions) {
  // Only the key's distinctness matters: no word in it that a test could tell from another.
  const key = `${orgType}|${Boolean(deployment?.useSectorAddresses)}`;
  let data = built.get(key);
  if (!data) {
    const entries = faqFor(orgType, undefined, deployment);
    data = {
      index: buildIndex([...requestDocs(requestKinds), ...answerDocs(entries)]),
      answers: new Map(entries.map((e) => [e.id, e])),
    };
    built.set(key, data);
  }
  return data;
}
