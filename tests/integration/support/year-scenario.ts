// The year scenario's cast over the real 2024 plan: who signs in, the units by name, and small
// helpers that speak HTTP only.
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import type { testApp } from './http.ts';
import type { SignedInAccount } from './loop-fixture.ts';
import { seedSignedIn, type SeedAccount } from './session-accounts.ts';
import type { TestDatabase } from './test-database.ts';

export interface Unit {
  id: number;
  name: string;
  kind: string;
  members: { id: number; name: string }[];
}

export interface Report {
  id: number;
  state: string;
  rev: number;
  late: boolean;
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  signedOffAt: string | null;
  acceptedAt: string | null;
  returnReasons: string | null;
  visibility: string;
  content: { progress: string; percentComplete: number | null; selfStatus: string | null } | null;
  revisions: { rev: number; event: string; late: boolean; reason: string | null; at: string }[];
}

export interface WorklistItem {
  task: { seq: number };
  role: string;
  kind: string;
  viaGroup: { name: string } | null;
  reportState: string | null;
  late: boolean;
  dueOn: string;
}

type Method = 'GET' | 'POST' | 'PUT';
export type Call = (
  login: string | null,
  method: Method,
  url: string,
  payload?: object,
) => Promise<LightMyRequestResponse>;

export interface Cast {
  call: Call;
  unit: (name: string) => Unit;
}

/** 市发改委 leads task 21, 市财政局 shares it, 无为市政府 owes it through 各县市区政府. */
export async function castOfYear(
  testDb: TestDatabase,
  deps: Awaited<ReturnType<typeof testApp>>,
): Promise<Cast> {
  const listed = await deps.app.inject({ method: 'GET', url: '/api/units?asOf=2024-06-30' });
  const units = ok<{ units: Unit[] }>(listed).units;
  const unit = (name: string) => units.find((u) => u.name === name) ?? assert.fail(`no unit ${name}`);
  const pair = (prefix: string, name: string): SeedAccount[] => [
    { login: `${prefix}.reporter`, role: 'reporter', unitId: unit(name).id },
    { login: `${prefix}.approver`, role: 'approver', unitId: unit(name).id },
  ];
  const signedIn = await seedSignedIn(testDb.database.db, [
    ...pair('fgw', '市发改委'),
    ...pair('czj', '市财政局'),
    ...pair('ww', '无为市政府'),
    { login: 'supervisor', role: 'supervisor' },
    { login: 'leader', role: 'leader' },
  ]);
  const as = (login: string): SignedInAccount => signedIn.get(login) ?? assert.fail(`no account ${login}`);
  const call: Call = (login, method, url, payload) =>
    deps.app.inject({ method, url, payload, headers: login ? as(login).headers : {} });
  return { call, unit };
}

export function ok<T>(response: LightMyRequestResponse, status = 200): T {
  assert.equal(response.statusCode, status, response.body);
  return response.json<T>();
}

export const reportOf = (response: LightMyRequestResponse) => ok<{ report: Report }>(response).report;

/** China time, as the city's clerks read their clocks. */
export const cst = (local: string) => new Date(`${local}+08:00`);
