// The records the authorization matrix acts on. Everything belongs to 市经信局 (the "own" unit);
// 市财政局 is the "other" unit: a co-unit of task 1 beside 市经信局, with no part in tasks 13 and 14.
import assert from 'node:assert/strict';
import type { Db } from '../../../../src/db/client.ts';
import { taskAssignments, tasks } from '../../../../src/db/schema/index.ts';
import { closePeriod } from '../../../../src/services/assessment/period-close.usecases.ts';
import { addUnitAlias } from '../../../../src/services/units/unit-aliases.usecases.ts';
import { previewPlanImport } from '../../../../src/services/plans/plan-import.usecases.ts';
import { importNotice } from '../../../../src/importer/import-notice.ts';
import { buildApp } from '../../../../src/http/app.ts';
import { parseFeedbackTemplate } from '../../../../src/importer/feedback-template/parse.ts';
import type { TestDatabase } from '../test-database.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { folderCatalog } from '../../../../src/db/backup/backup-catalog.ts';
import { sequenceSecrets, T0, testClock, testHasher } from '../deterministic.ts';
import { makeAccount, OPERATOR } from '../http.ts';
import { multipartFile } from '../loop-fixture.ts';
import { smallNotice } from '../plans.ts';
import { caller, ok, seedSupervision, type SupervisionFixture } from '../supervision-fixture.ts';

/** The ids and bodies the request builders need. */
export interface Targets {
  unitId: number;
  otherUnitId: number;
  groupId: number;
  groupMemberIds: number[];
  /** Task 13: led by 市教育局, 市经信局 co-responsible. Task 14: led by 市经信局 alone. */
  task13: number;
  task14: number;
  /** Task 11: led by 市经信局, the county governments co-responsible. */
  task11: number;
  /** 市经信局's draft input on task 13 in 2024-Q2, with nothing filled in (it cannot be submitted). */
  reportId: number;
  attachmentId: number;
  cardId: number;
  completionId: number;
  extensionId: number;
  hotlineId: number;
  /** A notice to 市经信局 (its card). */
  notificationId: number;
  previewId: number;
  aliasId: number;
  /** An account the admin may change and reset without touching the signed-in ones. */
  spareAccountId: number;
  /** A real password sign-in. */
  login: { login: string; password: string };
  rules: object;
  pdf: ReturnType<typeof multipartFile>;
  /** A backup in the server's backup folder. */
  backupName: string;
}

export const MISSING_ID = 999_999;

type Deps = Awaited<ReturnType<typeof matrixApp>>;

/** The app as `duban serve` builds it: notices and feedback templates are read. */
export async function matrixApp(testDb: TestDatabase) {
  const deps = { store: testDb.store, clock: testClock(), hasher: testHasher, secrets: sequenceSecrets() };
  const directory = mkdtempSync(join(tmpdir(), 'duban-matrix-backups-'));
  const backups = folderCatalog({ database: testDb.database, directory, filesRoot: null, schedule: null });
  const app = await buildApp({
    ...deps,
    backups,
    database: testDb.database.kind,
    readNotice: importNotice,
    parseFeedbackTemplate,
    config: { checkResponses: true },
  });
  return { app, backups, ...deps };
}

