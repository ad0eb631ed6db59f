// The demo's year up to today: every quarter begun gets its filings (demo-history.ts), the office's
// acts go through the real use cases at their dates (cards answered, closed and lowered, an
// extension approved, a completion verified early, hotline messages answered), and each quarter
// whose due date is two weeks past is closed with its snapshot. Deterministic from the plan and
// today's date.
import { addDays, quarterEnd, quarterStart } from '../../core/period/period.ts';
import { cityDate } from '../../core/period/city-date.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import type { PeriodRecord, PlanRecord } from '../plans/plans.types.ts';
import { findUnitsOwing } from '../reports/owing-units.ts';
import type { OwingUnit } from '../reports/reports.types.ts';
import type { Store } from '../store.ts';
import { answerCardAct, closeCardAct, issueCardAct, lowerCardAct } from '../supervision/cards.usecases.ts';
import { claimCompletion, verifyCompletion } from '../supervision/completions.usecases.ts';
import { approveExtension, requestExtension } from '../supervision/extensions.usecases.ts';
import { answerHotline, logHotline } from '../supervision/hotline.usecases.ts';
import { closePeriod } from '../assessment/period-close.usecases.ts';
import { loadSupervisionContext } from '../supervision/supervision-context.ts';
import { cityMorning } from './demo-filings.ts';
import type { DemoPeople, QuarterTally } from './demo-history.ts';
import { writeDemoQuarter } from './demo-history.ts';

const DAY_MS = 86_400_000;
/** A quarter is closed this many days after its due date. */
const CLOSE_AFTER_DAYS = 14;

export interface DemoYearTally extends QuarterTally {
  closed: string[];
}

export async function seedDemoYear(input: {
  store: Store;
  plan: PlanRecord;
  now: Date;
  people: DemoPeople;
  /** The demo units with accounts, by unit id. */
  unitIds: readonly number[];
}): Promise<DemoYearTally> {
  const { store, now } = input;
  const today = cityDate(now);
  const context = await loadSupervisionContext(store.repos, input.plan);
  const seqOf = new Map([...context.tasks.values()].map((task) => [task.id, task.seq]));
  const tally: DemoYearTally = { owed: 0, filed: 0, late: 0, closed: [] };
  for (const period of context.periods.filter((candidate) => candidate.opensOn <= today)) {
    const owing = await findUnitsOwing(store.repos, { period });
    const past = period.dueOn < today;
    const elapsed = past ? null : elapsedShare(period, today);
    const written = await store.transaction((repos) =>
      writeDemoQuarter(repos, { period, owing, seqOf, now, elapsed, people: input.people }),
    );
    tally.owed += past ? written.owed : 0;
    tally.filed += past ? written.filed : 0;
    tally.late += past ? written.late : 0;
    if (!past) {
      await currentActs({ ...input, period, owing });
      continue;
    }
    const closeOn = addDays(period.dueOn, CLOSE_AFTER_DAYS);
    if (closeOn > today) continue;
    await cardActs({ ...input, period, owing });
    await closePeriod({
      actor: input.people.office,
      year: input.plan.year,
      key: period.key,
      store,
      clock: () => cityMorning(closeOn),
    });
    tally.closed.push(period.key);
  }
  return tally;
}

function elapsedShare(period: PeriodRecord, today: string): number {
  const start = Date.parse(quarterStart(period.key));
  const end = Date.parse(quarterEnd(period.key));
  return Math.max(0, Math.min(1, (Date.parse(today) - start) / (end - start)));
}

interface ActsInput {
  store: Store;
  plan: PlanRecord;
  now: Date;
  people: DemoPeople;
  unitIds: readonly number[];
  period: PeriodRecord;
  owing: readonly OwingUnit[];
}

