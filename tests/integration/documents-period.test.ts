import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { documentWriters } from '../../src/exporter/document-writers.ts';
import type { Call } from './support/documents-app.ts';
import {
  DOCX,
  XLSX,
  docxText,
  documentsApp,
  downloadName,
  sheetOf,
  sheetRows,
  workbookOf,
} from './support/documents-app.ts';
import { errorCode } from './support/http.ts';
import { body, requester, seedLoop, type LoopFixture } from './support/loop-fixture.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

const ACCEPTED = '二季度地区生产总值增长6.1%,已采纳的进展。';
const NOT_YET = '市财政局已签发但尚未采纳的进展。';
const RETURNED = '市经信局被退回的反馈。';

describe(`a quarter's office documents on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof documentsApp>>;
  let fx: LoopFixture;
  let call: Call;

  /** Saves a filing as the unit's reporter, submits it and has the unit's approver sign it off. */
  async function file(unit: string, url: string, progress: string): Promise<number> {
    const saved = await call(`${unit}.reporter`, 'PUT', url, {
      baseRev: 0,
      progress,
      selfStatus: 'on_track',
      percentComplete: 50,
    });
    assert.equal(saved.statusCode, 200, saved.body);
    const { id } = body<{ report: { id: number } }>(saved).report;
    for (const [login, step] of [
      [`${unit}.reporter`, 'submit'],
      [`${unit}.approver`, 'sign-off'],
    ] as const) {
      const moved = await call(login, 'POST', `/api/reports/${id}/${step}`, {});
      assert.equal(moved.statusCode, 200, moved.body);
    }
    return id;
  }

  before(async () => {
    testDb = await openTestDatabase();
    deps = await documentsApp(testDb);
    fx = await seedLoop(testDb.database.db);
    call = requester(deps.app, fx);
    const task = (seq: number) => fx.taskIds.get(seq) ?? 0;
    deps.clock.set(new Date('2024-07-03T02:00:00Z'));
    const accepted = await file('fgw', `/api/tasks/${task(1)}/periods/2024-Q2/task-report`, ACCEPTED);
    assert.equal((await call('supervisor', 'POST', `/api/reports/${accepted}/accept`, {})).statusCode, 200);
    await file('czj', `/api/tasks/${task(12)}/periods/2024-Q2/task-report`, NOT_YET);
    const returned = await file('jxj', `/api/tasks/${task(1)}/periods/2024-Q2/unit-input`, RETURNED);
    const back = await call('supervisor', 'POST', `/api/reports/${returned}/return`, { reasons: '数据不全' });
    assert.equal(back.statusCode, 200, back.body);
    deps.clock.set(new Date('2024-07-10T02:00:00Z'));
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  test('the summary lists every owed filing with its state, return count and the text that reached the office', async () => {
    const response = await call('supervisor', 'GET', '/api/documents/summary.xlsx?period=2024-Q2');
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers['content-type'], XLSX);
    assert.equal(downloadName(response), '2024年二季度重点工作任务进展情况汇总.xlsx');
    const workbook = await workbookOf(response.rawPayload);
    const counts = sheetRows(sheetOf(workbook, '汇总'));
    const fgwCounts = counts.find((row) => row[0] === '市发改委');
    assert.deepEqual(fgwCounts?.slice(1, 7), ['2', '1', '0', '1', '0', '1']);
    assert.deepEqual(counts.find((row) => row[0] === '市经信局')?.slice(1, 7), [
      '2',
      '1',
      '0',
      '1',
      '1',
      '0',
    ]);
    const filings = workbook.worksheets.slice(1).flatMap(sheetRows);
    const row = (seq: string, unit: string) => filings.find((cells) => cells[0] === seq && cells[2] === unit);
    assert.deepEqual(row('1', '市发改委')?.slice(3, 9), ['牵头', '已采纳', '正常推进', '绿', '50', ACCEPTED]);
    assert.equal(row('12', '市财政局')?.[8], NOT_YET);
    assert.equal(row('1', '市经信局')?.[4], '已退回');
    assert.equal(row('11', '南陵县')?.[4], '逾期');
  });

  test('the publication shows only what the office accepted, to anyone', async () => {
    for (const format of ['xlsx', 'docx', 'html'] as const) {
      const response = await call(null, 'GET', `/api/documents/publication.${format}?period=2024-Q2`);
      assert.equal(response.statusCode, 200, `${format}: ${response.body}`);
      assert.equal(downloadName(response), `2024年重点工作任务二季度进展情况.${format}`);
      const text =
        format === 'xlsx'
          ? sheetRows((await workbookOf(response.rawPayload)).worksheets[0] ?? assert.fail('a sheet'))
              .flat()
              .join('\n')
          : format === 'docx'
            ? await docxText(response.rawPayload)
            : response.body;
      assert.ok(text.includes(ACCEPTED), `${format} shows the accepted report`);
      assert.ok(!text.includes(NOT_YET) && !text.includes(RETURNED), `${format} shows nothing else`);
    }
    const html = await call(null, 'GET', '/api/documents/publication.html?period=2024-Q2');
    assert.equal(html.headers['content-type'], 'text/html; charset=utf-8');
  });

  test("the bulletin's Word document opens with the quarter's overview figures", async () => {
    const response = await call('leader', 'GET', '/api/documents/bulletin.docx?period=2024-Q2');
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers['content-type'], DOCX);
    assert.equal(downloadName(response), '关于2024年二季度重点工作任务推进情况的通报.docx');
    const text = await docxText(response.rawPayload);
    assert.match(text, /一、总体情况/);
    // The bulletin writes Chinese punctuation: full-width commas (\uff0c) and semicolons (\uff1b).
    assert.match(text, /二季度共有重点工作任务3项\uff0c涉及责任单位5家\uff0c应报送进展情况8份。/);
    assert.match(text, /经审核采纳1份\uff0c退回修改1份/);
  });

  test('the bulletin as PDF: converted where the server can, else a clear 409', async () => {
    const withoutOffice = await documentsApp(testDb, {
      writers: { ...documentWriters, docxToPdf: () => Promise.resolve(null) },
    });
    const refused = await withoutOffice.app.inject({
      method: 'GET',
      url: '/api/documents/bulletin.pdf?period=2024-Q2',
      headers: fx.as('supervisor').headers,
    });
    assert.equal(refused.statusCode, 409, refused.body);
    assert.equal(errorCode(refused), 'bulletin.pdf_unavailable');
    await withoutOffice.app.close();
    const pdf = new TextEncoder().encode('%PDF-1.7 converted');
    const withOffice = await documentsApp(testDb, {
      writers: { ...documentWriters, docxToPdf: () => Promise.resolve(pdf) },
    });
    const converted = await withOffice.app.inject({
      method: 'GET',
      url: '/api/documents/bulletin.pdf?period=2024-Q2',
      headers: fx.as('supervisor').headers,
    });
    assert.equal(converted.statusCode, 200, converted.body);
    assert.equal(converted.headers['content-type'], 'application/pdf');
    assert.equal(downloadName(converted), '关于2024年二季度重点工作任务推进情况的通报.pdf');
    await withOffice.app.close();
  });

  test('the bulletin as PDF through the LibreOffice installed here: pages with the Chinese font embedded', async () => {
    const response = await call('supervisor', 'GET', '/api/documents/bulletin.pdf?period=2024-Q2');
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers['content-type'], 'application/pdf');
    const pdf = Buffer.from(response.rawPayload).toString('latin1');
    assert.ok(pdf.startsWith('%PDF-'), pdf.slice(0, 20));
    assert.match(pdf, /\/Type\s*\/Page\b/);
    // The body is set in a CJK font (仿宋 or, lacking it, the system's Chinese font), not dropped.
    const fonts = pdf.match(/\/FontName\s*\/[^\s/>]+/g) ?? [];
    assert.ok(
      fonts.some((font) => /WenQuanYi|Fang|Song|Hei|Kai|Noto.*CJK|Droid/i.test(font)),
      `fonts embedded: ${fonts.join(', ')}`,
    );
  });

  test('the summary and the bulletin are for the office and leaders: anonymous 401, a unit 403', async () => {
    for (const url of [
      '/api/documents/summary.xlsx?period=2024-Q2',
      '/api/documents/bulletin.docx?period=2024-Q2',
    ]) {
      const anonymous = await call(null, 'GET', url);
      assert.equal(anonymous.statusCode, 401, anonymous.body);
      assert.equal(errorCode(anonymous), 'auth.required');
      const unit = await call('fgw.reporter', 'GET', url);
      assert.equal(unit.statusCode, 403, unit.body);
    }
    const unknown = await call('supervisor', 'GET', '/api/documents/summary.xlsx?period=2030-Q1');
    assert.equal(unknown.statusCode, 404, unknown.body);
  });
});
