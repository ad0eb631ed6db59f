// Filings that reach the office, made through the same use cases the unit pages call: a unit's
// reporter saves and submits its lead task reports, its approver signs them off.
import { createAccount } from '../../../src/services/accounts/accounts.usecases.ts';
import { changePassword } from '../../../src/services/accounts/password.usecases.ts';
import { findPlanTasks } from '../../../src/services/plans/plan-tasks.queries.ts';
import { createProcessCaches } from '../../../src/services/process-caches.ts';
import { saveTaskReport } from '../../../src/services/reports/save.usecases.ts';
import { signOffReport, submitReport } from '../../../src/services/reports/transitions.usecases.ts';
import { DEMO_UNIT_CODES, DEMO_YEAR } from '../../../src/services/demo/demo-accounts.ts';
import { systemClock } from '../../../src/services/support/clock.ts';
import { testHasher } from '../../integration/support/deterministic.ts';
import type { DemoServer } from './demo-server.ts';

export interface FiledReport {
  taskId: number;
  seq: number;
  reportId: number;
}

type Content = Parameters<typeof saveTaskReport>[0]['content'];

/** Seeded as another process would: with caches of its own. */
const seedDeps = (server: DemoServer) => ({
  store: server.db.store,
  clock: systemClock,
  caches: createProcessCaches(),
});

/** The first `count` tasks the unit (by its demo code: fgw, jxj, czj) leads in the demo plan. */
export async function leadTasks(
  server: DemoServer,
  input: { code: string; count: number },
): Promise<{ id: number; seq: number }[]> {
  const unit = Object.entries(DEMO_UNIT_CODES).find(([, code]) => code === input.code)?.[0];
  if (!unit) throw new Error(`no demo unit with code ${input.code}`);
  const reporter = await server.actorOf(`${input.code}-reporter`);
  const { tasks } = await findPlanTasks({ actor: reporter, ...seedDeps(server), year: DEMO_YEAR, unit });
  return tasks
    .filter((task) => task.leadUnits.some((lead) => lead.name === unit))
    .slice(0, input.count)
    .map((task) => ({ id: task.id, seq: task.seq }));
}

/** The unit's reporter saves and submits its report on a task it leads, its approver signs it off. */
export async function fileLeadReport(
  server: DemoServer,
  input: { code: string; taskId: number; period: string; content: Content },
): Promise<number> {
  const reporter = await server.actorOf(`${input.code}-reporter`);
  const approver = await server.actorOf(`${input.code}-approver`);
  const deps = seedDeps(server);
  const { report } = await saveTaskReport({
    actor: reporter,
    taskId: input.taskId,
    period: input.period,
    baseRev: 0,
    content: input.content,
    ...deps,
  });
  await submitReport({ actor: reporter, reportId: report.report.id, ...deps });
  await signOffReport({ actor: approver, reportId: report.report.id, ...deps });
  return report.report.id;
}

/** The unit (by its demo code: fgw, jxj, czj) files its first `count` lead tasks of the period. */
export async function fileLeadReports(
  server: DemoServer,
  input: { code: string; period: string; count: number },
): Promise<FiledReport[]> {
  const filed: FiledReport[] = [];
  for (const task of await leadTasks(server, input)) {
    const reportId = await fileLeadReport(server, {
      code: input.code,
      taskId: task.id,
      period: input.period,
      content: {
        progress: `第${task.seq}项:已召开专题会议部署,完成年度工作方案,各项工作有序推进。`,
        selfStatus: 'on_track',
        percentComplete: 30,
        problems: '部分项目要素保障仍需协调。',
        nextSteps: '加快推进重点项目建设。',
      },
    });
    filed.push({ taskId: task.id, seq: task.seq, reportId });
  }
  return filed;
}

/** An office account that has already replaced its initial password, so it signs straight in. */
export async function createReadyAccount(
  server: DemoServer,
  input: { login: string; displayName: string; role: 'admin' | 'supervisor' | 'leader' },
): Promise<string> {
  const deps = { store: server.db.store, clock: systemClock, hasher: testHasher };
  const created = await createAccount({
    actor: { kind: 'system', role: 'admin', label: 'e2e' },
    ...input,
    unitId: null,
    ...deps,
    secrets: { token: () => crypto.randomUUID(), initialPassword: () => 'Initial-pass-0001' },
  });
  const password = `${input.login}-ready-2024`;
  await changePassword({
    actor: await server.actorOf(input.login),
    sessionId: null,
    currentPassword: created.initialPassword,
    newPassword: password,
    ...deps,
  });
  return password;
}
