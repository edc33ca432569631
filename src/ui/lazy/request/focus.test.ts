// Where focus goes as a request moves on: which element takes focus for a control (a radio group's
// checked option), the first control of a form, the first problem after a failed submit, and the id
// of the first field a list item shows. Small DOM fragments in jsdom.
import { beforeEach, describe, expect, test } from 'vitest';
import { checkbox, fullName, group, list, mobile, nhsmailAddress, role } from '../../../domain/fields';
import { firstFieldId, focusControl, focusFirstControl, focusFirstProblem, focusable } from './focus';

const byId = (id: string) => document.getElementById(id);
const active = () => document.activeElement;

beforeEach(() => {
  document.body.innerHTML = '';
  // Nothing focused before each test: activeElement is the body.
  expect(active()).toBe(document.body);
});

const roleGroup = (checked?: 'member' | 'owner', attrs = '') => `
  <div role="radiogroup" id="role-group" ${attrs}>
    <input type="radio" name="role" id="role-member" value="member" ${checked === 'member' ? 'checked' : ''} />
    <input type="radio" name="role" id="role-owner" value="owner" ${checked === 'owner' ? 'checked' : ''} />
  </div>`;

describe('focusable: the element that takes focus for a control', () => {
  test('nothing for no element', () => {
    expect(focusable(null)).toBeUndefined();
  });

  test('a text box, a text area, a select and a button are themselves', () => {
    document.body.innerHTML = `
      <input id="name" /><textarea id="notes"></textarea>
      <select id="pick"><option>One</option></select><button id="add">Add a person</button>`;
    for (const id of ['name', 'notes', 'pick', 'add']) expect(focusable(byId(id))).toBe(byId(id));
  });

  test('an unchecked radio gives way to the checked option of its radio group', () => {
    document.body.innerHTML = roleGroup('owner');
    expect(focusable(byId('role-member'))).toBe(byId('role-owner'));
  });

  test('a checked radio is itself', () => {
    document.body.innerHTML = roleGroup('member');
    expect(focusable(byId('role-member'))).toBe(byId('role-member'));
  });

  test('an unchecked radio in a group with nothing checked is itself', () => {
    document.body.innerHTML = roleGroup();
    expect(focusable(byId('role-owner'))).toBe(byId('role-owner'));
  });

  test('an unchecked radio outside any radio group is itself, even when a radio elsewhere is checked', () => {
    document.body.innerHTML = `
      <div><input type="radio" name="a" id="lone" /></div>
      <div role="radiogroup"><input type="radio" name="b" id="elsewhere" checked /></div>`;
    expect(focusable(byId('lone'))).toBe(byId('lone'));
  });

  test('a checked radio in another radio group is not taken', () => {
    document.body.innerHTML = `
      <div role="radiogroup"><input type="radio" name="a" id="first" /></div>
      <div role="radiogroup"><input type="radio" name="b" id="other" checked /></div>`;
    expect(focusable(byId('first'))).toBe(byId('first'));
  });

  test('a checked box (not a radio) is itself', () => {
    document.body.innerHTML = `<div role="radiogroup"><input type="checkbox" id="tick" /><input type="radio" id="r" checked /></div>`;
    expect(focusable(byId('tick'))).toBe(byId('tick'));
  });

  test('a radio group’s wrapper gives its checked option, or else its first control', () => {
    document.body.innerHTML = roleGroup('owner');
    expect(focusable(byId('role-group'))).toBe(byId('role-owner'));
    document.body.innerHTML = roleGroup();
    expect(focusable(byId('role-group'))).toBe(byId('role-member'));
  });

  test('a wrapper gives its first control, skipping hidden inputs and disabled controls', () => {
    document.body.innerHTML = `
      <div id="field">
        <input type="hidden" id="token" value="x" />
        <input id="off" disabled />
        <textarea id="off-area" disabled></textarea>
        <select id="off-select" disabled><option>One</option></select>
        <button id="off-button" disabled>Remove</button>
        <input id="name" />
      </div>`;
    expect(focusable(byId('field'))).toBe(byId('name'));
  });

  test('a wrapper may hold a text area, a select or a button as its first control', () => {
    document.body.innerHTML = `<div id="a"><span></span><textarea id="t"></textarea></div>
      <div id="b"><select id="s"><option>One</option></select></div>
      <div id="c"><button id="btn">Add</button></div>`;
    expect(focusable(byId('a'))).toBe(byId('t'));
    expect(focusable(byId('b'))).toBe(byId('s'));
    expect(focusable(byId('c'))).toBe(byId('btn'));
  });

  test('a wrapper with no control gives undefined, not null', () => {
    document.body.innerHTML = `<div id="field"><span>Full name</span><input type="hidden" /><button disabled>Add</button></div>`;
    expect(focusable(byId('field'))).toBeUndefined();
  });

  test('a hidden or disabled control found by id is not a control: what it holds is looked for instead (nothing)', () => {
    document.body.innerHTML = `<input type="hidden" id="token" /><input id="off" disabled /><button id="b" disabled>Go</button>
      <textarea id="ta" disabled></textarea><select id="sel" disabled></select>`;
    for (const id of ['token', 'off', 'b', 'ta', 'sel']) expect(focusable(byId(id))).toBeUndefined();
  });
});

