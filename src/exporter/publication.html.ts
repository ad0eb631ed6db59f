// The publication as an HTML fragment for the government site: a real table with a caption and
// column headers, each part and section opening its own row group, every text escaped. No styles or
// scripts: the site's own stylesheet dresses it, and a screen reader announces its structure.
import type { PublicationInput } from './documents.types.ts';
import type { PublicationRow } from './publication.ts';
import { publicationTable } from './publication.ts';
import type { StructureLine } from './plan-table.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Line breaks inside a cell become <br>: progress is usually a numbered list of acts. */
const cellHtml = (text: string): string => text.split('\n').map(escapeHtml).join('<br>');

export function exportPublicationHtml(input: PublicationInput): string {
  const table = publicationTable(input);
  const columns = table.header.length;
  const head = table.header.map((text) => `<th scope="col">${escapeHtml(text)}</th>`).join('');
  const bodies = rowGroups(table.lines).map(
    (group) => `<tbody>\n${group.map((line) => lineHtml(line, columns)).join('\n')}\n</tbody>`,
  );
  return [
    `<section class="duban-publication" lang="zh-CN">`,
    `<table>`,
    `<caption>${escapeHtml(table.title)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    ...bodies,
    `</table>`,
    `</section>`,
    '',
  ].join('\n');
}

/** A new row group at each part or section heading; tasks before any heading form their own. */
function rowGroups(lines: readonly StructureLine<PublicationRow>[]): StructureLine<PublicationRow>[][] {
  const groups: StructureLine<PublicationRow>[][] = [];
  for (const line of lines) {
    const last = groups.at(-1);
    if (line.kind === 'heading' || !last) groups.push([line]);
    else last.push(line);
  }
  return groups;
}

function lineHtml(line: StructureLine<PublicationRow>, columns: number): string {
  switch (line.kind) {
    case 'heading':
      return `<tr class="${line.level}"><th scope="rowgroup" colspan="${columns}">${escapeHtml(line.text)}</th></tr>`;
    case 'subsection':
      return `<tr class="subsection"><td>${escapeHtml(line.number)}</td><td colspan="${columns - 1}">${escapeHtml(line.title)}</td></tr>`;
    case 'item': {
      const { seq, text, leadUnits, progress, remark } = line.item;
      const cells = [text, leadUnits, progress, ...(columns > 4 ? [remark] : [])].map(
        (cell) => `<td>${cellHtml(cell)}</td>`,
      );
      return `<tr><th scope="row">${seq}</th>${cells.join('')}</tr>`;
    }
  }
}
