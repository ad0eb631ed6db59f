// The reporting-loop fixture plus approvers for every filing unit, and helpers that file a report
// through the HTTP API at a chosen moment (save, submit, sign off), return it and accept it.
import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { AccountRole } from '../../../src/core/policy/policy.types.ts';
import type { Db } from '../../../src/db/client.ts';
import { accounts, sessions } from '../../../src/db/schema/index.ts';
import { hashToken } from '../../../src/services/support/secrets.ts';
import { T0 } from './deterministic.ts';
import { seedLoop, type LoopFixture, type SignedInAccount } from './loop-fixture.ts';

/** Approvers for the units the loop fixture gives only a reporter, and a second supervisor. */
const EXTRA: readonly { login: string; role: AccountRole; unit?: string }[] = [
  { login: 'jyj.approver', role: 'approver', unit: '市教育局' },
  { login: 'ww.approver', role: 'approver', unit: '无为市' },
  { login: 'nl.approver', role: 'approver', unit: '南陵县' },
];

export interface SupervisionFixture extends LoopFixture {
  unit: (name: string) => number;
  task: (seq: number) => number;
}

export async function seedSupervision(db: Db): Promise<SupervisionFixture> {
  const loop = await seedLoop(db);
  const extra = new Map<string, SignedInAccount>();
  for (const account of EXTRA) {
    const unitId = account.unit ? (loop.unitIds.get(account.unit) ?? null) : null;
    const [row] = await db
      .insert(accounts)
      .values({
        login: account.login,
        displayName: account.login,
        passwordHash: 'not-a-hash: signs in by seeded session',
        role: account.role,
        unitId,
        mustChangePassword: false,
        createdAt: T0,
      })
      .returning();
    assert.ok(row);
    const token = `session-${account.login}`;
    const csrf = `csrf-${account.login}`;
    await db.insert(sessions).values({
      accountId: row.id,
      tokenHash: hashToken(token),
      csrfToken: csrf,
      createdAt: T0,
      expiresAt: new Date('2030-01-01T00:00:00Z'),
    });
    extra.set(account.login, {
      actor: { kind: 'account', accountId: row.id, role: account.role, unitId, mustChangePassword: false },
      headers: { cookie: `duban_session=${token}`, 'x-csrf-token': csrf },
    });
  }
  return {
    ...loop,
    as: (login) => extra.get(login) ?? loop.as(login),
    unit: (name) => loop.unitIds.get(name) ?? assert.fail(`no unit ${name}`),
    task: (seq) => loop.taskIds.get(seq) ?? assert.fail(`no task ${seq}`),
  };
}

type Method = 'GET' | 'POST' | 'PUT';
export type Call = (
  login: string | null,
  method: Method,
  url: string,
  payload?: object,
) => Promise<LightMyRequestResponse>;

export function caller(app: FastifyInstance, fx: SupervisionFixture): Call {
  return (login, method, url, payload) =>
    app.inject({ method, url, payload, headers: login ? fx.as(login).headers : {} });
}

/** Asserts the status and returns the parsed body. */
export function ok<T>(response: LightMyRequestResponse, status = 200): T {
  assert.equal(response.statusCode, status, response.body);
  return response.json<T>();
}

export interface Filing {
  /** Login prefix of the unit: 'fgw' files as fgw.reporter and signs off as fgw.approver. */
  unit: string;
  taskId: number;
  period: string;
  lead?: boolean;
  /** When the approver signs off (ISO instant). */
  signOffAt: string;
  content?: object;
}

export interface ClockLike {
  set(at: Date): void;
}

/** Saves, submits and signs a filing off at the given moment; returns the report id. */
export async function file(call: Call, clock: ClockLike, filing: Filing): Promise<number> {
  clock.set(new Date(new Date(filing.signOffAt).getTime() - 3_600_000));
  const path = filing.lead ? 'task-report' : 'unit-input';
  const content = { progress: '按计划推进', selfStatus: 'on_track', percentComplete: 50, ...filing.content };
  const saved = ok<{ report: { id: number } }>(
    await call(
      `${filing.unit}.reporter`,
      'PUT',
      `/api/tasks/${filing.taskId}/periods/${filing.period}/${path}`,
      {
        baseRev: 0,
        ...content,
      },
    ),
  );
  const id = saved.report.id;
  ok(await call(`${filing.unit}.reporter`, 'POST', `/api/reports/${id}/submit`));
  clock.set(new Date(filing.signOffAt));
  ok(await call(`${filing.unit}.approver`, 'POST', `/api/reports/${id}/sign-off`));
  return id;
}

/** The office returns the filing, the unit submits it again and signs it off at once. */
export async function returnAndRefile(call: Call, unit: string, reportId: number): Promise<void> {
  ok(await call('supervisor', 'POST', `/api/reports/${reportId}/return`, { reasons: '请补充数据' }));
  ok(await call(`${unit}.reporter`, 'POST', `/api/reports/${reportId}/submit`));
  ok(await call(`${unit}.approver`, 'POST', `/api/reports/${reportId}/sign-off`));
}

export function code(response: LightMyRequestResponse): string {
  return response.json<{ error: { code: string } }>().error.code;
}
