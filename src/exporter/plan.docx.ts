// The plan as a Word document in the notice's layout: the title, the notice's facts, then the table on
// A4 landscape with its header row repeated on every page. Offices edit and print such files, and the
// file imports back into the product unchanged.
import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { planFactLines, planTitle } from './plan-preamble.ts';
import type { PlanExportInput, PlanTableRow } from './plan-table.ts';
import { TABLE_HEADER, planTableRows, rowCells } from './plan-table.ts';

const BODY_FONT = '仿宋';
const HEADER_FONT = '黑体';
/** Half-points: 小四 (12pt) in the table, 小二 (18pt) for the title. */
const BODY_SIZE = 24;
const TITLE_SIZE = 36;

/** A4 in twips, given portrait; the landscape orientation swaps them on the page. */
const A4_WIDTH = 11906;
const A4_HEIGHT = 16838;
const MARGIN = 1134;
const CONTENT_WIDTH = A4_HEIGHT - 2 * MARGIN;
/** The same proportions as the spreadsheet's columns: 序号 6, 目标与任务 60, units 22 each. */
const COLUMN_SHARES = [6, 60, 22, 22];

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

interface CellText {
  text: string;
  font?: string;
  bold?: boolean;
  align?: Align;
  span?: number;
}

export async function exportPlanDocx(input: PlanExportInput): Promise<Uint8Array> {
  const document = new Document({
    title: planTitle(input.plan),
    styles: { default: { document: { run: { font: BODY_FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4_WIDTH, height: A4_HEIGHT, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        footers: { default: pageNumberFooter() },
        children: [...preambleParagraphs(input), planTable(input)],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function preambleParagraphs({ plan }: PlanExportInput): Paragraph[] {
  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 240 },
    children: [new TextRun({ text: planTitle(plan), font: HEADER_FONT, size: TITLE_SIZE })],
  });
  const facts = planFactLines(plan).map((text) => new Paragraph({ children: [new TextRun(text)] }));
  // A blank line keeps the table off the last fact line on the page.
  return [title, ...facts, new Paragraph({})];
}

/** A printed table runs to many pages; numbered pages keep a loose stack in order. */
function pageNumberFooter(): Footer {
  const run = new TextRun({
    children: ['第 ', PageNumber.CURRENT, ' 页,共 ', PageNumber.TOTAL_PAGES, ' 页'],
  });
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run] })] });
}

function planTable(input: PlanExportInput): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: TABLE_HEADER.map((text) => cell({ text, font: HEADER_FONT, align: AlignmentType.CENTER })),
  });
  const total = COLUMN_SHARES.reduce((sum, share) => sum + share, 0);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: COLUMN_SHARES.map((share) => Math.floor((CONTENT_WIDTH * share) / total)),
    layout: TableLayoutType.FIXED,
    rows: [header, ...planTableRows(input).map(tableRow)],
  });
}

/** A heading is one cell across the width; other rows keep the four cells. A row never breaks over pages. */
function tableRow(row: PlanTableRow): TableRow {
  if (row.kind === 'heading') {
    const children = [cell({ text: row.text, bold: true, span: TABLE_HEADER.length })];
    return new TableRow({ cantSplit: true, children });
  }
  const bold = row.kind === 'subsection';
  const children = rowCells(row).map((text, index) =>
    cell({ text, bold, align: index === 0 ? AlignmentType.CENTER : AlignmentType.LEFT }),
  );
  return new TableRow({ cantSplit: true, children });
}

/** Each line of the text is its own paragraph: a Word cell shows a line break only between paragraphs. */
function cell({ text, font, bold, align, span }: CellText): TableCell {
  const children = text.split('\n').map(
    (line) =>
      new Paragraph({
        ...(align ? { alignment: align } : {}),
        children: [new TextRun({ text: line, ...(font ? { font } : {}), ...(bold ? { bold } : {}) })],
      }),
  );
  return new TableCell({
    children,
    verticalAlign: VerticalAlignTable.CENTER,
    ...(span ? { columnSpan: span } : {}),
  });
}
