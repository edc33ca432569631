// The search's documents: every request (name and when to use it, from the catalogue) and every
// question and answer (for the mailbox's sector when known). Loaded with the lazy screens, never
// with the first screen; the index is built once per sector.

import { requestKinds } from '../../domain/catalogue';
import { faqFor, type FaqEntry } from '../../domain/faq';
import type { OrgType } from '../../domain/ods';
import { answerDocs, requestDocs } from '../../domain/search/docs';
import { buildIndex, type SearchIndex } from '../../domain/search/search';

const built = new Map<OrgType | undefined, { index: SearchIndex; answers: ReadonlyMap<string, FaqEntry> }>();

export function homeSearchData(orgType?: OrgType) {
  let data = built.get(orgType);
  if (!data) {
    const entries = faqFor(orgType);
    data = {
      index: buildIndex([...requestDocs(requestKinds), ...answerDocs(entries)]),
      answers: new Map(entries.map((e) => [e.id, e])),
    };
    built.set(orgType, data);
  }
  return data;
}
