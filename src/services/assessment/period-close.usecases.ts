// Closing a quarter (关闭季度): its filings freeze, filings still missing start to count in the
// assessment, and a snapshot keeps the lights, cards and scores as they stood at that moment.
import { conflict, notFound } from '../../core/errors.ts';
import type { PeriodKey } from '../../core/period/period.ts';
import { formatPeriod, parsePeriod, previousPeriodKey } from '../../core/period/period.ts';
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import type { PeriodSnapshot, SnapshotDiff } from '../../core/supervision/snapshot.ts';
import { diffSnapshots } from '../../core/supervision/snapshot.ts';
import { auditEvent } from '../audit/audit.ts';
import { ledgerOf } from './ledger.usecases.ts';
import { getPlanByYear } from '../plans/plans.queries.ts';
import { findUnitsOwing } from '../reports/owing-units.ts';
import type { PeriodRecord } from '../plans/plans.types.ts';
import type { Clock } from '../support/clock.ts';
import type { Repositories, Store } from '../store.ts';
import { computeLights } from '../supervision/lights-compute.ts';
import { actorAccountId } from '../../core/policy/actor.ts';
import type { SupervisionContext } from '../supervision/supervision-context.ts';
import { loadSupervisionContext } from '../supervision/supervision-context.ts';
import type { SnapshotRecord } from '../supervision/supervision.types.ts';
import type { ProcessCaches } from '../process-caches.ts';
import type { Reference } from '../reference/reference-cache.ts';

export async function closePeriod(input: {
  actor: Actor;
  year: number;
  key: string;
  store: Store;
  clock: Clock;
  caches?: ProcessCaches;
}): Promise<{ period: PeriodRecord; snapshot: SnapshotRecord }> {
  assertCan(input.actor, 'period.close');
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    const open = await loadContext(repos, input.year);
    const period = periodOf(open, input.key);
    if (period.state === 'closed')
      throw conflict('period.closed', `${period.key} is closed already`, { period: period.key });
    const closed: PeriodRecord = { ...period, state: 'closed', closedAt: now };
    const context = {
      ...open,
      periods: open.periods.map((entry) => (entry.id === period.id ? closed : entry)),
    };
    const reference = await input.caches?.reference.load(repos);
    const data = await snapshotOf(repos, context, closed, { now, reference });
    const snapshot: SnapshotRecord = {
      periodId: period.id,
      takenAt: now,
      takenBy: actorAccountId(input.actor),
      data,
    };
    await repos.snapshots.closePeriod(snapshot);
    await repos.audit.append(
      auditEvent({
        actor: input.actor,
        at: now,
        action: 'period.close',
        entityType: 'period',
        entityId: period.id,
        before: { key: period.key, state: period.state },
        after: { key: period.key, state: 'closed', lights: data.lights.length, cards: data.cards.length },
      }),
    );
    return { period: closed, snapshot };
  });
}

async function snapshotOf(
  repos: Repositories,
  context: SupervisionContext,
  period: PeriodRecord,
  { now, reference }: { now: Date; reference: Reference | undefined },
): Promise<PeriodSnapshot> {
  const owing = await findUnitsOwing(repos, { period, reference });
  const facts = await repos.supervisionFacts.findFilingFacts([period.id]);
  const lights = computeLights({ context, period, owing, facts, now });
  const cards = await repos.cards.findMany({ planId: context.plan.id, periodId: period.id });
  const { ledger, unitNames } = await ledgerOf(repos, context, now);
  return {
    period: period.key,
    takenAt: now.toISOString(),
    lights: lights.map(({ task, unit, result }) => ({
      taskId: task.id,
      seq: task.seq,
      unitId: unit.unitId,
      unitName: unit.name,
      light: result.light,
      reasons: result.reasons,
    })),
    cards: cards.map(({ id, taskId, unitId, color, issuedColor, state }) => ({
      id,
      taskId,
      unitId,
      color,
      issuedColor,
      state,
    })),
    scores: ledger.results.map(({ unitId, total, rank }) => ({
      unitId,
      unitName: unitNames.get(unitId) ?? `#${unitId}`,
      total,
      rank,
    })),
  };
}

interface SnapshotQuery {
  actor: Actor;
  year: number;
  key: string;
  store: Store;
}

export async function getSnapshot(input: SnapshotQuery): Promise<{ snapshot: SnapshotRecord }> {
  assertCan(input.actor, 'dashboard.read');
  const { repos } = input.store;
  const period = periodOf(await loadContext(repos, input.year), input.key);
  return { snapshot: await findSnapshot(repos, period) };
}

/** Against the previous quarter's snapshot; a year's first quarter compares with nothing. */
export async function getSnapshotDiff(input: SnapshotQuery): Promise<{ diff: SnapshotDiff }> {
  assertCan(input.actor, 'dashboard.read');
  const { repos } = input.store;
  const context = await loadContext(repos, input.year);
  const current = await findSnapshot(repos, periodOf(context, input.key));
  const previousKey = previousPeriodKey(current.data.period);
  const previousPeriod = previousKey
    ? context.periods.find((period) => period.key === previousKey)
    : undefined;
  const previous = previousPeriod ? await repos.snapshots.find(previousPeriod.id) : null;
  return { diff: diffSnapshots(previous?.data ?? null, current.data) };
}

async function loadContext(repos: Repositories, year: number): Promise<SupervisionContext> {
  return loadSupervisionContext(repos, await getPlanByYear(repos, year));
}

function periodOf(context: SupervisionContext, key: string): PeriodRecord {
  const wanted: PeriodKey = formatPeriod(parsePeriod(key));
  const period = context.periods.find((candidate) => candidate.key === wanted);
  if (!period)
    throw notFound('period.not_found', `plan ${context.plan.year} has no period ${key}`, { period: key });
  return period;
}

async function findSnapshot(repos: Repositories, period: PeriodRecord): Promise<SnapshotRecord> {
  const snapshot = await repos.snapshots.find(period.id);
  if (!snapshot)
    throw notFound('snapshot.not_found', `${period.key} has not been closed yet`, { period: period.key });
  return snapshot;
}
