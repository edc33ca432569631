// The answers name NAS's address for optometry's no-access route, so the questions screen and the
// home search follow the deployment like every request: helpdesk@ by default, optomadmin@ with the
// sector addresses switched on.
import { describe, expect, test } from 'vitest';
import { renderPane, screen } from '../../../test/support/pane';

const optometry = { mailbox: 'optometry.ab123@nhs.net', displayName: 'Optometry.AB123 (Clear Sight, Leeds)' };

describe('the answers follow the deployment', () => {
  test.each([
    [undefined, 'helpdesk@nhs.net', 'optomadmin@nhs.net'],
    [{ useSectorAddresses: true }, 'optomadmin@nhs.net', 'helpdesk@nhs.net'],
  ])('questions and answers, deployment %o: an optometry site is told to email %s', async (deployment, named, never) => {
    const { user } = await renderPane(optometry, undefined, deployment);
    await user.click(screen.getByRole('button', { name: 'Questions and answers' }));
    const question = await screen.findByText("We can't send from the shared mailbox any more.", undefined, { timeout: 10_000 });
    await user.click(question);
    const answer = screen.getAllByText(/If the people linked to it have gone inactive/).at(-1)!.textContent ?? '';
    expect(answer).toContain(named);
    expect(answer).not.toContain(never);
  });

  test.each([
    [undefined, 'helpdesk@nhs.net', 'optomadmin@nhs.net'],
    [{ useSectorAddresses: true }, 'optomadmin@nhs.net', 'helpdesk@nhs.net'],
  ])('the home search, deployment %o: the answer names %s', async (deployment, named, never) => {
    const { user } = await renderPane(optometry, undefined, deployment);
    await user.type(screen.getByRole('searchbox', { name: 'Find a request or an answer' }), "can't send from the shared mailbox");
    const answer = await screen.findByText("We can't send from the shared mailbox any more.", undefined, { timeout: 10_000 });
    await user.click(answer);
    const text = screen.getAllByText(/If the people linked to it have gone inactive/).at(-1)!.textContent ?? '';
    expect(text).toContain(named);
    expect(text).not.toContain(never);
  });
});
