// The quarter's office documents from the pages the office and the leaders work in: the console
// offers the progress summary, the bulletin and the publication table; the leaders' dashboard the
// summary and the bulletin. Every button downloads a real Office file through the page's session,
// and a unit's reporter, who may not open the console, sees none of them.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { acceptReport } from '../../src/services/reports/transitions.usecases.ts';
import { systemClock } from '../../src/services/support/clock.ts';
import { ConsolePageModel } from './pages/office-console.ts';
import { DashboardPageModel } from './pages/office-dashboard.ts';
import { signIn } from './pages/office-sign-in.ts';
import { launchBrowser, snapshot } from './support/browser.ts';
import { startDemoServer, type DemoServer } from './support/demo-server.ts';
import { fileLeadReports } from './support/office-seed.ts';

const PERIOD = '2024-Q1';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface Expected {
  label: string;
  path: string;
  mediaType: string;
}

const SUMMARY: Expected = { label: '下载进展汇总表', path: '/api/documents/summary.xlsx', mediaType: XLSX };
const BULLETIN: Expected = { label: '下载通报', path: '/api/documents/bulletin.docx', mediaType: DOCX };
const PUBLICATION_XLSX: Expected = {
  label: '下载公开表Excel',
  path: '/api/documents/publication.xlsx',
  mediaType: XLSX,
};
const PUBLICATION_DOCX: Expected = {
  label: '下载公开表Word',
  path: '/api/documents/publication.docx',
  mediaType: DOCX,
};

let server: DemoServer;
let browser: Browser;

before(async () => {
  server = await startDemoServer({ demo: true });
  browser = await launchBrowser();
  // One accepted report, so the publication table has a row to publish.
  const [first] = await fileLeadReports(server, { code: 'fgw', period: PERIOD, count: 2 });
  if (!first) throw new Error('nothing filed');
  await acceptReport({
    actor: await server.actorOf('duchaban'),
    reportId: first.reportId,
    store: server.db.store,
    clock: systemClock,
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const downloadButton = (page: Page, label: string) => page.getByRole('link', { name: label, exact: false });

function assertOfficeFile(bytes: Buffer, what: string): void {
  assert.ok(bytes.length > 100, `${what}: only ${bytes.length} bytes`);
  assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', `${what} is not a ZIP (Office) file`);
}

/** Finds the button by its label, checks where it points and downloads it with the page's cookies. */
async function downloadThroughSession(page: Page, expected: Expected): Promise<void> {
  const button = downloadButton(page, expected.label);
  await button.waitFor();
  assert.equal(await button.getAttribute('download'), '', `${expected.label} is not a download link`);
  const href = await button.getAttribute('href');
  assert.ok(href, `${expected.label} has no href`);
  const url = new URL(href, page.url());
  assert.equal(url.pathname, expected.path, expected.label);
  assert.equal(url.searchParams.get('period'), PERIOD, `${expected.label} is not for the shown quarter`);

  const response = await page.request.get(url.toString());
  assert.equal(response.status(), 200, `${expected.label}: ${await response.text()}`);
  assert.equal(response.headers()['content-type'], expected.mediaType, expected.label);
  assert.match(response.headers()['content-disposition'] ?? '', /^attachment;/, expected.label);
  assertOfficeFile(await response.body(), expected.label);
}

/** Clicks the button as a person would and reads the file the browser saved. */
async function clickDownload(page: Page, expected: Expected, extension: string): Promise<void> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    downloadButton(page, expected.label).click(),
  ]);
  assert.ok(download.suggestedFilename().endsWith(extension), download.suggestedFilename());
  assert.equal(await download.failure(), null);
  assertOfficeFile(await readFile(await download.path()), `${expected.label} (clicked)`);
}

describe('office documents for the quarter shown', () => {
  it('the supervision office downloads the summary, the bulletin and the publication from the console', async () => {
    const page = await signIn(browser, server.url, 'duchaban', server.password);
    const consolePage = new ConsolePageModel(page);
    await consolePage.open(server.url, PERIOD);
    for (const expected of [SUMMARY, BULLETIN, PUBLICATION_XLSX, PUBLICATION_DOCX])
      await downloadThroughSession(page, expected);
    await clickDownload(page, BULLETIN, '.docx');
    await snapshot(page, 'office-console-documents');
    await page.close();
  });

  it('a leader downloads the summary and the bulletin from the dashboard', async () => {
    const page = await signIn(browser, server.url, 'shizhang', server.password);
    await new DashboardPageModel(page).open(server.url, PERIOD);
    for (const expected of [SUMMARY, BULLETIN]) await downloadThroughSession(page, expected);
    await clickDownload(page, SUMMARY, '.xlsx');
    // The dashboard offers only the leaders' documents; the publication stays on the console.
    assert.equal(await downloadButton(page, '下载公开表').count(), 0);
    await page.close();
  });

  it('a reporter cannot open the console and sees none of its download buttons', async () => {
    const page = await signIn(browser, server.url, 'fgw-reporter', server.password);
    await page.goto(`${server.url}/console?period=${PERIOD}`);
    // The console is not among the reporter's routes: the frame says so and offers the way home.
    await page.getByRole('heading', { name: '无权访问' }).waitFor();
    await page.getByRole('menuitem', { name: '任务清单' }).waitFor();
    assert.equal(await page.getByRole('menuitem', { name: '督查台' }).count(), 0);
    for (const label of [SUMMARY.label, BULLETIN.label, '下载公开表'])
      assert.equal(await downloadButton(page, label).count(), 0, `a reporter sees ${label}`);
    // The server agrees: the summary and the bulletin are refused to a unit's account.
    for (const expected of [SUMMARY, BULLETIN]) {
      const response = await page.request.get(`${server.url}${expected.path}?period=${PERIOD}`);
      assert.equal(response.status(), 403, expected.label);
    }
    await page.close();
  });
});
