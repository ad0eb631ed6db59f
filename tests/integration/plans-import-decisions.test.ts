// The admin settles an import in its preview (HTTP, on PGlite or PostgreSQL): decisions stored one
// by one and checked, the count of what still waits, next year's renamed units kept on the same
// directory records, and an open task of the year before carried over with its origin.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { LightMyRequestResponse } from 'fastify';
import { errorCode, makeAccount, signInReady, testApp, type Signed } from './support/http.ts';
import { importPlan } from './support/plans.ts';
import { openTestDatabase, type TestDatabase } from './support/test-database.ts';

const NOTICE_2025 = readFileSync(
  fileURLToPath(new URL('../fixtures/next-year/wuhu-2025-reposted.txt', import.meta.url)),
);

interface PreviewTask {
  key: string;
  seq: number;
  text: string;
  leadUnits: string[];
  responsibleUnits: string[];
  excluded: boolean;
  confirmed: boolean;
}
interface Preview {
  id: number;
  pending: { tasks: number; units: number; other: number };
  tasks: PreviewTask[];
  units: { name: string; status: string; proposal: { name: string; reason: string } | null }[];
  carryCandidates: { taskId: number; seq: number; carried: boolean }[];
  problems: { code: string; key: string | null; unit?: string }[];
}

describe('settling an import in the preview', () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let admin: Signed;
  let supervisor: Signed;
  let preview: Preview;

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    await importPlan(testDb.store);
    const root = await makeAccount(deps, { login: 'root' });
    admin = await signInReady(deps, root.login, root.password);
    const office = await makeAccount(deps, { login: 'office', role: 'supervisor' });
    supervisor = await signInReady(deps, office.login, office.password);
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  const headers = (signed: Signed) => ({ cookie: signed.cookie, 'x-csrf-token': signed.csrf });
  const decide = (payload: object, signed = admin): Promise<LightMyRequestResponse> =>
    deps.app.inject({
      method: 'POST',
      url: `/api/plans/import/${preview.id}/decisions`,
      headers: headers(signed),
      payload,
    });
  const decided = async (payload: object): Promise<Preview> => {
    const response = await decide(payload);
    assert.equal(response.statusCode, 200, response.body);
    return response.json<{ preview: Preview }>().preview;
  };
  const taskKey = (seq: number) => preview.tasks.find((t) => t.seq === seq)?.key ?? 'none';
  const commit = () =>
    deps.app.inject({
      method: 'POST',
      url: `/api/plans/import/${preview.id}/commit`,
      headers: headers(admin),
      payload: {},
    });

  test('the 2025 notice next to 2024 proposes 市工业和信息化局 as 市经信局, by abbreviation, and waits for the admin', async () => {
    const response = await deps.app.inject({
      method: 'POST',
      url: '/api/plans/import/preview',
      headers: headers(admin),
      payload: { fileName: 'wuhu-2025.txt', contentBase64: NOTICE_2025.toString('base64') },
    });
    assert.equal(response.statusCode, 201, response.body);
    preview = response.json<{ preview: Preview }>().preview;
    assert.equal(preview.tasks.length, 10);
    const renamed = preview.units.find((u) => u.name === '市工业和信息化局');
    assert.deepEqual(renamed?.proposal && [renamed.proposal.name, renamed.proposal.reason], [
      '市经信局',
      'abbreviation',
    ]);
    assert.equal(preview.pending.units, 1);
    const refused = await commit();
    assert.equal(refused.statusCode, 400);
    assert.equal(errorCode(refused), 'plan_import.unresolved');
    assert.ok(refused.body.includes('unit.match_undecided'));
  });

  test('only an admin takes decisions; others are refused before anything is stored', async () => {
    const response = await decide({ kind: 'not_task', key: taskKey(1) }, supervisor);
    assert.equal(response.statusCode, 403);
    const again = await deps.app.inject({
      method: 'GET',
      url: `/api/plans/import/${preview.id}`,
      headers: headers(admin),
    });
    assert.ok(again.json<{ preview: Preview }>().preview.tasks.every((t) => !t.excluded));
  });

  test('bad decisions are refused with stable codes and change nothing', async () => {
    const cases: [object, number, string][] = [
      [{ kind: 'merge', key: taskKey(1) }, 400, 'import_decision.nothing_before'],
      [{ kind: 'split', key: taskKey(3), at: 999, seq: 30 }, 400, 'import_decision.split_outside'],
      [
        { kind: 'units', key: taskKey(4), leadUnits: [], responsibleUnits: [] },
        400,
        'import_decision.lead_required',
      ],
      [
        { kind: 'units', key: taskKey(4), leadUnits: ['市商务局', '市商务局'], responsibleUnits: [] },
        400,
        'import_decision.repeated_unit',
      ],
      [
        { kind: 'units', key: taskKey(4), leadUnits: ['12、3'], responsibleUnits: [] },
        400,
        'import_decision.bad_unit_name',
      ],
      [{ kind: 'restore', key: taskKey(5) }, 400, 'import_decision.not_excluded'],
      [{ kind: 'not_task', key: 't999' }, 400, 'import_decision.unknown_task'],
      [
        { kind: 'unit_match', name: '市财政局', unitId: 1, keep: 'rename' },
        400,
        'import_decision.unit_not_matchable',
      ],
      [{ kind: 'carry', taskId: 999_999, carry: true }, 400, 'import_decision.not_carryable'],
      [{ kind: 'columns', roles: ['seq'] }, 400, 'import_decision.columns_count'],
      [{ kind: 'explode' }, 400, 'request.invalid'],
    ];
    for (const [payload, status, code] of cases) {
      const response = await decide(payload);
      assert.equal(response.statusCode, status, `${JSON.stringify(payload)}: ${response.body}`);
      assert.equal(errorCode(response), code);
    }
    const row = await testDb.store.repos.plans.findPreview(preview.id);
    assert.equal(row?.decisions.length, 0);
  });

  test('merge, split, units from the picker, not a task and restore are stored and the pending count follows', async () => {
    preview = await decided({ kind: 'merge', key: taskKey(2) });
    assert.equal(preview.tasks[0]?.text, '地区生产总值增长6%以上。固定资产投资增长6%左右。');
    const three = preview.tasks.find((t) => t.seq === 3);
    const at = three?.text.indexOf('9%') ?? 0;
    preview = await decided({ kind: 'split', key: three?.key ?? '', at, seq: 30 });
    assert.deepEqual(
      preview.tasks.filter((t) => t.seq === 3 || t.seq === 30).map((t) => t.text),
      ['规上工业增加值增长', '9%以上。'],
    );
    preview = await decided({ kind: 'not_task', key: taskKey(5) });
    preview = await decided({ kind: 'not_task', key: taskKey(6) });
    preview = await decided({ kind: 'restore', key: taskKey(6) });
    assert.deepEqual(
      preview.tasks.filter((t) => t.excluded).map((t) => t.seq),
      [5],
    );
    preview = await decided({
      kind: 'units',
      key: taskKey(4),
      leadUnits: ['市商务局', '市消费促进专班'],
      responsibleUnits: ['市发展改革委'],
    });
    const four = preview.tasks.find((t) => t.seq === 4);
    assert.deepEqual(
      [four?.leadUnits, four?.responsibleUnits, four?.confirmed],
      [['市商务局', '市消费促进专班'], ['市发改委'], true],
    );
    assert.ok(preview.units.some((u) => u.name === '市消费促进专班' && u.status === 'new'));
    assert.equal(preview.pending.units, 1);
  });

  test('the admin confirms the match as a rename and carries an open 2024 task; the commit keeps the history', async () => {
    const unit = preview.units.find((u) => u.name === '市工业和信息化局');
    const directory = await testDb.store.repos.units.loadHistory();
    const jingxin = directory.versions.find((v) => v.name === '市经信局');
    assert.ok(unit && jingxin);
    preview = await decided({ kind: 'unit_match', name: unit.name, unitId: jingxin.unitId, keep: 'rename' });
    assert.deepEqual(preview.pending, { tasks: 0, units: 0, other: 0 });
    assert.equal(preview.carryCandidates.length, 220);
    const carried = preview.carryCandidates.find((c) => c.seq === 11);
    preview = await decided({ kind: 'carry', taskId: carried?.taskId ?? 0, carry: true });
    const response = await commit();
    assert.equal(response.statusCode, 201, response.body);
    assert.equal(response.json<{ plan: { id: number; taskCount: number } }>().plan.taskCount, 10);
    const planId = response.json<{ plan: { id: number } }>().plan.id;

    const before2025 = await deps.app.inject({
      method: 'GET',
      url: `/api/units/${jingxin.unitId}?asOf=2024-06-30`,
    });
    const in2025 = await deps.app.inject({
      method: 'GET',
      url: `/api/units/${jingxin.unitId}?asOf=2025-06-30`,
    });
    assert.equal(before2025.json<{ unit: { name: string } }>().unit.name, '市经信局');
    assert.equal(in2025.json<{ unit: { name: string } }>().unit.name, '市工业和信息化局');
    const after = await testDb.store.repos.units.loadHistory();
    assert.equal(after.versions.filter((v) => v.name === '市工业和信息化局').length, 1);
    assert.equal(
      new Set(after.versions.map((v) => v.unitId)).size,
      new Set(directory.versions.map((v) => v.unitId)).size + 1,
    );

    const task3 = await deps.app.inject({ method: 'GET', url: '/api/plans/2025/tasks/3?asOf=2025-06-30' });
    assert.equal(
      task3.json<{ task: { leadUnits: { name: string }[] } }>().task.leadUnits[0]?.name,
      '市工业和信息化局',
    );
    const carriedTask = await deps.app.inject({ method: 'GET', url: '/api/plans/2025/tasks/31' });
    assert.equal(carriedTask.statusCode, 200, carriedTask.body);
    assert.deepEqual(carriedTask.json<{ carriedFrom: unknown }>().carriedFrom, { year: 2024, seq: 11 });

    const [event] = await testDb.store.repos.audit.findForEntity('plan', String(planId));
    const summary = event?.after as {
      previewDecisions: { decision: { kind: string } }[];
      unitsMatched: unknown[];
    };
    assert.deepEqual(
      summary.previewDecisions.map((d) => d.decision.kind),
      ['merge', 'split', 'not_task', 'not_task', 'restore', 'units', 'unit_match', 'carry'],
    );
    assert.deepEqual(summary.unitsMatched, [
      { name: '市工业和信息化局', unitId: jingxin.unitId, keep: 'rename' },
    ]);
  });
});