export async function seedMatrix(db: Db, deps: Deps): Promise<{ fx: SupervisionFixture; targets: Targets }> {
  const fx = await seedSupervision(db);
  const task13 = await addTask(db, fx, 13, '市教育局', ['市经信局']);
  const task14 = await addTask(db, fx, 14, '市经信局', []);
  const call = caller(deps.app, fx);
  const pdf = multipartFile('佐证.pdf', new TextEncoder().encode('%PDF-1.4\n%matrix\n'));
  const upload = await deps.app.inject({
    method: 'POST',
    url: '/api/attachments',
    payload: pdf.payload,
    headers: { ...fx.as('jxj.reporter').headers, ...pdf.headers },
  });
  const report = ok<{ report: { id: number } }>(
    await call('jxj.reporter', 'PUT', `/api/tasks/${task13}/periods/2024-Q2/unit-input`, { baseRev: 0 }),
  );
  const acts = await supervisionActs(call, fx, task13, task14);
  const spare = await makeAccount(deps, { login: 'matrix.spare', role: 'leader' });
  const login = await makeAccount(deps, { login: 'matrix.login', role: 'leader' });
  const { preview } = await previewPlanImport({
    actor: OPERATOR,
    bytes: smallNotice(2024, [{ seq: 1, text: '地区生产总值增长7.5%左右', lead: ['市发改委'] }]),
    fileName: 'notice.txt',
    readNotice: importNotice,
    store: deps.store,
    clock: deps.clock,
  });
  const alias = await addUnitAlias({
    actor: OPERATOR,
    unitId: fx.unit('市经信局'),
    alias: '经信局',
    store: deps.store,
    clock: deps.clock,
  });
  await closePeriod({ actor: fx.as('supervisor').actor, year: 2024, key: '2024-Q1', ...deps });
  const rules = ok<{ rules: object }>(await call('admin', 'GET', '/api/plans/2024/rules')).rules;
  return {
    fx,
    targets: {
      unitId: fx.unit('市经信局'),
      otherUnitId: fx.unit('市财政局'),
      groupId: fx.unit('各县市区政府'),
      groupMemberIds: [fx.unit('无为市'), fx.unit('南陵县')],
      task13,
      task14,
      task11: fx.task(11),
      reportId: report.report.id,
      attachmentId: ok<{ attachment: { id: number } }>(upload, 201).attachment.id,
      ...acts,
      previewId: preview.id,
      aliasId: alias.alias.id,
      spareAccountId: spare.id,
      login: { login: login.login, password: login.password },
      rules,
      pdf,
      backupName: (await deps.backups.take('scheduled')).name,
    },
  };
}

async function addTask(db: Db, fx: SupervisionFixture, seq: number, lead: string, co: string[]) {
  const [plan] = await db.query.plans.findMany({ limit: 1 });
  assert.ok(plan);
  const values = { planId: plan.id, seq, path: ['二', '一', '1'], text: `第${seq}项任务` };
  const [row] = await db
    .insert(tasks)
    .values({ ...values, assignmentCertainty: 'certain' })
    .returning();
  assert.ok(row);
  const assignment = (name: string, role: 'lead' | 'responsible', position: number) => ({
    taskId: row.id,
    unitId: fx.unit(name),
    role,
    position,
    validFrom: '2024-01-01',
    source: 'import',
    createdAt: T0,
  });
  await db
    .insert(taskAssignments)
    .values([assignment(lead, 'lead', 0), ...co.map((name, i) => assignment(name, 'responsible', i))]);
  return row.id;
}

/** A card, an extension request, a completion claim and a hotline record, all 市经信局's. */
async function supervisionActs(
  call: ReturnType<typeof caller>,
  fx: SupervisionFixture,
  task13: number,
  task14: number,
) {
  const unitId = fx.unit('市经信局');
  const card = ok<{ card: { id: number } }>(
    await call('supervisor', 'POST', '/api/cards', {
      taskId: task13,
      unitId,
      period: '2024-Q2',
      color: 'yellow',
      reason: '进度滞后',
      rectifyBy: '2024-05-10',
    }),
  ).card;
  const extension = ok<{ extension: { id: number } }>(
    await call('jxj.reporter', 'POST', '/api/extensions', {
      taskId: task13,
      period: '2024-Q2',
      requestedDueOn: '2024-07-20',
      reason: '数据尚未公布',
    }),
  ).extension;
  const completion = ok<{ completion: { id: number } }>(
    await call('jxj.reporter', 'POST', '/api/completions', { taskId: task14, evidence: '已建成投用' }),
  ).completion;
  const hotline = ok<{ message: { id: number } }>(
    await call('supervisor', 'POST', '/api/hotline', { taskId: task13, channel: 'phone', content: '进展慢' }),
  ).message;
  const notices = ok<{ notifications: { id: number; kind: string }[] }>(
    await call('jxj.reporter', 'GET', '/api/notifications'),
  ).notifications;
  const notice = notices.find((notification) => notification.kind === 'card');
  assert.ok(notice, 'the card is told to the unit');
  return {
    cardId: card.id,
    extensionId: extension.id,
    completionId: completion.id,
    hotlineId: hotline.id,
    notificationId: notice.id,
  };
}
