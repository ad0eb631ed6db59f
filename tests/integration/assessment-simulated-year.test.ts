// A simulated year on the seed plan: 220 tasks, every owing unit filing four quarters with late,
// missing, returned and early-completed filings, cards issued and lowered, every quarter closed.
// The ledger must add up, for three units match a total worked out by hand from the events, and two
// units made to behave alike (the same shares of late, missing and returned filings) with very
// different numbers of tasks must score the same.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Ledger } from '../../src/core/assessment/assessment.types.ts';
import type { Actor, AccountRole } from '../../src/core/policy/policy.types.ts';
import { accounts } from '../../src/db/schema/index.ts';
import { ledgerOfYear } from '../../src/services/assessment/ledger.usecases.ts';
import { fixedClock } from '../../src/services/support/clock.ts';
import { answerCardAct, issueCardAct, lowerCardAct } from '../../src/services/supervision/cards.usecases.ts';
import { claimCompletion, verifyCompletion } from '../../src/services/supervision/completions.usecases.ts';
import { closePeriod } from '../../src/services/assessment/period-close.usecases.ts';
import { shareOf } from '../../src/core/assessment/ledger.ts';
import { DEFAULT_SCORING_RULES } from '../../src/core/assessment/scoring-rules.ts';
import { planYear, writeFilings, type Outcome, type YearScenario } from '../support/simulated-year.ts';
import { T0 } from './support/deterministic.ts';
import { importPlan } from './support/plans.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

const COMPLETED_ON = '2024-05-20';

interface CardEvent {
  unitId: number;
  color: 'yellow' | 'red';
  lowered: boolean;
}

