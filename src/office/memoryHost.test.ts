import { describe, expect, test, vi } from 'vitest';
import { MemoryHost } from './memoryHost';
import { memoryStorage } from './host';
import { defaultScenario, scenarioFromQuery, scenarioToQuery } from './scenario';

const memoryStore = memoryStorage;

describe('scenario from the preview URL', () => {
  test('defaults to a shared mailbox in read mode', () => {
    expect(scenarioFromQuery('')).toEqual(defaultScenario);
  });
  test('hang= lists calls that never answer; unknown names are dropped; it round-trips', () => {
    const s = scenarioFromQuery('?hang=composeNew,sharedProperties,userProfile');
    expect(s.hang).toEqual(['composeNew', 'sharedProperties']);
    expect(scenarioToQuery(s)).toContain('hang=composeNew%2CsharedProperties');
    expect(scenarioFromQuery(scenarioToQuery(s))).toEqual(s);
    expect(scenarioFromQuery('?hang=all').hang).toEqual(['all']);
  });
  test('reads every parameter and round-trips', () => {
    const s = scenarioFromQuery(
      '?mailbox=pharmacy.fh542@nhs.net&displayName=Pharmacy.FH542%20(High%20Street,%20Leeds)&user=a@nhs.net&mode=compose&from=a@nhs.net&theme=dark&fail=composeNew,bogus',
    );
    expect(s).toMatchObject({
      mailbox: 'pharmacy.fh542@nhs.net',
      displayName: 'Pharmacy.FH542 (High Street, Leeds)',
      user: 'a@nhs.net',
      mode: 'compose',
      from: 'a@nhs.net',
      theme: 'dark',
      fail: ['composeNew'],
    });
    expect(scenarioFromQuery(scenarioToQuery(s))).toEqual(s);
  });
  test('unknown values fall back safely', () => {
    expect(scenarioFromQuery('?mode=edit&theme=pink')).toMatchObject({ mode: 'read', theme: 'light' });
  });
});

describe('MemoryHost', () => {
  test('a shared mailbox item gives a shared-properties signal; an own item is refused', async () => {
    expect((await new MemoryHost(defaultScenario, memoryStore()).snapshot()).signals.map((s) => s.source)).toEqual([
      'user-profile',
      'shared-properties',
    ]);
    const own = await new MemoryHost({ ...defaultScenario, mailbox: defaultScenario.user }, memoryStore()).snapshot();
    expect(own.refused).toEqual([{ source: 'shared-properties', reason: 'Outlook named no shared mailbox for the selected message.' }]);
  });
  test('failing calls reject or are refused as the scenario says', async () => {
    const host = new MemoryHost({ ...defaultScenario, fail: ['composeNew', 'sharedProperties'] }, memoryStore());
    await expect(host.composeNew({ to: [], cc: [], subject: '', text: '', html: '' })).rejects.toThrow(/could not open/);
    expect((await host.snapshot()).refused.map((r) => r.source)).toEqual(['shared-properties']);
    await expect(new MemoryHost({ ...defaultScenario, fail: ['all'] }, memoryStore()).snapshot()).rejects.toThrow();
  });
  test('changing From is seen by the From poll at once (not in 2 s) and is what getFrom returns', async () => {
    const host = new MemoryHost({ ...defaultScenario, mode: 'compose', from: 'amira.khan3@nhs.net' }, memoryStore());
    const seen: string[] = [];
    host.subscribe((c) => seen.push(c));
    host.setFrom('care.vn6c2@nhs.net');
    await vi.waitFor(() => expect(seen).toEqual(['from']), { timeout: 500 });
    expect(await host.getFrom()).toBe('care.vn6c2@nhs.net');
  });
});
