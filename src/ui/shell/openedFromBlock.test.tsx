// Opened from a blocked send (Smart Alerts' Take Action with the guard's contextData): the pane starts
// on that request, not on the home screen; an unknown request leaves the home screen as it is.
import { describe, expect, test } from 'vitest';
import { render, screen } from '@testing-library/react';
import { App } from './App';
import { MemoryHost } from '../../office/memoryHost';
import { memoryStorage } from '../../office/host';
import { defaultScenario } from '../../office/scenario';
import { testNow } from '../../../test/support/pane';

function hostOpenedFor(kindId: string | undefined) {
  const host = new MemoryHost({ ...defaultScenario, mode: 'compose', from: 'amira.khan3@nhs.net' }, memoryStorage());
  return Object.assign(host, { initialRequest: () => Promise.resolve(kindId ? { kindId } : undefined) });
}

describe('opened from a blocked send', () => {
  test('the blocked request opens, with the From warning naming the mailbox to pick', async () => {
    render(<App host={hostOpenedFor('add-user')} now={testNow} />);
    expect(await screen.findByRole('heading', { level: 2, name: /Add new staff/ }, { timeout: 10_000 })).toBeTruthy();
    expect(await screen.findByText('This email would be sent from amira.khan3@nhs.net')).toBeTruthy();
  });

  test('a request the pane does not know: the home screen', async () => {
    render(<App host={hostOpenedFor('no-such-kind')} now={testNow} />);
    expect(await screen.findByRole('button', { name: /Add new staff/ })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 2, name: /Add new staff/ })).toBeNull();
  });
});
