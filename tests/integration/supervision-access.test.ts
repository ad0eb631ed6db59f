// Who may use each supervision and assessment route: the unit concerned, another unit, the
// supervision office, a city leader, and someone not signed in. Refusals run before successes, so
// a write that succeeds does not change what the refused callers meet.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEFAULT_PLAN_RULES } from '../../src/core/supervision/plan-rules.ts';
import { testApp } from './support/http.ts';
import {
  caller,
  seedSupervision,
  type Call,
  type SupervisionFixture,
} from './support/supervision-fixture.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

type Who = 'unit' | 'otherUnit' | 'supervisor' | 'leader' | 'anonymous';
const LOGINS: Record<Who, string | null> = {
  unit: 'czj.reporter',
  otherUnit: 'jyj.reporter',
  supervisor: 'supervisor',
  leader: 'leader',
  anonymous: null,
};

interface Route {
  rule: string;
  method: 'GET' | 'POST' | 'PUT';
  url: () => string;
  body?: () => object;
  allowed: Who[];
  /** A record another unit may not see answers it like a missing one (404), not 403. */
  hiddenFromOtherUnits?: boolean;
}

const ids = { card: 0, extension: 0, completion: 0, hotline: 0 };
type Created = Partial<Record<'card' | 'extension' | 'completion' | 'message', { id: number }>>;

