// The quarterly bulletin (通报) as a Word document in the official format, with the completion chart
// rendered on the server and embedded as a picture.
import {
  AlignmentType,
  Document,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { BulletinBlock } from './bulletin-content.ts';
import { bulletinContent } from './bulletin-content.ts';
import { renderCompletionChart } from './completion-chart.ts';
import type { BulletinInput } from './documents.types.ts';
import {
  OFFICIAL_FONTS,
  SIZES,
  bodyParagraph,
  centredLine,
  headingParagraph,
  officialPage,
  pageNumberFooters,
  signatureParagraphs,
  titleParagraph,
  withFontFallbacks,
} from './official-docx.ts';

/** The type area is 156 mm wide, about 590 pixels at 96 dpi; the chart keeps a little air. */
const CHART_WIDTH_PX = 560;

export async function exportBulletinDocx(input: BulletinInput): Promise<Uint8Array> {
  const content = bulletinContent(input);
  const document = new Document({
    title: content.title,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: OFFICIAL_FONTS.body.name, size: SIZES.body } } } },
    sections: [
      {
        properties: officialPage(),
        footers: pageNumberFooters(),
        children: [
          titleParagraph(content.title),
          ...(content.documentNumber ? [centredLine(content.documentNumber)] : []),
          ...content.blocks.flatMap(blockElements),
          ...signatureParagraphs(content.issuer, content.dateText),
        ],
      },
    ],
  });
  return withFontFallbacks(new Uint8Array(await Packer.toBuffer(document)));
}

function blockElements(block: BulletinBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading1':
      return [headingParagraph(block.text, 1)];
    case 'heading2':
      return [headingParagraph(block.text, 2)];
    case 'paragraph':
      return [bodyParagraph(block.text)];
    case 'chart':
      return chartParagraphs(block);
    case 'table':
      return [rankingTable(block.header, block.rows)];
  }
}

function chartParagraphs(block: Extract<BulletinBlock, { kind: 'chart' }>): Paragraph[] {
  const chart = renderCompletionChart(block.data);
  const height = Math.round((chart.height * CHART_WIDTH_PX) / chart.width);
  const image = new ImageRun({
    type: 'png',
    data: chart.png,
    transformation: { width: CHART_WIDTH_PX, height },
    altText: { name: 'completion-chart', title: block.data.title, description: chartDescription(block) },
  });
  const caption = new TextRun({ text: block.caption, font: OFFICIAL_FONTS.body.name, size: SIZES.small });
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [image] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [caption] }),
  ];
}

/** The figures in words, for readers who cannot see the picture. */
function chartDescription(block: Extract<BulletinBlock, { kind: 'chart' }>): string {
  return block.data.bars.map((bar) => `${bar.label}${Math.round(bar.percent)}%`).join(';');
}

function rankingTable(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  const line = (cells: readonly string[], font: string, tableHeader = false): TableRow =>
    new TableRow({
      tableHeader,
      cantSplit: true,
      children: cells.map(
        (text) =>
          new TableCell({
            verticalAlign: VerticalAlignTable.CENTER,
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text, font, size: SIZES.small })],
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      line(header, OFFICIAL_FONTS.heading1.name, true),
      ...rows.map((cells) => line(cells, OFFICIAL_FONTS.body.name)),
    ],
  });
}