describe('focusControl: focus by id', () => {
  test('focuses the control with that id and says so', () => {
    document.body.innerHTML = `<input id="field-people-0-fullName" /><input id="other" />`;
    expect(focusControl('field-people-0-fullName')).toBe(true);
    expect(active()).toBe(byId('field-people-0-fullName'));
  });

  test('focuses the checked option of the radio group with that id', () => {
    document.body.innerHTML = roleGroup('owner');
    expect(focusControl('role-group')).toBe(true);
    expect(active()).toBe(byId('role-owner'));
  });

  test('false, and focus left where it was, for an id that is not there', () => {
    document.body.innerHTML = `<input id="kept" />`;
    byId('kept')!.focus();
    expect(focusControl('field-people-3-fullName')).toBe(false);
    expect(active()).toBe(byId('kept'));
  });

  test('false for an element with no control in it', () => {
    document.body.innerHTML = `<p id="note">Nothing to focus</p>`;
    expect(focusControl('note')).toBe(false);
    expect(active()).toBe(document.body);
  });

  test('false when the control is there but cannot take focus (inside a disabled fieldset)', () => {
    document.body.innerHTML = `<fieldset disabled><input id="locked" /></fieldset>`;
    expect(focusable(byId('locked'))).toBe(byId('locked'));
    expect(focusControl('locked')).toBe(false);
    expect(active()).toBe(document.body);
  });
});

describe('focusFirstControl: the first control of a form', () => {
  test('the first enabled, visible control, in document order', () => {
    document.body.innerHTML = `
      <form id="form">
        <input type="hidden" value="x" /><input disabled /><button type="button" disabled>Paste</button>
        <p>Details</p><input id="first" /><input id="second" />
      </form>`;
    focusFirstControl(byId('form'));
    expect(active()).toBe(byId('first'));
  });

  test('a radio group first: its checked option', () => {
    document.body.innerHTML = `<form id="form">${roleGroup('owner')}<input id="after" /></form>`;
    focusFirstControl(byId('form'));
    expect(active()).toBe(byId('role-owner'));
  });

  test('only controls inside the container', () => {
    document.body.innerHTML = `<input id="outside" /><form id="form"><textarea id="inside"></textarea></form>`;
    focusFirstControl(byId('form'));
    expect(active()).toBe(byId('inside'));
  });

  test('no container, or none with a control: nothing happens', () => {
    document.body.innerHTML = `<form id="form"><p>Nothing here</p></form><input id="outside" />`;
    expect(() => focusFirstControl(undefined)).not.toThrow();
    expect(() => focusFirstControl(null)).not.toThrow();
    focusFirstControl(byId('form'));
    expect(active()).toBe(document.body);
  });
});

