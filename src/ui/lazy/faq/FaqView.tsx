// The FAQ: every question in the seed documents, searchable, each answer linking to its action.
// Part of the lazy screens, with the FAQ text (the home screen's search reads the same entries).

import type { DeploymentOptions } from '../../../domain/recipients';
import { useMemo, useState } from 'react';
import { ScreenTop } from '../ScreenTop';
import { screenLayout } from '../screenStyles';
import { Field, SearchBox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { faq, faqFor, faqTopics, searchFaq, type FaqEntry } from '../../../domain/faq';
import type { OrgType } from '../../../domain/ods';
import { AnswerItem } from '../home/AnswerItem';

const useStyles = makeStyles({
  view: screenLayout,
  topic: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export default function FaqView(props: {
  onOpenKind: (id: string) => void;
  onBack: () => void;
  orgType?: OrgType;
  deployment?: DeploymentOptions;
}) {
  const styles = useStyles();
  const [query, setQuery] = useState('');
  // Answers whose route depends on the sector are written for this mailbox's sector (seed 001).
  const results = useMemo<FaqEntry[]>(
    () => searchFaq(query, faqFor(props.orgType, undefined, props.deployment)),
    [query, props.orgType, props.deployment],
  );
  const topics = Object.keys(faqTopics) as FaqEntry['topic'][];
  return (
    <div className={styles.view}>
      <ScreenTop title="Questions and answers" onBack={props.onBack} />
      <Field label="Search the questions">
        <SearchBox value={query} onChange={(_, d) => setQuery(d.value)} placeholder="For example: leaver, password, ODS" />
      </Field>
      <Text role="status" aria-live="polite">
        {query ? `${results.length} ${results.length === 1 ? 'answer' : 'answers'} found` : `${faq.length} questions`}
      </Text>
      {query ? (
        // A search: most relevant first (src/domain/search's rules), not in topic order.
        <ul className={styles.list}>
          {results.map((entry, i) => (
            <li key={entry.id}>
              <AnswerItem entry={entry} open={i === 0 || results.length <= 3} onOpenKind={props.onOpenKind} />
            </li>
          ))}
        </ul>
      ) : (
        topics.map((topic) => (
          <section key={topic} aria-labelledby={`faq-${topic}`} className={styles.section}>
            <h2 id={`faq-${topic}`} className={styles.topic}>
              {faqTopics[topic]}
            </h2>
            <ul className={styles.list}>
              {results
                .filter((e) => e.topic === topic)
                .map((entry) => (
                  <li key={entry.id}>
                    <AnswerItem entry={entry} onOpenKind={props.onOpenKind} />
                  </li>
                ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
