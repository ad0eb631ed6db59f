// Inputs shaped to hold the importer for seconds or forever before it had a work budget: the fuzz test
// checks each is cut or given up with an issue saying so, and bench:import times each against the seed.
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';

export interface HangingShape {
  name: string;
  fileName: string;
  bytes: () => Promise<Uint8Array>;
}

/** Text as the bytes of an upload, resolved like the office files' bytes. */
const utf8 = (text: string): Promise<Uint8Array> => Promise.resolve(new TextEncoder().encode(text));
const ROWS = 50_000;
const numbers = (count: number): number[] => Array.from({ length: count }, (_, i) => i + 1);

async function xlsxRows(count: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('任务');
  sheet.addRow(['序号', '任务', '牵头单位', '责任单位']);
  for (const n of numbers(count)) sheet.addRow([n, `推进重点项目建设第${n}项`, '市发改委', '市财政局']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function docxRows(count: number): Promise<Uint8Array> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const rows = [new TableRow({ children: ['序号', '任务', '牵头单位'].map(cell) })];
  for (const n of numbers(count)) {
    rows.push(new TableRow({ children: [String(n), `推进第${n}项`, '市发改委'].map(cell) }));
  }
  return new Uint8Array(
    await Packer.toBuffer(new Document({ sections: [{ children: [new Table({ rows })] }] })),
  );
}

export const hangingShapes: HangingShape[] = [
  {
    name: '8 MB on a single line of text',
    fileName: 'notice.txt',
    bytes: () => utf8('一、推进重点项目建设(市发改委)'.repeat(180_000)),
  },
  {
    name: 'a text table of 50,000 rows',
    fileName: 'notice.txt',
    bytes: () =>
      utf8(
        [
          '| 序号 | 任务 | 牵头单位 |',
          ...numbers(ROWS).map((n) => `| ${n} | 推进第${n}项 | 市发改委 |`),
        ].join('\n'),
      ),
  },
  {
    name: 'a web page table of 50,000 rows',
    fileName: 'notice.html',
    bytes: () =>
      utf8(
        `<table><tr><td>序号</td><td>任务</td><td>牵头单位</td></tr>${numbers(ROWS)
          .map((n) => `<tr><td>${n}</td><td>推进第${n}项</td><td>市发改委</td></tr>`)
          .join('')}</table>`,
      ),
  },
  { name: 'an Excel sheet of 50,000 rows', fileName: 'notice.xlsx', bytes: () => xlsxRows(ROWS) },
  { name: 'a Word table of 50,000 rows', fileName: 'notice.docx', bytes: () => docxRows(ROWS) },
  {
    name: '50,000 numbered paragraphs',
    fileName: 'notice.txt',
    bytes: () =>
      utf8(
        numbers(ROWS)
          .map((n) => `${n}.推进重点项目建设。(市发改委)`)
          .join('\n'),
      ),
  },
  {
    name: '50,000 unclosed divs',
    fileName: 'notice.html',
    bytes: () => utf8(`<html><body>${'<div>一、任务'.repeat(ROWS)}</body></html>`),
  },
  {
    name: 'tables nested 1,500 deep',
    fileName: 'notice.html',
    bytes: () => utf8(`${'<table><tr><td>'.repeat(1500)}一、x${'</td></tr></table>'.repeat(1500)}`),
  },
  {
    name: 'a run of 1,200,000 brackets',
    fileName: 'notice.txt',
    bytes: () => utf8(`1.推进${'('.repeat(1_200_000)}市发改委`),
  },
  {
    name: '600,000 numbering markers on one line',
    fileName: 'notice.txt',
    bytes: () => utf8('一、(一)'.repeat(300_000)),
  },
  {
    name: '200,000 lines of numbering markers',
    fileName: 'notice.txt',
    bytes: () =>
      utf8(
        numbers(200_000)
          .map((n) => `(${n})`)
          .join('\n'),
      ),
  },
];
