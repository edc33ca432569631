// User text goes into the composed email's HTML: every character that could open markup is escaped.
import { expect, test } from 'vitest';
import { escapeHtml } from './html';

test.each([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
])('%s becomes %s', (ch, entity) => expect(escapeHtml(ch)).toBe(entity));

test('a hostile name is shown as text, never as markup', () => {
  expect(escapeHtml(`<img src=x onerror="alert('x')">`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;');
  expect(escapeHtml('Tom & Jerry <b>')).toBe('Tom &amp; Jerry &lt;b&gt;');
});

test('other text is unchanged, an entity already written is escaped again', () => {
  expect(escapeHtml('Amira Khan, Sunrise House (O’Neill) 07700 900123')).toBe('Amira Khan, Sunrise House (O’Neill) 07700 900123');
  expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  expect(escapeHtml('')).toBe('');
});
