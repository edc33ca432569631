// One document model, three renderings. Text and HTML are built from the same model, so they can
// never say different things; every user string goes through escapeHtml on the way into HTML.

import { escapeHtml } from './html';

export interface Column {
  key: string;
  label: string;
}

export type Section =
  | { kind: 'people'; caption: string; itemLabel: string; columns: readonly Column[]; rows: readonly Record<string, string>[] }
  | { kind: 'facts'; caption: string; facts: readonly (readonly [label: string, value: string])[] }
  | { kind: 'paragraph'; caption: string; text: string };

export interface RequestDocument {
  greeting: string;
  /** One sentence of what is asked. */
  ask: string;
  sections: readonly Section[];
  /** Sentences that follow the data: reminders, confirmations. */
  notes: readonly string[];
  /** Sections after the notes (the site block). */
  trailing?: readonly Section[];
  closing: readonly string[];
}

export function renderText(doc: RequestDocument): string {
  const out: string[] = [doc.greeting, '', doc.ask, ''];
  textSections(doc.sections, out);
  for (const note of doc.notes) out.push(note, '');
  textSections(doc.trailing ?? [], out);
  out.push(...doc.closing);
  return out.join('\n');
}

function textSections(sections: readonly Section[], out: string[]): void {
  for (const section of sections) {
    if (section.kind === 'people') {
      section.rows.forEach((row, i) => {
        out.push(section.rows.length > 1 ? `${section.itemLabel} ${i + 1}` : section.itemLabel);
        for (const col of section.columns) if (row[col.key]) out.push(`  ${col.label}: ${row[col.key]}`);
        out.push('');
      });
    } else if (section.kind === 'facts') {
      out.push(section.caption);
      for (const [label, value] of section.facts) out.push(`  ${label}: ${value}`);
      out.push('');
    } else {
      out.push(`${section.caption}:`, section.text, '');
    }
  }
}

export function renderHtml(doc: RequestDocument): string {
  const out: string[] = [p(doc.greeting), p(doc.ask)];
  htmlSections(doc.sections, out);
  for (const note of doc.notes) out.push(p(note));
  htmlSections(doc.trailing ?? [], out);
  out.push(p(doc.closing.join('\n')));
  return out.join('\n');
}

const p = (text: string) => `<p>${escapeHtml(text).replace(/\n/g, '<br>')}</p>`;

function htmlSections(sections: readonly Section[], out: string[]): void {
  for (const section of sections) {
    if (section.kind === 'people') {
      const cols = section.columns.filter((c) => section.rows.some((r) => r[c.key]));
      const head = `<tr><th scope="col">#</th>${cols.map((c) => `<th scope="col" align="left">${escapeHtml(c.label)}</th>`).join('')}</tr>`;
      const body = section.rows
        .map((row, i) => `<tr><td>${i + 1}</td>${cols.map((c) => `<td>${escapeHtml(row[c.key] ?? '')}</td>`).join('')}</tr>`)
        .join('');
      out.push(
        `<table border="1" cellpadding="4" cellspacing="0"><caption align="left"><b>${escapeHtml(section.caption)}</b></caption>${head}${body}</table>`,
      );
    } else if (section.kind === 'facts') {
      const rows = section.facts
        .map(([label, value]) => `<tr><th scope="row" align="left">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`)
        .join('');
      out.push(
        `<table border="1" cellpadding="4" cellspacing="0"><caption align="left"><b>${escapeHtml(section.caption)}</b></caption>${rows}</table>`,
      );
    } else {
      out.push(`<p><b>${escapeHtml(section.caption)}</b></p>`, p(section.text));
    }
  }
}

export const maxSubjectLength = 255;
export const maxBodyLength = 32_000;

/** `<request> – <ODS> – <site name>`; parts that are unknown are left out. */
export function renderSubject(parts: readonly (string | undefined)[]): string {
  const subject = parts.filter((p): p is string => Boolean(p && p.trim())).join(' – ');
  return subject.length <= maxSubjectLength ? subject : `${subject.slice(0, maxSubjectLength - 1)}…`;
}
