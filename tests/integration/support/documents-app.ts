// The app with the feedback-template reader wired in, and helpers that open the documents it sends:
// a download's file name, a workbook's cells, a Word document's text, a template filled in as a clerk.
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import JSZip from 'jszip';
import type { DocumentWriters } from '../../../src/services/documents/documents.types.ts';
import { buildApp } from '../../../src/http/app.ts';
import { parseFeedbackTemplate } from '../../../src/importer/feedback-template/parse.ts';
import { importNotice } from '../../../src/importer/import-notice.ts';
import { sequenceSecrets, testClock, testHasher } from './deterministic.ts';
import type { LoopFixture } from './loop-fixture.ts';
import { multipartFile } from './loop-fixture.ts';
import type { TestDatabase } from './test-database.ts';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function documentsApp(testDb: TestDatabase, options: { writers?: DocumentWriters } = {}) {
  const clock = testClock();
  const app = await buildApp({
    store: testDb.store,
    clock,
    hasher: testHasher,
    secrets: sequenceSecrets(),
    database: testDb.database.kind,
    readNotice: importNotice,
    parseFeedbackTemplate,
    config: { checkResponses: true },
    ...(options.writers ? { documentWriters: options.writers } : {}),
  });
  return { app, clock, store: testDb.store };
}

/** The name a download is saved under, from its RFC 6266 header. */
export function downloadName(response: LightMyRequestResponse): string {
  const header = String(response.headers['content-disposition'] ?? '');
  assert.match(header, /^attachment; /);
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(header)?.[1];
  assert.ok(encoded, `a UTF-8 file name in ${header}`);
  return decodeURIComponent(encoded);
}

export async function workbookOf(bytes: Uint8Array | Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
}

export function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  assert.ok(sheet, `a sheet named ${name}`);
  return sheet;
}

/** Every cell's text, row by row, for looking things up in a sheet. */
export function sheetRows(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => cells.push(cell.text));
    rows.push(cells);
  });
  return rows;
}

/** The running text of a Word document's body. */
export async function docxText(bytes: Uint8Array | Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  assert.ok(xml, 'a Word document body');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');
}

export type Call = (
  login: string | null,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: object,
) => Promise<LightMyRequestResponse>;

/** Downloads a unit's template, lets the test fill it in as a clerk would, and returns the file. */
export async function fillTemplate(
  call: Call,
  login: string,
  url: string,
  fill: (sheet: ExcelJS.Worksheet) => void,
): Promise<Uint8Array> {
  const download = await call(login, 'GET', url);
  assert.equal(download.statusCode, 200, download.body);
  const workbook = await workbookOf(download.rawPayload);
  fill(sheetOf(workbook, '反馈表'));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function upload(
  app: FastifyInstance,
  fixture: LoopFixture,
  login: string,
  period: string,
  bytes: Uint8Array,
) {
  const { payload, headers } = multipartFile('反馈表.xlsx', bytes);
  return app.inject({
    method: 'POST',
    url: `/api/documents/template?period=${period}`,
    payload,
    headers: { ...headers, ...fixture.as(login).headers },
  });
}
