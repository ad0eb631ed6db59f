// Reading cards: the office and leaders see every card, a unit its own.
import { invalid } from '../../core/errors.ts';
import { parsePeriod } from '../../core/period/period.ts';
import { can } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { getPlanByYear } from '../plans/plans.queries.ts';
import { getPeriod } from '../plans/plan-lookups.ts';
import type { Store } from '../store.ts';
import { cardNotFound } from './cards.usecases.ts';
import { loadReadable, readScope } from '../../core/policy/read-scope.ts';
import type { CardRecord } from './supervision.types.ts';

export async function findCards(input: {
  actor: Actor;
  year?: number;
  period?: string;
  unitId?: number;
  taskId?: number;
  store: Store;
}): Promise<{ cards: CardRecord[] }> {
  const unitId = readScope(input.actor, input.unitId);
  const { repos } = input.store;
  const period = input.period === undefined ? null : await getPeriod(repos, input.period);
  const year = period ? parsePeriod(period.key).year : input.year;
  if (year === undefined) throw invalid('cards.year_required', 'name a year or a period', { field: 'year' });
  const plan = await getPlanByYear(repos, year);
  const cards = await repos.cards.findMany({
    planId: plan.id,
    ...(period ? { periodId: period.id } : {}),
    ...(unitId === null ? {} : { unitId }),
    ...(input.taskId === undefined ? {} : { taskId: input.taskId }),
  });
  return { cards };
}

export async function getCardForActor(input: {
  actor: Actor;
  cardId: number;
  store: Store;
}): Promise<{ card: CardRecord }> {
  const card = await loadReadable({
    actor: input.actor,
    load: () => input.store.repos.cards.find(input.cardId),
    readable: (found) => can(input.actor, 'supervision.read', { unitId: found.unitId }),
    missing: () => cardNotFound(input.cardId),
  });
  return { card };
}
