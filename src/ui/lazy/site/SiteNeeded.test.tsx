// The UI side of the engine's contract (seam 2): an error at path `site` asks for the site in the
// form itself, and choosing one lets the request through. The engine is stubbed to refuse exactly
// as composeRequest does when neither the mailbox nor sharedMailbox names a site.
import { describe, expect, test, vi } from 'vitest';
import { openAction, renderPane, screen, within, bannerLine } from '../../../../test/support/pane';

vi.mock('../../../domain/compose', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../domain/compose')>();
  return {
    ...real,
    composeRequest: (kindId: string, input: unknown, context: Parameters<typeof real.composeRequest>[2]) => {
      const result = real.composeRequest(kindId, input, context);
      const site = context.mailbox.kind === 'shared' || context.sharedMailbox?.kind === 'shared';
      if (kindId === 'name-change' && !site)
        return {
          ok: false as const,
          errors: [
            { path: 'site', message: 'Which site is this for? Enter the shared mailbox or ODS code.' },
            ...(result.ok ? [] : result.errors),
          ],
        };
      return result;
    },
  };
});

describe('an error at path `site` inside a form', () => {
  test('is shown with a site picker; choosing the site clears it', { timeout: 30_000 }, async () => {
    const { user } = await renderPane({ mailbox: 'amira.khan3@nhs.net', displayName: undefined });
    await openAction(user, /Update someone's name/);
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    const ask = await screen.findByRole('region', { name: 'Which site is this for?' });
    // The picker is a form of its own, so it must not sit inside the request's form.
    expect(ask.closest('form')).toBeNull();
    expect(within(ask).getByText('Which site is this for? Enter the shared mailbox or ODS code.')).toBeTruthy();
    await user.type(within(ask).getByLabelText(/Shared mailbox address or ODS code/), 'VN6C2');
    await user.click(within(ask).getByRole('button', { name: 'Use this site' }));
    expect(await screen.findByText(bannerLine('care.vn6c2@nhs.net · ODS VN6C2'))).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Which site is this for?' })).toBeNull();
  });
});
