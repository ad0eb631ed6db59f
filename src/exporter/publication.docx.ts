// The quarterly publication as a Word document, laid out like the notice's table so it can be
// attached to the city's post or printed for the record.
import type { PublicationInput } from './documents.types.ts';
import type { DocxTableRow } from './docx-table.ts';
import { landscapeTableDocx } from './docx-table.ts';
import type { StructureLine } from './plan-table.ts';
import type { PublicationRow } from './publication.ts';
import { publicationTable } from './publication.ts';

/** 序号 6, 目标与任务 40, 牵头责任单位 16, progress 60 (and 备注 18 at year end). */
const SHARES = [6, 40, 16, 60];
const REMARK_SHARE = 18;

export async function exportPublicationDocx(input: PublicationInput): Promise<Uint8Array> {
  const table = publicationTable(input);
  return landscapeTableDocx({
    title: table.title,
    lines: [],
    header: table.header,
    columnShares: table.yearEnd ? [...SHARES, REMARK_SHARE] : SHARES,
    rows: table.lines.map((line) => docxRow(line, table.yearEnd)),
  });
}

function docxRow(line: StructureLine<PublicationRow>, yearEnd: boolean): DocxTableRow {
  switch (line.kind) {
    case 'heading':
      return { kind: 'heading', text: line.text };
    case 'subsection':
      return {
        kind: 'cells',
        cells: [line.number, line.title, '', '', ...(yearEnd ? [''] : [])],
        bold: true,
      };
    case 'item': {
      const { seq, text, leadUnits, progress, remark } = line.item;
      return { kind: 'cells', cells: [String(seq), text, leadUnits, progress, ...(yearEnd ? [remark] : [])] };
    }
  }
}
