// The home search's documents: every request and every answer for the sector, built once per sector
// and address choice, with the answers by id.
import { describe, expect, test } from 'vitest';
import { requestKinds } from '../../../domain/catalogue';
import { faqFor } from '../../../domain/faq';
import type { OrgType } from '../../../domain/ods';
import type { DeploymentOptions } from '../../../domain/recipients';
import { answerDocs, requestDocs } from '../../../domain/search/docs';
import { search } from '../../../domain/search/search';
import { homeSearchData } from './searchData';

const sector: DeploymentOptions = { useSectorAddresses: true };
const helpdesk: DeploymentOptions = { useSectorAddresses: false };

describe('homeSearchData', () => {
  test('the same sector and address choice: the same data, built once', () => {
    expect(homeSearchData('care')).toBe(homeSearchData('care'));
    expect(homeSearchData('pharmacy', sector)).toBe(homeSearchData('pharmacy', { useSectorAddresses: true }));
    expect(homeSearchData(undefined)).toBe(homeSearchData());
  });

  test('helpdesk addresses asked for or left unsaid are the same choice', () => {
    expect(homeSearchData('care', helpdesk)).toBe(homeSearchData('care'));
    expect(homeSearchData('dental', {})).toBe(homeSearchData('dental', helpdesk));
    expect(homeSearchData(undefined, helpdesk)).toBe(homeSearchData());
  });

  test('another sector, or sector addresses: other data', () => {
    const all: [OrgType | undefined, DeploymentOptions | undefined][] = [
      [undefined, undefined],
      [undefined, sector],
      ['care', undefined],
      ['care', sector],
      ['pharmacy', undefined],
      ['pharmacy', sector],
      ['dental', undefined],
      ['optometry', sector],
    ];
    const built = all.map(([o, d]) => homeSearchData(o, d));
    expect(new Set(built).size).toBe(all.length);
    for (const data of built) expect(data.answers).toBeInstanceOf(Map);
  });

  test.each<[OrgType | undefined, DeploymentOptions | undefined]>([
    [undefined, undefined],
    ['care', undefined],
    ['pharmacy', sector],
    [undefined, sector],
    ['optometry', helpdesk],
  ])('%s, %o: every request, then every answer for that sector and choice, in order', (orgType, deployment) => {
    const entries = faqFor(orgType, undefined, deployment);
    const { index, answers } = homeSearchData(orgType, deployment);
    expect(index.docs.map((d) => d.doc)).toEqual([...requestDocs(requestKinds), ...answerDocs(entries)]);
    expect(answers.size).toBe(entries.length);
    expect([...answers.keys()]).toEqual(entries.map((e) => e.id));
    for (const entry of entries) expect(answers.get(entry.id)).toEqual(entry);
  });

  test('the answers follow the sector and the address choice (optometry emails NAS where others phone)', () => {
    const differ = (a: ReadonlyMap<string, { answer: string }>, b: ReadonlyMap<string, { answer: string }>) =>
      [...a.keys()].filter((id) => a.get(id)!.answer !== b.get(id)!.answer);
    const optometrySector = homeSearchData('optometry', sector).answers;
    const optometry = homeSearchData('optometry').answers;
    expect(differ(optometrySector, optometry)).toContain('sector-no-access');
    expect(optometrySector.get('sector-no-access')!.answer).toBe(
      faqFor('optometry', undefined, sector).find((e) => e.id === 'sector-no-access')!.answer,
    );
    expect(differ(homeSearchData('care').answers, homeSearchData().answers).length).toBeGreaterThan(0);
  });

  test('the index finds a request and an answer', () => {
    const { index } = homeSearchData('care');
    const hits = search(index, 'password', { typing: false }).hits.map((h) => `${h.doc.type}:${h.doc.id}`);
    expect(hits).toContain('request:self-service-reset');
    expect(hits).toContain('answer:password');
  });
});