/** A yellow card answered and closed, and a red card answered and lowered, on the demo units. */
async function cardActs(input: ActsInput): Promise<void> {
  const { store, period, people } = input;
  const at = (days: number) => () => cityMorning(addDays(period.dueOn, days));
  const picks = input.unitIds.slice(1, 3).flatMap((unitId) => {
    const slot = input.owing.find((unit) => unit.unitId === unitId);
    const unit = people.units.get(unitId);
    return slot && unit ? [{ slot, unit }] : [];
  });
  for (const [index, { slot, unit }] of picks.entries()) {
    const color = index === 0 ? 'yellow' : 'red';
    const issued = await issueCardAct({
      actor: people.office,
      taskId: slot.taskId,
      unitId: slot.unitId,
      period: period.key,
      color,
      reason: color === 'red' ? '进度明显滞后,阶段目标未完成' : '报送材料不完整,进度偏慢',
      rectifyBy: addDays(period.dueOn, 12),
      store,
      clock: at(6),
    });
    const step = { store, cardId: issued.card.id };
    await answerCardAct({
      ...step,
      actor: unit.approver,
      text: '已制定整改方案,倒排工期,加快推进。',
      clock: at(8),
    });
    const decide = color === 'red' ? lowerCardAct : closeCardAct;
    await decide({ ...step, actor: people.office, text: '整改到位', clock: at(10) });
  }
}

/** In the open quarter: an extension approved, a completion verified early, hotline messages. */
async function currentActs(input: ActsInput): Promise<void> {
  const { store, people, now, period } = input;
  const ago = (days: number) => () =>
    new Date(Math.max(cityMorning(period.opensOn).getTime() + DAY_MS, now.getTime() - days * DAY_MS));
  const [lead, second, third] = input.unitIds;
  const leadActor = lead === undefined ? undefined : people.units.get(lead);
  const leadTask = input.owing.find((unit) => unit.unitId === lead && unit.role === 'lead');
  if (leadActor && leadTask) {
    const message = await logHotline({
      actor: people.office,
      taskId: leadTask.taskId,
      channel: 'phone',
      caller: '市民王先生',
      content: '询问该项任务今年的推进安排和完成时间。',
      store,
      clock: ago(6),
    });
    await answerHotline({
      actor: leadActor.reporter,
      messageId: message.message.id,
      text: '已电话回复来电人,介绍了年度安排。',
      store,
      clock: ago(5),
    });
    await completeEarly(input, leadActor, leadTask, ago);
  }
  const secondTask = input.owing.find((unit) => unit.unitId === second);
  if (secondTask) {
    await logHotline({
      actor: people.office,
      taskId: secondTask.taskId,
      channel: 'web',
      caller: null,
      content: '建议公开该项任务的季度进展。',
      store,
      clock: ago(1),
    });
  }
  await extendOne(input, third, ago);
}

async function completeEarly(
  input: ActsInput,
  unit: { reporter: Actor },
  slot: OwingUnit,
  ago: (days: number) => () => Date,
): Promise<void> {
  const { store, people } = input;
  const { completion } = await claimCompletion({
    actor: unit.reporter,
    taskId: slot.taskId,
    evidence: '年度目标已全部完成,相关文件已印发,项目已竣工验收。',
    attachmentIds: [],
    store,
    clock: ago(4),
  });
  await verifyCompletion({ actor: people.office, completionId: completion.id, store, clock: ago(3) });
}

async function extendOne(
  input: ActsInput,
  unitId: number | undefined,
  ago: (days: number) => () => Date,
): Promise<void> {
  const { store, people, period } = input;
  const unit = unitId === undefined ? undefined : people.units.get(unitId);
  const filed = new Set(
    (await store.repos.reports.findReports({ periodId: period.id, unitId })).map((report) => report.taskId),
  );
  const slot = input.owing.find((candidate) => candidate.unitId === unitId && !filed.has(candidate.taskId));
  if (!unit || !slot) return;
  const { extension } = await requestExtension({
    actor: unit.reporter,
    taskId: slot.taskId,
    period: period.key,
    requestedDueOn: addDays(period.dueOn, 10),
    reason: '涉及多部门会签,需延长报送时间。',
    store,
    clock: ago(2),
  });
  await approveExtension({ actor: people.office, extensionId: extension.id, store, clock: ago(1) });
}
