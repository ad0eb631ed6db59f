// The form's harder moments in a browser: a save that clashes with another window's, a filing the
// office returned, last quarter's text carried over, and a refused upload explained in Chinese.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createProcessCaches } from '../../src/services/process-caches.ts';
import { saveTaskReport, saveUnitInput } from '../../src/services/reports/save.usecases.ts';
import {
  returnReport,
  signOffReport,
  submitReport,
} from '../../src/services/reports/transitions.usecases.ts';
import { systemClock } from '../../src/services/support/clock.ts';
import { actorFor } from './support/actors.ts';
import { DESKTOP, PHONE, snapshot } from './support/browser.ts';
import type { DemoServer } from './support/server.ts';
import { openSignedInBrowser, type SignedInBrowser } from './support/signed-in-browser.ts';
import { FilingPage } from './pages/filing.page.ts';
import { WorkbenchPage } from './pages/workbench.page.ts';

const Q1 = '2024-Q1';
const Q2 = '2024-Q2';
const RETURN_REASONS = '请补充一般公共预算收入的具体增幅,并说明与5.5%目标的差距。';

let ui: SignedInBrowser | undefined;
let server: DemoServer;
const pageAs: SignedInBrowser['pageAs'] = (login, device) => {
  if (!ui) throw new Error('the browser is not open');
  return ui.pageAs(login, device);
};

// Saves made beside the app, as another process would: with caches of their own.
const caches = createProcessCaches();
const deps = () => ({ store: server.db.store, clock: systemClock, caches });

before(async () => {
  ui = await openSignedInBrowser();
  server = ui.server;
});

after(() => ui?.close());

describe('the filing form when things go wrong', () => {
  it('a save that clashes with another window keeps the typed text and lets the clerk choose', async () => {
    // Task 1, 地区生产总值增长7.5%左右: 市发改委 leads.
    const page = await pageAs('fgw-reporter', DESKTOP);
    const form = new FilingPage(page, server.url);
    await form.open(1, Q1);
    await form.fillProgress('一季度地区生产总值增长7.2%。');
    await form.waitSaved();

    const elsewhere = await actorFor(server.db.store, 'fgw-approver');
    await saveTaskReport({
      actor: elsewhere,
      taskId: 1,
      period: Q1,
      baseRev: 1,
      content: { progress: '另一个窗口保存的内容。' },
      ...deps(),
    });

    await form.progress.pressSequentially('主要指标好于全省平均。');
    await page.getByText('此填报已在别处被修改,您刚才的修改尚未保存').waitFor();
    const typed = '一季度地区生产总值增长7.2%。主要指标好于全省平均。';
    assert.equal(await form.progress.inputValue(), typed, 'nothing typed is lost');
    await snapshot(page, 'filing-conflict');

    await page.getByRole('button', { name: '载入最新版本' }).click();
    await page.getByText('已载入最新版本').waitFor();
    assert.equal(await form.progress.inputValue(), '另一个窗口保存的内容。');
    await page.getByRole('button', { name: '恢复我的内容' }).click();
    assert.equal(await form.progress.inputValue(), typed);
    await form.waitSaved();
  });

  it('a returned filing shows the office’s reasons first, and can be revised and resubmitted from a phone', async () => {
    // Task 8, 一般公共预算收入增长5.5%左右: 市财政局 leads.
    const reporter = await actorFor(server.db.store, 'czj-reporter');
    const { report } = await saveTaskReport({
      actor: reporter,
      taskId: 8,
      period: Q1,
      baseRev: 0,
      content: { progress: '一季度一般公共预算收入稳步增长。', selfStatus: 'on_track' },
      ...deps(),
    });
    const reportId = report.report.id;
    await submitReport({ actor: reporter, reportId, ...deps() });
    await signOffReport({ actor: await actorFor(server.db.store, 'czj-approver'), reportId, ...deps() });
    await returnReport({
      actor: await actorFor(server.db.store, 'duchaban'),
      reportId,
      reasons: RETURN_REASONS,
      ...deps(),
    });

    const page = await pageAs('czj-reporter', PHONE);
    const workbench = new WorkbenchPage(page, server.url);
    await workbench.open(Q1);
    await page.getByRole('link', { name: '第8项 修改' }).waitFor();
    await workbench.openFiling(8, Q1);
    await page.getByText(RETURN_REASONS).waitFor();
    await snapshot(page, 'filing-returned');

    const form = new FilingPage(page, server.url);
    await form.fillProgress('一季度一般公共预算收入增长6.1%,高于5.5%的年度目标0.6个百分点。');
    await form.waitSaved();
    await form.submit();
  });

  it('an approver may fill a filing in and sign it off in one step', async () => {
    // Task 12, 建立常态化政策动态评估与调整机制: 市财政局 leads.
    const page = await pageAs('czj-approver', DESKTOP);
    const form = new FilingPage(page, server.url);
    await form.open(12, Q1);
    await form.fillProgress('印发政策评估办法,完成首批12项政策评估。');
    await form.chooseStatus('正常推进');
    await form.signOff();
    const period = await server.db.store.repos.reports.findPeriod(Q1);
    const actor = await actorFor(server.db.store, 'czj-approver');
    assert.ok(period && actor.kind === 'account' && actor.unitId !== null);
    const slot = { periodId: period.id, taskId: 12, unitId: actor.unitId, kind: 'task_report' as const };
    assert.equal((await server.db.store.repos.reports.findReportInSlot(slot))?.state, 'signed_off');
  });

  it("a new quarter's form starts from last quarter's text, and a refused upload says why", async () => {
    // Task 2: 市发改委 shares it.
    await saveUnitInput({
      actor: await actorFor(server.db.store, 'fgw-reporter'),
      taskId: 2,
      period: Q1,
      baseRev: 0,
      content: { progress: '一季度规上工业增加值增长9.1%。', selfStatus: 'on_track', percentComplete: 25 },
      ...deps(),
    });
    const page = await pageAs('fgw-reporter', PHONE);
    const form = new FilingPage(page, server.url);
    await form.open(2, Q2);
    await page.getByText('已带入上季度填报的内容').waitFor();
    assert.equal(await form.progress.inputValue(), '一季度规上工业增加值增长9.1%。');

    await page.locator('input[type=file]').setInputFiles({
      name: '说明.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('不是佐证材料'),
    });
    await page.getByText(/只能上传PDF、图片/).waitFor();
    await snapshot(page, 'filing-prefilled-upload-refused');
  });
});
