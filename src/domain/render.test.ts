// Checks the document renderers character for character: numbering,
// empty cells and columns, escaping, line breaks, and a document without a trailing block.
import { describe, expect, test } from 'vitest';
import { renderHtml, renderSubject, renderText, type RequestDocument } from './render';

const table = '<table border="1" cellpadding="4" cellspacing="0">';
const doc: RequestDocument = {
  greeting: 'Dear NAS,',
  ask: 'Please add these people & "others".',
  sections: [
    {
      kind: 'people',
      caption: 'New users',
      itemLabel: 'Person',
      columns: [
        { key: 'name', label: 'Name' },
        { key: 'mobile', label: 'Mobile' },
        { key: 'role', label: 'Role' },
      ],
      rows: [
        { name: 'Jane <Smith>', mobile: '07700 900123', role: '' },
        { name: 'Li Wei', mobile: '' },
      ],
    },
    {
      kind: 'facts',
      caption: 'Site',
      facts: [
        ['ODS code', 'VN6C2'],
        ['Town', 'Durham'],
      ],
    },
    { kind: 'paragraph', caption: 'Reason', text: 'Line one\nLine two' },
  ],
  notes: ['We confirm it.'],
  closing: ['Thanks,', 'The team'],
};
const one: RequestDocument = {
  ...doc,
  sections: [
    {
      ...(doc.sections[0] as Extract<RequestDocument['sections'][number], { kind: 'people' }>),
      rows: [{ name: 'Jane', mobile: '', role: 'Owner' }],
    },
  ],
  notes: [],
};

describe('renderText', () => {
  test('numbered people, only the answers given, facts, a paragraph, notes, closing', () => {
    expect(renderText(doc)).toBe(
      'Dear NAS,\n\nPlease add these people & "others".\n\nPerson 1\n  Name: Jane <Smith>\n  Mobile: 07700 900123\n\nPerson 2\n  Name: Li Wei\n\nSite\n  ODS code: VN6C2\n  Town: Durham\n\nReason:\nLine one\nLine two\n\nWe confirm it.\n\nThanks,\nThe team',
    );
  });

  test('one person is not numbered; trailing sections follow the notes', () => {
    expect(renderText(one)).toBe(
      'Dear NAS,\n\nPlease add these people & "others".\n\nPerson\n  Name: Jane\n  Role: Owner\n\nThanks,\nThe team',
    );
    expect(renderText({ ...one, trailing: [{ kind: 'facts', caption: 'Our site', facts: [['ODS code', 'VN6C2']] }] })).toBe(
      'Dear NAS,\n\nPlease add these people & "others".\n\nPerson\n  Name: Jane\n  Role: Owner\n\nOur site\n  ODS code: VN6C2\n\nThanks,\nThe team',
    );
  });
});

describe('renderHtml', () => {
  test('escaped, numbered from 1, columns nobody filled left out, empty cells empty, line breaks as <br>', () => {
    expect(renderHtml(doc)).toBe(
      [
        '<p>Dear NAS,</p>',
        '<p>Please add these people &amp; &quot;others&quot;.</p>',
        `${table}<caption align="left"><b>New users</b></caption><tr><th scope="col">#</th><th scope="col" align="left">Name</th><th scope="col" align="left">Mobile</th></tr><tr><td>1</td><td>Jane &lt;Smith&gt;</td><td>07700 900123</td></tr><tr><td>2</td><td>Li Wei</td><td></td></tr></table>`,
        `${table}<caption align="left"><b>Site</b></caption><tr><th scope="row" align="left">ODS code</th><td>VN6C2</td></tr><tr><th scope="row" align="left">Town</th><td>Durham</td></tr></table>`,
        '<p><b>Reason</b></p>',
        '<p>Line one<br>Line two</p>',
        '<p>We confirm it.</p>',
        '<p>Thanks,<br>The team</p>',
      ].join('\n'),
    );
  });

  test('a column filled in one row only is kept; trailing sections follow the notes', () => {
    expect(renderHtml({ ...one, trailing: [{ kind: 'paragraph', caption: 'Our site', text: 'VN6C2' }] })).toBe(
      [
        '<p>Dear NAS,</p>',
        '<p>Please add these people &amp; &quot;others&quot;.</p>',
        `${table}<caption align="left"><b>New users</b></caption><tr><th scope="col">#</th><th scope="col" align="left">Name</th><th scope="col" align="left">Role</th></tr><tr><td>1</td><td>Jane</td><td>Owner</td></tr></table>`,
        '<p><b>Our site</b></p>',
        '<p>VN6C2</p>',
        '<p>Thanks,<br>The team</p>',
      ].join('\n'),
    );
  });
});

describe('renderSubject', () => {
  test('blank parts are left out, the rest joined with " – "', () => {
    expect(renderSubject(['New user accounts', '  ', undefined, 'VN6C2'])).toBe('New user accounts – VN6C2');
  });
});

describe('render edges', () => {
  test('a row without an answer in a kept column gets an empty cell', () => {
    const html = renderHtml({
      greeting: 'Dear NAS,',
      ask: 'Ask.',
      sections: [
        {
          kind: 'people',
          caption: 'People',
          itemLabel: 'Person',
          columns: [
            { key: 'name', label: 'Name' },
            { key: 'role', label: 'Role' },
          ],
          rows: [{ name: 'Jane', role: 'Owner' }, { name: 'Li' }],
        },
      ],
      notes: [],
      closing: [],
    });
    expect(html).toContain('<tr><td>1</td><td>Jane</td><td>Owner</td></tr><tr><td>2</td><td>Li</td><td></td></tr>');
  });

  test('a subject of exactly 255 characters is kept whole; 256 is cut to 254 and an ellipsis', () => {
    const a = 'a'.repeat(255);
    expect(renderSubject([a])).toBe(a);
    expect(renderSubject(['a'.repeat(256)])).toBe(`${'a'.repeat(254)}…`);
  });
});
