// Writes one quarter of the demo year's filings in bulk, in one transaction: each filing with every
// revision it went through (saves, submission, sign-off, return, acceptance) and one audit event per
// step, as the reporting use cases record them one at a time. The people are the demo's accounts
// where the unit has them, else the demo itself.
import type { Actor } from '../../core/policy/policy.types.ts';
import { isLate } from '../../core/period/lateness.ts';
import { auditEvent } from '../audit/audit.ts';
import type { AuditEventInput } from '../audit/audit.types.ts';
import type { NewRevision, OwingUnit, ReportPatch, NewReport } from '../reports/reports.types.ts';
import type { PeriodRecord } from '../plans/plans.types.ts';
import { kindFor } from '../reports/worklist.usecases.ts';
import type { Repositories } from '../store.ts';
import type { DemoFate, DemoStep } from './demo-filings.ts';
import { currentFate, demoContent, pastFate, stepsOf } from './demo-filings.ts';

export interface DemoPeople {
  office: Actor;
  fallback: Actor;
  units: ReadonlyMap<number, { reporter: Actor; approver: Actor }>;
}

interface Planned {
  unit: OwingUnit;
  seq: number;
  fate: DemoFate;
  steps: DemoStep[];
}

export interface QuarterTally {
  owed: number;
  filed: number;
  late: number;
}

export async function writeDemoQuarter(
  repos: Repositories,
  input: {
    period: PeriodRecord;
    owing: readonly OwingUnit[];
    seqOf: ReadonlyMap<number, number>;
    now: Date;
    /** The share of the quarter gone, for the quarter still open; null for a quarter past its due date. */
    elapsed: number | null;
    people: DemoPeople;
  },
): Promise<QuarterTally> {
  const { period, now } = input;
  const quarter = Number(period.key.slice(-1));
  const planned = input.owing.flatMap((unit): Planned[] => {
    const slot = { seq: input.seqOf.get(unit.taskId) ?? unit.taskId, unitId: unit.unitId, quarter };
    const fate = input.elapsed === null ? pastFate(slot) : currentFate(slot, input.elapsed);
    const steps = stepsOf({ fate, slot, dueOn: period.dueOn, now, periodKey: period.key });
    return steps.length === 0 ? [] : [{ unit, seq: slot.seq, fate, steps }];
  });
  const late = planned.filter((plan) => signedOffLate(plan, period)).length;
  for (let start = 0; start < planned.length; start += 300) {
    await writeChunk(repos, { ...input, planned: planned.slice(start, start + 300) });
  }
  return { owed: input.owing.length, filed: planned.length, late };
}

function signedOffLate(plan: Planned, period: PeriodRecord): boolean {
  const signed = plan.steps.find((step) => step.event === 'sign_off');
  return signed !== undefined && isLate({ dueOn: period.dueOn, at: signed.at });
}

async function writeChunk(
  repos: Repositories,
  input: { period: PeriodRecord; planned: readonly Planned[]; people: DemoPeople },
): Promise<void> {
  const { period } = input;
  const created = await repos.documents.insertReports(input.planned.map((plan) => reportRow(plan, period)));
  const bySlot = new Map(
    created.map((report) => [`${report.taskId}:${report.unitId}:${report.kind}`, report]),
  );
  const revisions: NewRevision[] = [];
  const events: AuditEventInput[] = [];
  for (const plan of input.planned) {
    const report = bySlot.get(`${plan.unit.taskId}:${plan.unit.unitId}:${kindFor(plan.unit.role)}`);
    if (!report) continue;
    const content = {
      ...demoContent({ seq: plan.seq, unitId: plan.unit.unitId, quarter: Number(period.key.slice(-1)) }),
      indicatorActuals: [],
      attachmentIds: [],
    };
    const late = signedOffLate(plan, period);
    let firstSignOff = true;
    const signedAt = plan.steps.findIndex((step) => step.event === 'sign_off');
    const lateAt = (index: number) => late && signedAt >= 0 && index >= signedAt;
    plan.steps.forEach((step, index) => {
      const actor = actorOf(input.people, plan.unit.unitId, step.by);
      const lateStep = step.event === 'sign_off' && firstSignOff && late;
      if (step.event === 'sign_off') firstSignOff = false;
      revisions.push({
        reportId: report.id,
        rev: index + 1,
        event: step.event,
        state: step.state,
        ...content,
        reason: step.event === 'return' ? '请补充量化数据和阶段性成果' : null,
        late: lateStep,
        authorAccountId: actor.kind === 'account' ? actor.accountId : null,
        createdAt: step.at,
      });
      const before =
        index === 0 ? null : { state: plan.steps[index - 1]?.state, rev: index, late: lateAt(index - 1) };
      const after = { state: step.state, rev: index + 1, late: lateAt(index) };
      events.push(
        auditEvent({
          actor,
          at: step.at,
          action: `report.${step.event}`,
          entityType: 'report',
          entityId: report.id,
          before,
          after,
        }),
      );
    });
  }
  for (let start = 0; start < revisions.length; start += 2000) {
    await repos.documents.appendRevisions(revisions.slice(start, start + 2000));
  }
  for (let start = 0; start < events.length; start += 4000) {
    await repos.audit.appendMany(events.slice(start, start + 4000));
  }
}

function reportRow(plan: Planned, period: PeriodRecord): NewReport & ReportPatch {
  const { steps, unit } = plan;
  const last = steps[steps.length - 1] ?? steps[0];
  const first = steps[0];
  if (!first || !last) throw new Error('a written demo filing has at least one step');
  const lastOf = (event: DemoStep['event']) =>
    steps.filter((step) => step.event === event).at(-1)?.at ?? null;
  return {
    kind: kindFor(unit.role),
    periodId: period.id,
    taskId: unit.taskId,
    unitId: unit.unitId,
    state: last.state,
    currentRev: steps.length,
    late: signedOffLate(plan, period),
    createdAt: first.at,
    updatedAt: last.at,
    firstSubmittedAt: steps.find((step) => step.event === 'submit')?.at ?? null,
    submittedAt: lastOf('submit'),
    signedOffAt: lastOf('sign_off'),
    returnedAt: lastOf('return'),
    acceptedAt: lastOf('accept'),
  };
}

function actorOf(people: DemoPeople, unitId: number, by: DemoStep['by']): Actor {
  if (by === 'office') return people.office;
  const unit = people.units.get(unitId);
  return unit ? unit[by] : people.fallback;
}