describe('focusFirstProblem: after a failed submit', () => {
  test('an invalid text box', () => {
    document.body.innerHTML = `<form id="form"><input id="ok" /><input id="bad" aria-invalid="true" /></form>`;
    focusFirstProblem(byId('form'));
    expect(active()).toBe(byId('bad'));
  });

  test('an invalid text area', () => {
    document.body.innerHTML = `<form id="form"><textarea id="ok"></textarea><textarea id="bad" aria-invalid="true"></textarea></form>`;
    focusFirstProblem(byId('form'));
    expect(active()).toBe(byId('bad'));
  });

  test('aria-invalid="false" is no problem', () => {
    document.body.innerHTML = `<form id="form"><input aria-invalid="false" /><textarea aria-invalid="false"></textarea>
      <div aria-invalid="false"><input /></div></form>`;
    focusFirstProblem(byId('form'));
    expect(active()).toBe(document.body);
  });

  test('an invalid radio group: its checked option, else its first', () => {
    document.body.innerHTML = `<form id="form">${roleGroup('owner', 'aria-invalid="true"')}</form>`;
    focusFirstProblem(byId('form'));
    expect(active()).toBe(byId('role-owner'));
    document.body.innerHTML = `<form id="form">${roleGroup(undefined, 'aria-invalid="true"')}</form>`;
    focusFirstProblem(byId('form'));
    expect(active()).toBe(byId('role-member'));
  });

  test('an error message marked data-error-focus takes focus itself', () => {
    document.body.innerHTML = `<form id="form"><input id="ok" />
      <div id="list-error" tabindex="-1" data-error-focus>Add at least one person</div></form>`;
    focusFirstProblem(byId('form'));
    expect(active()).toBe(byId('list-error'));
  });

  test('a data-error-focus message that holds a control is focused, not the control', () => {
    document.body.innerHTML = `<form id="form"><div id="group-error" tabindex="-1" data-error-focus>
      Name the new owner <input id="inside" /></div></form>`;
    focusFirstProblem(byId('form'));
    expect(active()).toBe(byId('group-error'));
  });

  test('whichever problem comes first in the form wins: a message before an invalid box, or a box before a message', () => {
    document.body.innerHTML = `<form id="form"><div id="msg" tabindex="-1" data-error-focus>Problem</div>
      <input id="bad" aria-invalid="true" /></form>`;
    focusFirstProblem(byId('form'));
    expect(active()).toBe(byId('msg'));
    document.body.innerHTML = `<form id="form"><textarea id="bad" aria-invalid="true"></textarea>
      <div id="msg" tabindex="-1" data-error-focus>Problem</div></form>`;
    focusFirstProblem(byId('form'));
    expect(active()).toBe(byId('bad'));
  });

  test('a first problem that cannot take focus (a disabled invalid box, a hidden input in an invalid group): nothing happens', () => {
    document.body.innerHTML = `<form id="form"><input id="off" aria-invalid="true" disabled /><input id="later" aria-invalid="true" /></form>`;
    expect(() => focusFirstProblem(byId('form'))).not.toThrow();
    expect(active()).toBe(document.body);
    document.body.innerHTML = `<form id="form"><div aria-invalid="true"><input type="hidden" /></div><input id="later" aria-invalid="true" /></form>`;
    expect(() => focusFirstProblem(byId('form'))).not.toThrow();
    expect(active()).toBe(document.body);
  });

  test('no container, or no problem: nothing happens', () => {
    document.body.innerHTML = `<form id="form"><input id="ok" /></form><input aria-invalid="true" id="outside" />`;
    expect(() => focusFirstProblem(undefined)).not.toThrow();
    expect(() => focusFirstProblem(null)).not.toThrow();
    focusFirstProblem(byId('form'));
    expect(active()).toBe(document.body);
  });
});

describe('firstFieldId: the field a new list item focuses', () => {
  const person = { fullName: fullName(), mobile: mobile(), role: role() };

  test('the first scalar field, with the item’s path', () => {
    expect(firstFieldId(person, ['people', 2])).toBe('field-people-2-fullName');
    expect(firstFieldId({ wasOwner: checkbox({ label: 'Owner' }), fullName: fullName() }, ['leavers', 0])).toBe('field-leavers-0-wasOwner');
  });

  test('a group first: its own first field, looked into as deep as it goes', () => {
    const fields = {
      newOwner: group({ label: 'New owner', fields: { fullName: fullName(), nhsmailAddress: nhsmailAddress() } }),
      role: role(),
    };
    expect(firstFieldId(fields, ['people', 0])).toBe('field-people-0-newOwner-fullName');
    const deeper = { outer: group({ label: 'Outer', fields }) };
    expect(firstFieldId(deeper, ['people', 1])).toBe('field-people-1-outer-newOwner-fullName');
  });

  test('a list first: no id (the fields after it are not looked at)', () => {
    const fields = {
      phones: list({ label: 'Phones', itemLabel: 'Phone', min: 0, max: 3, maxMessage: 'At most 3', fields: { mobile: mobile() } }),
      fullName: fullName(),
    };
    expect(firstFieldId(fields, ['people', 0])).toBeUndefined();
  });

  test('no fields, or a group with none first: no id', () => {
    expect(firstFieldId({}, ['people', 0])).toBeUndefined();
    expect(firstFieldId({ empty: group({ label: 'Empty', fields: {} }), fullName: fullName() }, ['people', 0])).toBeUndefined();
  });
});
