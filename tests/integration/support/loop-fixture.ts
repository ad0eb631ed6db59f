// A small plan for the reporting loop, written straight to the tables: units (one group with two
// members), the 2024 plan with its four periods, three tasks, and signed-in accounts. Accounts get
// a placeholder hash and a ready session instead of a password sign-in, so suites stay fast.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { AccountRole, Actor } from '../../../src/core/policy/policy.types.ts';
import type { Db } from '../../../src/db/client.ts';
import {
  accounts,
  periods,
  plans,
  sessions,
  structureNodes,
  taskAssignments,
  taskIndicators,
  tasks,
} from '../../../src/db/schema/index.ts';
import { hashToken } from '../../../src/services/support/secrets.ts';
import { T0 } from './deterministic.ts';
import { seedUnits } from './seed.ts';

const PERIODS = [
  { key: '2024-Q1', opensOn: '2024-01-01', dueOn: '2024-04-05' },
  { key: '2024-Q2', opensOn: '2024-04-01', dueOn: '2024-07-05' },
  { key: '2024-Q3', opensOn: '2024-07-01', dueOn: '2024-10-08' },
  { key: '2024-Q4', opensOn: '2024-10-01', dueOn: '2025-01-06' },
] as const;

const UNITS = [
  { name: '市发改委' },
  { name: '市经信局' },
  { name: '市财政局' },
  { name: '市教育局' },
  { name: '无为市', kind: 'county' },
  { name: '南陵县', kind: 'county' },
  { name: '各县市区政府', kind: 'group', members: ['无为市', '南陵县'] },
];

/** seq, path, lead, responsible: task 1 has an indicator; task 11 is shared by a group. */
const TASKS = [
  { seq: 1, path: ['一'], lead: '市发改委', responsible: ['市经信局', '市财政局'] },
  { seq: 11, path: ['二', '一', '1'], lead: '市经信局', responsible: ['各县市区政府'] },
  { seq: 12, path: ['二', '一', '1'], lead: '市财政局', responsible: ['市发改委'] },
] as const;

/** Who signs in: a reporter and an approver per filing unit, and the city-wide roles. */
const ACCOUNTS: readonly { login: string; role: AccountRole; unit?: string }[] = [
  { login: 'fgw.reporter', role: 'reporter', unit: '市发改委' },
  { login: 'fgw.approver', role: 'approver', unit: '市发改委' },
  { login: 'jxj.reporter', role: 'reporter', unit: '市经信局' },
  { login: 'jxj.approver', role: 'approver', unit: '市经信局' },
  { login: 'czj.reporter', role: 'reporter', unit: '市财政局' },
  { login: 'czj.approver', role: 'approver', unit: '市财政局' },
  { login: 'jyj.reporter', role: 'reporter', unit: '市教育局' },
  { login: 'ww.reporter', role: 'reporter', unit: '无为市' },
  { login: 'nl.reporter', role: 'reporter', unit: '南陵县' },
  { login: 'supervisor', role: 'supervisor' },
  { login: 'leader', role: 'leader' },
  { login: 'admin', role: 'admin' },
];

export interface SignedInAccount {
  actor: Actor;
  /** Cookie and CSRF header for app.inject. */
  headers: { cookie: string; 'x-csrf-token': string };
}

export interface LoopFixture {
  unitIds: Map<string, number>;
  taskIds: Map<number, number>;
  indicatorId: number;
  periodIds: Map<string, number>;
  as: (login: string) => SignedInAccount;
}

export async function seedLoop(db: Db): Promise<LoopFixture> {
  const unitIds = await seedUnits(db, UNITS);
  const unit = (name: string) => unitIds.get(name) ?? fail(`unknown unit ${name}`);
  const [plan] = await db
    .insert(plans)
    .values({ year: 2024, title: '2024年重点工作任务', importedAt: T0 })
    .returning();
  if (!plan) throw new Error('no plan row');
  const periodIds = await seedPeriods(db, plan.id);
  const taskIds = await seedTasks(db, plan.id, unit);
  const [indicator] = await db
    .insert(taskIndicators)
    .values({
      taskId: taskIds.get(1) ?? 0,
      position: 0,
      metric: '地区生产总值增长',
      targetValue: 7.5,
      unit: '%',
      comparator: 'approx',
      raw: '地区生产总值增长7.5%左右',
    })
    .returning();
  const signedIn = await seedAccounts(db, unit);
  return {
    unitIds,
    taskIds,
    indicatorId: indicator?.id ?? fail('no indicator row'),
    periodIds,
    as: (login) => signedIn.get(login) ?? fail(`no account ${login}`),
  };
}

