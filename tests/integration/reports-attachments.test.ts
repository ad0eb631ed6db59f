import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import JSZip from 'jszip';
import { errorCode, testApp } from './support/http.ts';
import { body, multipartFile, requester, seedLoop, type LoopFixture } from './support/loop-fixture.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

interface Attachment {
  id: number;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
const XLS = Buffer.concat([
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  Buffer.alloc(504),
  Buffer.from('Workbook', 'utf16le'),
]);

async function officeFile(part: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file(part, '<document/>');
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe(`evidence files on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let fx: LoopFixture;
  let call: ReturnType<typeof requester>;

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb, { attachmentLimitBytes: 64 * 1024 });
    fx = await seedLoop(testDb.database.db);
    call = requester(deps.app, fx);
    deps.clock.set(new Date('2024-06-20T02:00:00Z'));
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  const upload = (login: string, fileName: string, content: Uint8Array) => {
    const { payload, headers } = multipartFile(fileName, content);
    return deps.app.inject({
      method: 'POST',
      url: '/api/attachments',
      payload,
      headers: { ...fx.as(login).headers, ...headers },
    });
  };
  const uploaded = async (login: string, fileName: string, content: Uint8Array) => {
    const response = await upload(login, fileName, content);
    assert.equal(response.statusCode, 201, response.body);
    return body<{ attachment: Attachment }>(response).attachment;
  };

  test('PDF, images and office files are accepted by their content, with SHA-256 and size', async () => {
    const pdf = await uploaded('jxj.reporter', '一季度佐证.pdf', PDF);
    assert.equal(pdf.mediaType, 'application/pdf');
    assert.equal(pdf.fileName, '一季度佐证.pdf');
    assert.equal(pdf.sizeBytes, PDF.length);
    assert.equal(pdf.sha256, createHash('sha256').update(PDF).digest('hex'));
    assert.equal((await uploaded('jxj.reporter', 'photo.PNG', PNG)).mediaType, 'image/png');
    const docx = await uploaded('jxj.reporter', '材料.docx', await officeFile('word/document.xml'));
    assert.match(docx.mediaType, /wordprocessingml/);
    const xlsx = await uploaded('jxj.reporter', '台账.xlsx', await officeFile('xl/workbook.xml'));
    assert.match(xlsx.mediaType, /spreadsheetml/);
    assert.equal((await uploaded('jxj.reporter', '旧表.xls', XLS)).mediaType, 'application/vnd.ms-excel');
  });

  test('a renamed program is refused whatever its name says', async () => {
    for (const name of ['report.pdf', 'setup.exe', 'table.xlsx']) {
      const response = await upload('jxj.reporter', name, EXE);
      assert.equal(response.statusCode, 400, name);
      assert.equal(errorCode(response), 'attachment.unsupported_type');
    }
    const bareZip = await upload('jxj.reporter', 'a.docx', await officeFile('other/part.xml'));
    assert.equal(errorCode(bareZip), 'attachment.unsupported_type');
  });

  test('a name that disagrees with the content is refused', async () => {
    const response = await upload('jxj.reporter', 'scan.pdf', PNG);
    assert.equal(response.statusCode, 400);
    assert.equal(errorCode(response), 'attachment.extension_mismatch');
  });

  test('a file over the size limit answers 413 in the error shape', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(65 * 1024, 0x20)]);
    const response = await upload('jxj.reporter', 'big.pdf', big);
    assert.equal(response.statusCode, 413);
    assert.equal(errorCode(response), 'attachment.too_large');
  });

  test('only unit accounts upload, and only signed-in ones', async () => {
    assert.equal((await upload('supervisor', 'x.pdf', PDF)).statusCode, 403);
    const { payload, headers } = multipartFile('x.pdf', PDF);
    const anonymous = await deps.app.inject({ method: 'POST', url: '/api/attachments', payload, headers });
    assert.equal(anonymous.statusCode, 401);
  });

  test('a filing lists its files; the unit, the office and (once filed) the lead download them', async () => {
    const file = await uploaded('jxj.reporter', '现场照片.png', PNG);
    const target = `/api/tasks/${fx.taskIds.get(1) ?? 0}/periods/2024-Q2/unit-input`;
    const saved = await call('jxj.reporter', 'PUT', target, {
      baseRev: 0,
      progress: '见附件',
      selfStatus: 'on_track',
      attachmentIds: [file.id],
    });
    assert.equal(saved.statusCode, 200, saved.body);
    const report = body<{ report: { id: number; content: { attachments: Attachment[] } } }>(saved).report;
    assert.deepEqual(
      report.content.attachments.map((a) => a.id),
      [file.id],
    );
    const download = (login: string | null) => call(login, 'GET', `/api/attachments/${file.id}`);
    const own = await download('jxj.approver');
    assert.equal(own.statusCode, 200);
    assert.equal(own.headers['content-type'], 'image/png');
    assert.deepEqual(own.rawPayload, PNG);
    assert.equal((await download('fgw.reporter')).statusCode, 404);
    assert.equal((await download('czj.reporter')).statusCode, 404);
    assert.equal((await download(null)).statusCode, 404);
    await call('jxj.reporter', 'POST', `/api/reports/${report.id}/submit`);
    await call('jxj.approver', 'POST', `/api/reports/${report.id}/sign-off`);
    assert.equal((await download('fgw.reporter')).statusCode, 200);
    assert.equal((await download('supervisor')).statusCode, 200);
    assert.equal((await download('czj.reporter')).statusCode, 404);
  });

  test("a unit cannot list another unit's upload in its filing", async () => {
    const file = await uploaded('jxj.reporter', 'mine.pdf', PDF);
    const target = `/api/tasks/${fx.taskIds.get(1) ?? 0}/periods/2024-Q2/unit-input`;
    const response = await call('czj.reporter', 'PUT', target, { baseRev: 0, attachmentIds: [file.id] });
    assert.equal(response.statusCode, 400);
    assert.equal(errorCode(response), 'report.unknown_attachment');
  });
});
