// A Word document holding one wide table, the way offices print their task tables: a title, a few
// lines under it, then the table on A4 landscape with its header row repeated on every page and
// numbered pages. The plan and the quarterly publication are both laid out this way.
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

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export type DocxTableRow =
  /** A part or section: one bold cell across the width. */
  | { kind: 'heading'; text: string }
  /** The first cell centred (the number), the others left; a subsection row is bold. */
  | { kind: 'cells'; cells: readonly string[]; bold?: boolean };

export interface DocxTableInput {
  title: string;
  /** Lines between the title and the table. */
  lines: readonly string[];
  header: readonly string[];
  /** Relative column widths. */
  columnShares: readonly number[];
  rows: readonly DocxTableRow[];
}

interface CellText {
  text: string;
  font?: string;
  bold?: boolean;
  align?: Align;
  span?: number;
}

export async function landscapeTableDocx(input: DocxTableInput): Promise<Uint8Array> {
  const document = new Document({
    title: input.title,
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
        children: [...preambleParagraphs(input), table(input)],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function preambleParagraphs({ title, lines }: DocxTableInput): Paragraph[] {
  const heading = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 240 },
    children: [new TextRun({ text: title, font: HEADER_FONT, size: TITLE_SIZE })],
  });
  const facts = lines.map((text) => new Paragraph({ children: [new TextRun(text)] }));
  // A blank line keeps the table off the last line above it on the page.
  return [heading, ...facts, new Paragraph({})];
}

/** A printed table runs to many pages; numbered pages keep a loose stack in order. */
function pageNumberFooter(): Footer {
  const run = new TextRun({
    children: ['第 ', PageNumber.CURRENT, ' 页,共 ', PageNumber.TOTAL_PAGES, ' 页'],
  });
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run] })] });
}

function table(input: DocxTableInput): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: input.header.map((text) => cell({ text, font: HEADER_FONT, align: AlignmentType.CENTER })),
  });
  const total = input.columnShares.reduce((sum, share) => sum + share, 0);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: input.columnShares.map((share) => Math.floor((CONTENT_WIDTH * share) / total)),
    layout: TableLayoutType.FIXED,
    rows: [header, ...input.rows.map((row) => tableRow(row, input.header.length))],
  });
}

/** A heading is one cell across the width; other rows keep their cells. A row never breaks over pages. */
function tableRow(row: DocxTableRow, columns: number): TableRow {
  if (row.kind === 'heading') {
    return new TableRow({ cantSplit: true, children: [cell({ text: row.text, bold: true, span: columns })] });
  }
  const bold = row.bold ?? false;
  const children = row.cells.map((text, index) =>
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