async function seedPeriods(db: Db, planId: number): Promise<Map<string, number>> {
  const periodIds = new Map<string, number>();
  for (const period of PERIODS) {
    const [row] = await db
      .insert(periods)
      .values({ planId, ...period, state: 'open' })
      .returning();
    periodIds.set(period.key, row?.id ?? fail('no period row'));
  }
  const node = (kind: string, path: string[], title: string, position: number) => ({
    planId,
    kind,
    number: path.at(-1) ?? '',
    title,
    path,
    position,
  });
  await db
    .insert(structureNodes)
    .values([
      node('part', ['一'], '主要预期目标', 0),
      node('part', ['二'], '主要做好十个方面工作', 1),
      node('section', ['二', '一'], '着力扩大有效需求', 2),
    ]);
  return periodIds;
}

async function seedTasks(
  db: Db,
  planId: number,
  unit: (name: string) => number,
): Promise<Map<number, number>> {
  const taskIds = new Map<number, number>();
  for (const task of TASKS) {
    const text = `第${task.seq}项任务`;
    const values = { planId, seq: task.seq, path: [...task.path], text, assignmentCertainty: 'certain' };
    const [row] = await db.insert(tasks).values(values).returning();
    const taskId = row?.id ?? fail('no task row');
    taskIds.set(task.seq, taskId);
    const assignment = (name: string, role: 'lead' | 'responsible', position: number) => ({
      taskId,
      unitId: unit(name),
      role,
      position,
      validFrom: '2024-01-01',
      source: 'import',
      createdAt: T0,
    });
    await db
      .insert(taskAssignments)
      .values([
        assignment(task.lead, 'lead', 0),
        ...task.responsible.map((name, i) => assignment(name, 'responsible', i)),
      ]);
  }
  return taskIds;
}

async function seedAccounts(db: Db, unit: (name: string) => number): Promise<Map<string, SignedInAccount>> {
  const result = new Map<string, SignedInAccount>();
  for (const account of ACCOUNTS) {
    const unitId = account.unit ? unit(account.unit) : null;
    const [row] = await db
      .insert(accounts)
      .values({
        login: account.login,
        displayName: account.login,
        passwordHash: 'not-a-hash: these accounts sign in by seeded session',
        role: account.role,
        unitId,
        mustChangePassword: false,
        createdAt: T0,
      })
      .returning();
    const accountId = row?.id ?? fail('no account row');
    const token = `session-${account.login}`;
    const csrf = `csrf-${account.login}`;
    const expiresAt = new Date('2030-01-01T00:00:00Z');
    await db
      .insert(sessions)
      .values({ accountId, tokenHash: hashToken(token), csrfToken: csrf, createdAt: T0, expiresAt });
    result.set(account.login, {
      actor: { kind: 'account', accountId, role: account.role, unitId, mustChangePassword: false },
      headers: { cookie: `duban_session=${token}`, 'x-csrf-token': csrf },
    });
  }
  return result;
}

function fail(message: string): never {
  throw new Error(message);
}

/** A multipart/form-data body with one file, for app.inject. */
export function multipartFile(fileName: string, content: Uint8Array, field = 'file') {
  const boundary = '----duban-test-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const payload = Buffer.concat([
    Buffer.from(head),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

type Method = 'GET' | 'POST' | 'PUT';

/** Requests as a seeded account (or anonymously with null). */
export function requester(app: FastifyInstance, fixture: LoopFixture) {
  return (login: string | null, method: Method, url: string, payload?: object) =>
    app.inject({ method, url, payload, headers: login ? fixture.as(login).headers : {} });
}

/** The response body, typed loosely for assertions. */
export function body<T>(response: LightMyRequestResponse): T {
  return response.json<T>();
}
