// The page the task pane shows when it finds no Outlook: the reason, where it works, the preview.
import { describe, expect, test } from 'vitest';
import { render, screen } from '@testing-library/react';
import { OutsideOutlook } from './OutsideOutlook';

const text = () => screen.getByRole('main', { name: 'NAS Assistant' }).textContent;

describe('outside Outlook', () => {
  test.each([
    ['no-script', 'Office could not be loaded (office.js did not load: the network or a policy may be blocking it).'],
    ['not-outlook', 'This page is open outside Outlook.'],
    ['timeout', 'Outlook did not answer in time.'],
  ] as const)('%s: the reason, then where it works', (reason, words) => {
    render(<OutsideOutlook reason={reason} />);
    expect(text()).toBe(`Not inside Outlook${words} NAS Assistant works as an Outlook add-in: open it from the ribbon in Outlook.`);
    expect(screen.queryByRole('link')).toBeNull();
  });
  test('with a preview address: a link to it', () => {
    render(<OutsideOutlook reason="not-outlook" previewUrl="./index.html" />);
    expect(text()).toMatch(/ To try it without Outlook, open the preview\.$/);
    expect(screen.getByRole('link', { name: 'open the preview' }).getAttribute('href')).toBe('./index.html');
  });
});
