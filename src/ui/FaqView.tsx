// The FAQ: every question in the seed documents, searchable, each answer linking to its action.
// Loaded lazily with its text.

import { useEffect, useMemo, useState } from 'react';
import { useFocusOnMount } from './useFocusOnMount';
import { Button, Field, SearchBox, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { FaqEntry } from '../domain/faq';
import type { OrgType } from '../domain/ods';
import { kindIndex, type KindId } from '../domain/kindIndex';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  title: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
    ':focus': { outline: 'none' },
  },
  topic: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  entry: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, padding: `${tokens.spacingVerticalS} 0` },
  question: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold, minHeight: '24px', padding: `${tokens.spacingVerticalXXS} 0` },
  answer: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalXS },
  links: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export default function FaqView(props: { onOpenKind: (id: string) => void; onBack: () => void; orgType?: OrgType }) {
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const heading = useFocusOnMount<HTMLHeadingElement>();
  // The FAQ text is only fetched when someone opens the questions, not with every form.
  const [data, setData] = useState<typeof import('../domain/faq')>();
  useEffect(() => {
    void import('../domain/faq').then(setData);
  }, []);
  // Answers whose route depends on the sector are written for this mailbox's sector (seed 001).
  const results = useMemo<FaqEntry[]>(() => (data ? data.searchFaq(query, data.faqFor(props.orgType)) : []), [data, query, props.orgType]);
  const topics = data ? (Object.keys(data.faqTopics) as FaqEntry['topic'][]) : [];
  return (
    <div className={styles.view}>
      <div>
        <Button appearance="subtle" onClick={props.onBack}>
          ← All requests
        </Button>
      </div>
      <h2 className={styles.title} ref={heading} tabIndex={-1}>
        Questions and answers
      </h2>
      <Field label="Search the questions">
        <SearchBox value={query} onChange={(_, d) => setQuery(d.value)} placeholder="For example: leaver, password, ODS" />
      </Field>
      <Text role="status" aria-live="polite">
        {!data
          ? 'Loading the questions…'
          : query
            ? `${results.length} ${results.length === 1 ? 'answer' : 'answers'} found`
            : `${data.faq.length} questions`}
      </Text>
      {topics.map((topic) => {
        const entries = results.filter((e) => e.topic === topic);
        if (entries.length === 0) return null;
        return (
          <section key={topic} aria-labelledby={`faq-${topic}`}>
            <h2 id={`faq-${topic}`} className={styles.topic}>
              {data?.faqTopics[topic]}
            </h2>
            {entries.map((entry) => (
              <details key={entry.id} className={styles.entry} open={Boolean(query) && results.length <= 3}>
                <summary className={styles.question}>{entry.question}</summary>
                <div className={styles.answer}>
                  <Text>{entry.answer}</Text>
                  {entry.actions.length > 0 && (
                    <div className={styles.links}>
                      {entry.actions.map((id) => (
                        <Button key={id} size="small" appearance="primary" onClick={() => props.onOpenKind(id)}>
                          {kindIndex[id as KindId]?.title ?? id}
                        </Button>
                      ))}
                    </div>
                  )}
                </div>
              </details>
            ))}
          </section>
        );
      })}
    </div>
  );
}
