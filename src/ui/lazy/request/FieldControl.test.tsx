// The field controls: warnings as soon as a field is left, a mobile's lost 0 repaired with a note,
// dates as dd/mm/yyyy text boxes, counts as plain text boxes, and pasted repairs next to the field.
import { useState } from 'react';
import { describe, expect, test } from 'vitest';
import { fireEvent, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { count, date, mobile, personalEmail, type ScalarField } from '../../../domain/fields';
import { FieldControl } from './FieldControl';
import { openAction, renderPane, screen } from '../../../../test/support/pane';

function Harness({ field, initial = '' }: { field: ScalarField; initial?: unknown }) {
  const [value, setValue] = useState<unknown>(initial);
  return (
    <FluentProvider theme={webLightTheme}>
      <FieldControl
        field={field}
        path={['people', 0, 'f']}
        value={value}
        onChange={setValue}
        onBlur={() => undefined}
        now={() => new Date('2026-11-20T10:00:00Z')}
      />
      <button type="button">elsewhere</button>
    </FluentProvider>
  );
}

const described = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('warnings show next to the field as soon as it is left', () => {
  test.each([
    ['07010 123456', /07010 123456 is a personal \(070\) number, not a mobile/],
    ['07623456789', /07623 456789 looks like a pager \(076\) number/],
  ])('mobile %s', async (typed, warning) => {
    const user = userEvent.setup();
    render(<Harness field={mobile()} />);
    const input = screen.getByRole('textbox');
    await user.type(input, typed);
    expect(screen.queryByText(warning)).toBeNull();
    await user.tab();
    expect(screen.getByText(warning)).toBeTruthy();
    expect(described(input)).toMatch(warning);
  });

  test('a shared team address as the personal email', async () => {
    const user = userEvent.setup();
    render(<Harness field={personalEmail()} />);
    const input = screen.getByRole('textbox');
    await user.type(input, 'info@sunrisecare.co.uk');
    await user.tab();
    expect(described(input)).toMatch(/info@sunrisecare\.co\.uk looks like a shared team address/);
  });

  test('no warning for an ordinary mobile, and none while the value is refused', async () => {
    const user = userEvent.setup();
    render(<Harness field={mobile()} />);
    const input = screen.getByRole('textbox');
    await user.type(input, '07700 900123');
    await user.tab();
    expect(described(input)).not.toMatch(/070\)|pager/);
  });
});

describe('a typed mobile without its leading 0 is repaired as the field is left', () => {
  test.each([
    ['7700900124', '07700900124'],
    ['7700 900 124', '07700900124'],
    ['7123456789', '07123456789'],
  ])('%s becomes %s, with a note', async (typed, repaired) => {
    const user = userEvent.setup();
    render(<Harness field={mobile()} />);
    const input = screen.getByRole('textbox') as HTMLInputElement;
    await user.type(input, typed);
    await user.tab();
    expect(input.value).toBe(repaired);
    expect(input.value).toMatch(/^07\d{9}$/);
    expect(described(input)).toMatch(/The leading 0 was missing, so it now reads 07\d{3} \d{6}\. Check it is right\./);
    // Typing again clears the note.
    await user.type(input, '5');
    expect(described(input)).not.toMatch(/leading 0/);
  });

  test('a number that is right, or wrong another way, is left as typed', async () => {
    const user = userEvent.setup();
    render(<Harness field={mobile()} />);
    const input = screen.getByRole('textbox') as HTMLInputElement;
    await user.type(input, '770090012');
    await user.tab();
    expect(input.value).toBe('770090012');
    expect(described(input)).not.toMatch(/leading 0/);
  });
});

describe('dates and counts are plain text boxes', () => {
  test('a date box is text, hinted dd/mm/yyyy, and shows a stored date as dd/mm/yyyy', () => {
    render(<Harness field={date({ label: 'Date to close' })} initial="2026-02-03" />);
    const input = screen.getByRole('textbox', { name: /Date to close/ }) as HTMLInputElement;
    expect(input.type).toBe('text');
    expect(input.value).toBe('03/02/2026');
    expect(described(input)).toMatch(/dd\/mm\/yyyy, for example 03\/02\/2026/);
  });

  test('what is typed in a date box stays as typed', async () => {
    const user = userEvent.setup();
    render(<Harness field={date({ label: 'Date to close' })} />);
    const input = screen.getByRole('textbox') as HTMLInputElement;
    await user.type(input, '31/12/2026');
    expect(input.value).toBe('31/12/2026');
  });

  test('an optional field whose hint ends its sentence says Optional after one full stop', () => {
    render(<Harness field={count({ label: 'How many', hint: "Not sure? Ask for 'an audit'.", optional: true, min: 0, max: 99 })} />);
    const text = described(screen.getByRole('textbox', { name: /How many/ }));
    expect(text).toContain("Not sure? Ask for 'an audit'. Optional");
    expect(text).not.toContain('..');
  });

  test('a count is a text box with a numeric keyboard, not a spin box', () => {
    render(<Harness field={count({ label: 'Number of extra accounts needed', min: 1, max: 50 })} />);
    const input = screen.getByRole('textbox', { name: /Number of extra accounts/ }) as HTMLInputElement;
    expect(input.type).toBe('text');
    expect(input.getAttribute('inputmode')).toBe('numeric');
    expect(screen.queryByRole('spinbutton')).toBeNull();
  });
});

describe('in the pane', () => {
  test('Member is already chosen for a new person', async () => {
    const { user } = await renderPane();
    await openAction(user, /Add new staff/);
    expect((screen.getByRole('radio', { name: 'Member' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Owner' }) as HTMLInputElement).checked).toBe(false);
  });

  test('the ODS-change form opens with nobody in its optional list of people to remove', async () => {
    const { user } = await renderPane();
    await openAction(user, /Our ODS code is changing/);
    expect(screen.queryByText('Person 1')).toBeNull();
    expect(screen.queryByLabelText(/Full name/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add a person to remove' }));
    expect(screen.getByText('Person 1')).toBeTruthy();
  });

  test('a pasted mobile and a surname-first name are repaired, and each field says so', async () => {
    const { user } = await renderPane();
    await openAction(user, /Add new staff/);
    await user.click(screen.getByRole('button', { name: 'Paste from a spreadsheet' }));
    const box = screen.getByLabelText(/^Paste from a spreadsheet/) as HTMLTextAreaElement;
    box.value = 'Smith, Jane\t7700900124\tjane@example.com';
    fireEvent.input(box);
    await user.click(screen.getByRole('button', { name: 'Add these people' }));
    const mobileBox = screen.getByLabelText(/Personal mobile/) as HTMLInputElement;
    expect(mobileBox.value).toBe('07700900124');
    expect(described(mobileBox)).toMatch(/Pasted as 7700900124\. The leading 0 was missing, so it now reads 07700 900124/);
    const name = screen.getByLabelText(/Full name/) as HTMLInputElement;
    expect(name.value).toBe('Jane Smith');
    expect(described(name)).toMatch(/Pasted as "Smith, Jane" \(surname first\), so it now reads Jane Smith/);
    expect(screen.queryByText(/Enter a mobile number/)).toBeNull();
  });
});