describe(`who may use the supervision and assessment routes, on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let fx: SupervisionFixture;
  let call: Call;
  const czj = () => fx.unit('市财政局');

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    fx = await seedSupervision(testDb.database.db);
    call = caller(deps.app, fx);
    deps.clock.set(new Date('2024-07-02T02:00:00Z'));
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  const routes: Route[] = [
    {
      rule: 'every signed-in account reads the plan’s rules',
      method: 'GET',
      url: () => '/api/plans/2024/rules',
      allowed: ['unit', 'otherUnit', 'supervisor', 'leader'],
    },
    {
      rule: 'only the admin changes the plan’s rules',
      method: 'PUT',
      url: () => '/api/plans/2024/rules',
      body: () => DEFAULT_PLAN_RULES,
      allowed: [],
    },
    {
      rule: 'a unit’s lights are read by the unit, the office and leaders',
      method: 'GET',
      url: () => `/api/lights?period=2024-Q2&unitId=${czj()}`,
      allowed: ['unit', 'supervisor', 'leader'],
    },
    {
      rule: 'only the supervisor issues a card',
      method: 'POST',
      url: () => '/api/cards',
      body: () => ({
        taskId: fx.task(1),
        unitId: czj(),
        period: '2024-Q2',
        color: 'red',
        reason: '滞后',
        rectifyBy: '2024-07-30',
      }),
      allowed: ['supervisor'],
    },
    {
      rule: 'only the carded unit answers its card',
      method: 'POST',
      url: () => `/api/cards/${ids.card}/answer`,
      body: () => ({ text: '已整改' }),
      allowed: ['unit'],
      hiddenFromOtherUnits: true,
    },
    {
      rule: 'only the supervisor lowers a card',
      method: 'POST',
      url: () => `/api/cards/${ids.card}/lower`,
      allowed: ['supervisor'],
      hiddenFromOtherUnits: true,
    },
    {
      rule: 'a card is read by its unit, the office and leaders',
      method: 'GET',
      url: () => `/api/cards/${ids.card}`,
      allowed: ['unit', 'supervisor', 'leader'],
      hiddenFromOtherUnits: true,
    },
    {
      rule: 'a unit’s card list is read by the unit, the office and leaders',
      method: 'GET',
      url: () => `/api/cards?year=2024&unitId=${czj()}`,
      allowed: ['unit', 'supervisor', 'leader'],
    },
    {
      rule: 'only a unit owing the task asks for an extension',
      method: 'POST',
      url: () => '/api/extensions',
      body: () => ({
        taskId: fx.task(1),
        period: '2024-Q3',
        requestedDueOn: '2024-10-20',
        reason: '数据延迟',
      }),
      allowed: ['unit'],
    },
    {
      rule: 'only the supervisor approves an extension',
      method: 'POST',
      url: () => `/api/extensions/${ids.extension}/approve`,
      allowed: ['supervisor'],
    },
    {
      rule: 'a unit’s extension requests are read by the unit, the office and leaders',
      method: 'GET',
      url: () => `/api/extensions?period=2024-Q3&unitId=${czj()}`,
      allowed: ['unit', 'supervisor', 'leader'],
    },
    {
      rule: 'only the lead unit claims completion',
      method: 'POST',
      url: () => '/api/completions',
      body: () => ({ taskId: fx.task(12), evidence: '已完成' }),
      allowed: ['unit'],
    },
    {
      rule: 'only the supervisor verifies completion',
      method: 'POST',
      url: () => `/api/completions/${ids.completion}/verify`,
      allowed: ['supervisor'],
    },
    {
      rule: 'a unit’s completion claims are read by the unit, the office and leaders',
      method: 'GET',
      url: () => `/api/completions?year=2024&unitId=${czj()}`,
      allowed: ['unit', 'supervisor', 'leader'],
    },
    {
      rule: 'only the supervisor logs a hotline call',
      method: 'POST',
      url: () => '/api/hotline',
      body: () => ({ taskId: fx.task(12), channel: 'web', content: '进度如何' }),
      allowed: ['supervisor'],
    },
    {
      rule: 'only a unit of the task answers a hotline call',
      method: 'POST',
      url: () => `/api/hotline/${ids.hotline}/answer`,
      body: () => ({ text: '正在推进' }),
      allowed: ['unit'],
      hiddenFromOtherUnits: true,
    },
    {
      rule: 'a task’s hotline history is read by its units, the office and leaders',
      method: 'GET',
      url: () => `/api/tasks/${fx.task(12)}/hotline`,
      allowed: ['unit', 'supervisor', 'leader'],
    },
    {
      rule: 'every signed-in account has a notification centre',
      method: 'GET',
      url: () => '/api/notifications',
      allowed: ['unit', 'otherUnit', 'supervisor', 'leader'],
    },
    {
      rule: 'a unit’s supervision orders are read by the unit, the office and leaders',
      method: 'GET',
      url: () => `/api/supervision-orders?period=2024-Q1&unitId=${czj()}`,
      allowed: ['unit', 'supervisor', 'leader'],
    },
    {
      rule: 'only the admin sets a unit’s group robot',
      method: 'PUT',
      url: () => `/api/units/${czj()}/webhook`,
      body: () => ({ webhook: null }),
      allowed: [],
    },
    {
      rule: 'the ledger is for the office and leaders',
      method: 'GET',
      url: () => '/api/assessment/2024/ledger',
      allowed: ['supervisor', 'leader'],
    },
    {
      rule: 'a unit’s statement is read by the unit, the office and leaders',
      method: 'GET',
      url: () => `/api/assessment/2024/units/${czj()}/statement`,
      allowed: ['unit', 'supervisor', 'leader'],
    },
    {
      rule: 'every signed-in account reads the scoring rules',
      method: 'GET',
      url: () => '/api/assessment/2024/rules',
      allowed: ['unit', 'otherUnit', 'supervisor', 'leader'],
    },
    {
      rule: 'the assessment CSV is for the office and leaders',
      method: 'GET',
      url: () => '/api/assessment/2024/export.csv',
      allowed: ['supervisor', 'leader'],
    },
    {
      rule: 'a unit’s burden is read by the unit, the office and leaders',
      method: 'GET',
      url: () => `/api/burden?year=2024&unitId=${czj()}`,
      allowed: ['unit', 'supervisor', 'leader'],
    },
    {
      rule: 'only the supervisor closes a quarter',
      method: 'POST',
      url: () => '/api/periods/2024/2024-Q1/close',
      allowed: ['supervisor'],
    },
    {
      rule: 'a closed quarter’s snapshot is for the office and leaders',
      method: 'GET',
      url: () => '/api/periods/2024/2024-Q1/snapshot',
      allowed: ['supervisor', 'leader'],
    },
    {
      rule: 'a closed quarter’s diff is for the office and leaders',
      method: 'GET',
      url: () => '/api/periods/2024/2024-Q1/diff',
      allowed: ['supervisor', 'leader'],
    },
  ];

  for (const route of routes) {
    test(route.rule, async () => {
      const order: Who[] = ['anonymous', 'otherUnit', 'leader', 'unit', 'supervisor'];
      const refused = order.filter((who) => !route.allowed.includes(who));
      const allowed = order.filter((who) => route.allowed.includes(who));
      for (const who of [...refused, ...allowed]) {
        const response = await call(LOGINS[who], route.method, route.url(), route.body?.());
        const hidden = who === 'otherUnit' && route.hiddenFromOtherUnits === true;
        const expected = route.allowed.includes(who) ? 200 : who === 'anonymous' ? 401 : hidden ? 404 : 403;
        assert.equal(response.statusCode, expected, `${who}: ${response.body.slice(0, 200)}`);
        if (expected === 200 && route.method === 'POST') remember(response.json<Created>());
      }
    });
  }

  function remember(found: Created): void {
    ids.card = found['card']?.id ?? ids.card;
    ids.extension = found['extension']?.id ?? ids.extension;
    ids.completion = found['completion']?.id ?? ids.completion;
    ids.hotline = found['message']?.id ?? ids.hotline;
  }
});
