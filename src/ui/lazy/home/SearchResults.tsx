// What the home screen's search found: requests first, then answers, each by relevance (the rules
// are src/domain/search's). With nothing found: the closest requests (or the common four), and
// NAS's helpdesk number. Loaded with the lazy screens, with the search's documents.

import { useEffect, useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { CallRegular } from '@fluentui/react-icons';
import { kindIndex, type KindId, type KindSummary } from '../../../domain/kindIndex';
import type { OrgType } from '../../../domain/ods';
import { helpdeskPhone } from '../../../domain/recipients';
import { closest, search } from '../../../domain/search/search';
import { AnswerItem } from './AnswerItem';
import { commonRequests } from '../../shell/home/commonRequests';
import { kindIcons } from './kindIcons';
import { RequestButton } from '../../shell/home/RequestButton';
import { homeSearchData } from './searchData';
import type { DeploymentOptions } from '../../../domain/recipients';

/** Answers shown before "Show all …". */
export const answersShown = 5;

const useStyles = makeStyles({
  results: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  none: { margin: 0 },
  phone: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    margin: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  phoneIcon: { flexShrink: 0, fontSize: '20px', color: tokens.colorBrandForeground1 },
  link: { color: tokens.colorBrandForegroundLink, fontWeight: tokens.fontWeightSemibold },
  more: { alignSelf: 'flex-start' },
});

export interface SearchSummary {
  requests: number;
  answers: number;
}

export default function SearchResults(props: {
  query: string;
  orgType?: OrgType;
  deployment?: DeploymentOptions;
  onOpen: (kind: KindSummary) => void;
  onSummary: (summary: SearchSummary) => void;
}) {
  const styles = useStyles();
  const { index, answers } = homeSearchData(props.orgType, props.deployment);
  // Cheap enough to run on every render: some fifty short documents.
  const outcome = search(index, props.query);
  const requests = outcome.hits.filter((h) => h.doc.type === 'request').map((h) => kindIndex[h.doc.id as KindId]);
  const found = outcome.hits.filter((h) => h.doc.type === 'answer').flatMap((h) => answers.get(h.doc.id) ?? []);
  // "Show all" holds for the query it was pressed for.
  const [allFor, setAllFor] = useState<string>();
  const allAnswers = allFor === props.query;
  const { onSummary } = props;
  useEffect(() => onSummary({ requests: requests.length, answers: found.length }), [onSummary, requests.length, found.length]);
  const openKind = (id: string) => {
    const kind = kindIndex[id as KindId];
    if (kind) props.onOpen(kind);
  };
  const row = (kind: KindSummary) => {
    const Icon = kindIcons[kind.id as KindId];
    return (
      <li key={kind.id}>
        <RequestButton kind={kind} onOpen={props.onOpen} icon={<Icon />} />
      </li>
    );
  };

  if (outcome.hits.length === 0) {
    const near = closest(index, props.query).map((d) => kindIndex[d.id as KindId]);
    const offered = near.length > 0 ? near : commonRequests.map((c) => kindIndex[c.id]);
    return (
      <div className={styles.results}>
        <section className={styles.section} aria-labelledby="search-closest">
          <p className={styles.none}>Try other words, or one of these:</p>
          <h2 id="search-closest" className={styles.heading}>
            {near.length > 0 ? 'Closest requests' : 'Common requests'}
          </h2>
          <ul className={styles.list}>{offered.map(row)}</ul>
        </section>
        <p className={styles.phone}>
          <CallRegular className={styles.phoneIcon} aria-hidden="true" />
          <span>
            Still stuck? Phone the National Administration Service (NAS) helpdesk on{' '}
            <a className={styles.link} href={`tel:${helpdeskPhone.tel}`}>
              {helpdeskPhone.display}
            </a>
            .
          </span>
        </p>
      </div>
    );
  }

  const shownAnswers = allAnswers ? found : found.slice(0, answersShown);
  return (
    <div className={styles.results}>
      {requests.length > 0 && (
        <section className={styles.section} aria-labelledby="search-requests">
          <h2 id="search-requests" className={styles.heading}>
            Requests
          </h2>
          <ul className={styles.list}>{requests.map(row)}</ul>
        </section>
      )}
      {found.length > 0 && (
        <section className={styles.section} aria-labelledby="search-answers">
          <h2 id="search-answers" className={styles.heading}>
            Answers
          </h2>
          <ul className={styles.list}>
            {shownAnswers.map((entry, i) => (
              <li key={entry.id}>
                <AnswerItem entry={entry} onOpenKind={openKind} open={i === 0 && requests.length === 0} />
              </li>
            ))}
          </ul>
          {shownAnswers.length < found.length && (
            <Button className={styles.more} appearance="subtle" onClick={() => setAllFor(props.query)}>
              Show all {found.length} answers
            </Button>
          )}
        </section>
      )}
    </div>
  );
}
