// The facts the assessment counts, read from the records: assignments (groups expanded), the
// filings owed in every quarter that has begun (the base of the shares), late filings against each
// unit's effective due date, filings overdue and not filed (provisional until the quarter closes),
// returns, cards, lowered cards and verified completions. Each fact names its record.
import type { AssessmentEvent } from '../../core/assessment/assessment.types.ts';
import { assignmentEvents } from '../../core/assessment/assignments.ts';
import { cityDate } from '../../core/period/city-date.ts';
import { daysLate } from '../../core/period/lateness.ts';
import { findUnitsOwingInPlan } from '../plans/units-owing.ts';
import { findUnitsOwing } from '../reports/owing-units.ts';
import type { PeriodRecord } from '../plans/plans.types.ts';
import { kindFor } from '../reports/worklist.usecases.ts';
import type { Repositories } from '../store.ts';
import type { SupervisionContext } from '../supervision/supervision-context.ts';
import { dueDateFor } from '../reports/due-dates.ts';
import type { FilingFact } from '../supervision/supervision.types.ts';

export interface AssessmentFacts {
  events: AssessmentEvent[];
  /** Every unit that owes a task of the plan, with its name at the end of the year. */
  units: Map<number, string>;
}

/** `now` decides which quarters have begun and which unfiled filings are overdue. */
export async function loadAssessmentFacts(
  repos: Repositories,
  context: SupervisionContext,
  now: Date,
): Promise<AssessmentFacts> {
  const { events: assigned, units } = await assignmentFacts(repos, context);
  const facts = await repos.supervisionFacts.findFilingFacts(context.periods.map((period) => period.id));
  const events: AssessmentEvent[] = [...assigned, ...filingEvents(context, facts)];
  const today = cityDate(now);
  for (const period of context.periods.filter((p) => p.state === 'closed' || p.opensOn <= today)) {
    events.push(...(await owedEvents(repos, { context, period, facts, now })));
  }
  events.push(...(await cardEvents(repos, context)), ...completionEvents(context));
  return { events, units };
}

async function assignmentFacts(repos: Repositories, context: SupervisionContext) {
  const asOf = `${context.plan.year}-12-31`;
  const owing = await findUnitsOwingInPlan({ repos, planId: context.plan.id, asOf });
  const units = new Map(owing.units.map((unit) => [unit.unitId, unit.name]));
  const events = [...context.tasks.keys()].flatMap((taskId) => {
    const ofTask = owing.units.filter((unit) => unit.taskId === taskId);
    const ids = (role: 'lead' | 'responsible') =>
      ofTask.filter((unit) => unit.role === role).map((unit) => unit.unitId);
    return assignmentEvents({
      taskId,
      leadUnitIds: ids('lead'),
      responsibleUnitIds: ids('responsible'),
      groupMembers: new Map(),
    });
  });
  return { events, units };
}

/** Late filings (measured at the first sign-off) and every return, per filing. */
function filingEvents(context: SupervisionContext, facts: readonly FilingFact[]): AssessmentEvent[] {
  const periods = new Map(context.periods.map((period) => [period.id, period]));
  return facts.flatMap((fact): AssessmentEvent[] => {
    const period = periods.get(fact.periodId);
    if (!period) return [];
    const base = { unitId: fact.unitId, taskId: fact.taskId, period: period.key };
    const returns = fact.returnRevisionIds.map((revisionId): AssessmentEvent => ({
      ...base,
      kind: 'report_returned',
      id: `return:${revisionId}`,
    }));
    if (!fact.firstSignedOffAt) return returns;
    const { dueOn } = dueDateFor(context, { period, taskId: fact.taskId, unitId: fact.unitId });
    const days = daysLate({ dueOn, at: fact.firstSignedOffAt });
    if (days < 1) return returns;
    return [{ ...base, kind: 'filed_late', id: `late:${fact.reportId}`, daysLate: days }, ...returns];
  });
}

/**
 * Every filing owed in a begun period, and each one overdue without a sign-off: final when the
 * period is closed, provisional while it is open (its unit may still file, late).
 */
async function owedEvents(
  repos: Repositories,
  input: { context: SupervisionContext; period: PeriodRecord; facts: readonly FilingFact[]; now: Date },
): Promise<AssessmentEvent[]> {
  const { context, period, now } = input;
  const filed = new Set(
    input.facts
      .filter((fact) => fact.periodId === period.id && fact.firstSignedOffAt !== null)
      .map((fact) => `${fact.taskId}:${fact.unitId}:${fact.kind}`),
  );
  const closed = period.state === 'closed';
  const owing = await findUnitsOwing(repos, { period });
  return owing.flatMap((unit): AssessmentEvent[] => {
    const slot = { unitId: unit.unitId, taskId: unit.taskId, period: period.key };
    const owed: AssessmentEvent = {
      ...slot,
      kind: 'filing_owed',
      id: `owed:${period.key}:${unit.taskId}:${unit.unitId}`,
    };
    if (filed.has(`${unit.taskId}:${unit.unitId}:${kindFor(unit.role)}`)) return [owed];
    const groupIds = unit.viaGroup ? [unit.viaGroup.id] : [];
    const { dueOn } = dueDateFor(context, { period, taskId: unit.taskId, unitId: unit.unitId, groupIds });
    const overdue = daysLate({ dueOn, at: now });
    if (!closed && overdue < 1) return [owed];
    const id = `missing:${period.key}:${unit.taskId}:${unit.unitId}`;
    const missing: AssessmentEvent = { ...slot, kind: 'filing_missing', id, provisional: !closed };
    return [owed, overdue >= 1 && !closed ? { ...missing, daysOverdue: overdue } : missing];
  });
}

async function cardEvents(repos: Repositories, context: SupervisionContext): Promise<AssessmentEvent[]> {
  const cards = await repos.cards.findMany({ planId: context.plan.id });
  return cards.flatMap((card): AssessmentEvent[] => {
    const base = { unitId: card.unitId, taskId: card.taskId, cardId: card.id };
    const issued: AssessmentEvent = {
      ...base,
      kind: 'card_issued',
      id: `card:${card.id}`,
      color: card.issuedColor,
    };
    const lowered = card.history.some((step) => step.action === 'lower');
    return lowered ? [issued, { ...base, kind: 'card_lowered', id: `card-lowered:${card.id}` }] : [issued];
  });
}

function completionEvents(context: SupervisionContext): AssessmentEvent[] {
  const deadline = context.plan.deadline ?? `${context.plan.year}-12-31`;
  return context.completions.flatMap((claim): AssessmentEvent[] =>
    claim.state === 'verified' && claim.verifiedOn !== null
      ? [
          {
            kind: 'completion_verified',
            id: `completion:${claim.id}`,
            unitId: claim.unitId,
            taskId: claim.taskId,
            verifiedOn: claim.verifiedOn,
            deadline,
          },
        ]
      : [],
  );
}