describe(`a simulated year on the seed plan on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let scenario: YearScenario;
  let ledger: Ledger;
  const completedLeads: number[] = [];
  /** The biggest and one of the smallest units, made to file alike: late, missing, returned, on time. */
  const alike: { big: number; small: number; bigTasks: number; smallTasks: number } = {
    big: 0,
    small: 0,
    bigTasks: 0,
    smallTasks: 0,
  };
  const cards: CardEvent[] = [];
  const clock = fixedClock(new Date('2024-05-20T02:00:00Z'));

  const account = async (login: string, role: AccountRole, unitId: number | null): Promise<Actor> => {
    const values = {
      login,
      displayName: login,
      passwordHash: 'x',
      role,
      unitId,
      mustChangePassword: false,
      createdAt: T0,
    };
    const [row] = await testDb.database.db.insert(accounts).values(values).returning();
    assert.ok(row);
    return { kind: 'account', accountId: row.id, role, unitId, mustChangePassword: false };
  };

  before(async () => {
    testDb = await openTestDatabase();
    const store = testDb.store;
    const { plan } = await importPlan(store);
    const supervisor = await account('supervisor', 'supervisor', null);
    const owing = await planYear({ store, planId: plan.id, year: 2024 });
    const leads = owing.assignments.filter((unit) => unit.role === 'lead' && unit.viaGroup === null);
    const chosen = [30, 77, 140].map((seqIndex) => leads[seqIndex]).filter((unit) => unit !== undefined);
    const completed = new Map<number, string>();
    for (const [index, lead] of chosen.entries()) {
      const reporter = await account(`lead${index}`, 'reporter', lead.unitId);
      const deps = { store, clock };
      const { completion } = await claimCompletion({
        ...deps,
        actor: reporter,
        taskId: lead.taskId,
        evidence: '已完成',
        attachmentIds: [],
      });
      await verifyCompletion({ ...deps, actor: supervisor, completionId: completion.id });
      completed.set(lead.taskId, COMPLETED_ON);
      completedLeads.push(lead.unitId);
    }
    pickAlike(owing.assignments, new Set(completedLeads));
    const pattern: Outcome[] = ['late', 'missing', 'returned', 'on_time'];
    const behaviour = new Map([
      [alike.big, pattern],
      [alike.small, pattern],
    ]);
    scenario = await planYear({ store, planId: plan.id, year: 2024, completed, behaviour });
    await writeFilings(testDb.database.db, scenario);
    await issueCards(supervisor, account);
    clock.set(new Date('2025-01-20T02:00:00Z'));
    for (const key of ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']) {
      await closePeriod({ actor: supervisor, year: 2024, key, store, clock });
    }
    ({ ledger } = await ledgerOfYear(store.repos, 2024, clock()));
  });
  after(async () => {
    await testDb.close();
  });

  /** Directly assigned units (no group): the one with most tasks and the one with fewest. */
  function pickAlike(assignments: YearScenario['assignments'], excluded: ReadonlySet<number>): void {
    const tasks = new Map<number, number>();
    for (const unit of assignments) tasks.set(unit.unitId, (tasks.get(unit.unitId) ?? 0) + 1);
    const direct = [...tasks].filter(
      ([unitId]) =>
        !excluded.has(unitId) && assignments.every((a) => a.unitId !== unitId || a.viaGroup === null),
    );
    direct.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const big = direct[0];
    const small = direct.at(-1);
    assert.ok(big && small);
    Object.assign(alike, { big: big[0], bigTasks: big[1], small: small[0], smallTasks: small[1] });
  }

  /** A red card lowered after the catch-up, a yellow card, and a red card left standing. */
  async function issueCards(supervisor: Actor, makeAccount: typeof account): Promise<void> {
    const q2 = scenario.filings.filter((filing) => filing.period.key === '2024-Q2');
    const others = (filing: (typeof q2)[number]) =>
      filing.unit.unitId !== alike.big && filing.unit.unitId !== alike.small;
    const picks = [q2[5], q2[50], q2[500]].map((filing) =>
      filing && others(filing) ? filing : q2.find((candidate) => others(candidate) && candidate !== filing),
    );
    const plans: { color: 'yellow' | 'red'; lowered: boolean }[] = [
      { color: 'red', lowered: true },
      { color: 'yellow', lowered: false },
      { color: 'red', lowered: false },
    ];
    clock.set(new Date('2024-07-08T02:00:00Z'));
    for (const [index, filing] of picks.entries()) {
      const plan = plans[index];
      if (!filing || !plan) continue;
      const deps = { store: testDb.store, clock };
      const input = {
        taskId: filing.unit.taskId,
        unitId: filing.unit.unitId,
        period: '2024-Q2',
        reason: '进度滞后',
        rectifyBy: '2024-07-31',
      };
      const { card } = await issueCardAct({ ...deps, ...input, actor: supervisor, color: plan.color });
      if (plan.lowered) {
        const unitAccount = await makeAccount(`card${index}`, 'approver', filing.unit.unitId);
        await answerCardAct({ ...deps, actor: unitAccount, cardId: card.id, text: '已整改' });
        await lowerCardAct({ ...deps, actor: supervisor, cardId: card.id, text: '' });
      }
      cards.push({ unitId: filing.unit.unitId, ...plan });
    }
  }

  const totalOf = (unitId: number) => ledger.results.find((result) => result.unitId === unitId)?.total;

  test('the year covers the whole seed plan: 220 tasks, every owing unit, four quarters', () => {
    const tasks = new Set(scenario.assignments.map((unit) => unit.taskId));
    assert.equal(tasks.size, 220);
    assert.ok(scenario.filings.length > 3500, `${scenario.filings.length} filings`);
    const outcomes = new Set(scenario.filings.map((filing) => filing.outcome));
    assert.deepEqual([...outcomes].sort(), ['late', 'late_returned', 'missing', 'on_time', 'returned']);
    assert.equal(completedLeads.length, 3);
  });

  test("every unit's total equals the sum of its line items, and all totals the sum of all lines", () => {
    let all = 0;
    for (const result of ledger.results) {
      const lines = ledger.lines.filter((line) => line.unitId === result.unitId);
      assert.equal(
        result.total,
        lines.reduce((sum, line) => sum + line.points, 0),
      );
      all += result.total;
    }
    assert.equal(
      all,
      ledger.lines.reduce((sum, line) => sum + line.points, 0),
    );
    assert.equal(new Set(scenario.assignments.map((unit) => unit.unitId)).size, ledger.results.length);
  });

  test('three units match the totals worked out by hand from the scenario’s events', () => {
    const group = scenario.assignments.find((unit) => unit.viaGroup !== null);
    const checked = [completedLeads[0], group?.unitId, cards[0]?.unitId];
    for (const unitId of checked) {
      assert.ok(unitId !== undefined);
      assert.equal(totalOf(unitId), byHand(unitId), `unit ${unitId}`);
    }
  });

  /** Default rules: 100 − 20 late − 40 missing − 10 returned − 20 yellow − 50 red + 30 lowered, each × count ÷ owed filings; + 5 × on-time completions ÷ led tasks. */
  function byHand(unitId: number): number {
    const rules = DEFAULT_SCORING_RULES;
    const leadTasks = scenario.assignments.filter(
      (unit) => unit.unitId === unitId && unit.role === 'lead',
    ).length;
    const filings = scenario.filings.filter((filing) => filing.unit.unitId === unitId);
    const owed = filings.length;
    const count = (...outcomes: Outcome[]) =>
      filings.filter((filing) => outcomes.includes(filing.outcome)).length;
    const myCards = cards.filter((card) => card.unitId === unitId);
    const share = (weight: number, n: number) => shareOf(weight, n, owed);
    return (
      rules.fullScore +
      share(-rules.lateFiling, count('late', 'late_returned')) +
      share(-rules.missingFiling, count('missing')) +
      share(-rules.returnedReport, count('returned', 'late_returned')) +
      share(-rules.yellowCard, myCards.filter((card) => card.color === 'yellow').length) +
      share(-rules.redCard, myCards.filter((card) => card.color === 'red').length) +
      share(rules.redCard - rules.yellowCard, myCards.filter((card) => card.lowered).length) +
      shareOf(
        rules.completedOnTime,
        completedLeads.filter((lead) => lead === unitId).length,
        Math.max(1, leadTasks),
      )
    );
  }

  test('two units with the same shares of late, missing and returned filings score the same, whatever their size', () => {
    assert.ok(alike.bigTasks >= 9 * alike.smallTasks, `${alike.bigTasks} tasks against ${alike.smallTasks}`);
    const big = totalOf(alike.big);
    assert.ok(big !== undefined);
    assert.equal(big, totalOf(alike.small));
    // 100 − 20 × 1/4 − 40 × 1/4 − 10 × 1/4 = 82.5
    assert.equal(big, 825);
    assert.equal(byHand(alike.big), 825);
  });
});
