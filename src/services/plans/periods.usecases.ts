// The admin sets a period's opening and due dates (the defaults come from the plan's due rule).
import { conflict, notFound } from '../../core/errors.ts';
import { assertPeriodDates } from '../../core/plan/plan-calendar.ts';
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { auditEvent } from '../audit/audit.ts';
import type { Clock } from '../support/clock.ts';
import type { Store } from '../store.ts';
import { getPlanByYear } from './plans.queries.ts';
import type { PeriodRecord } from './plans.types.ts';

export async function setPeriodDates(input: {
  actor: Actor;
  store: Store;
  clock: Clock;
  year: number;
  key: string;
  opensOn: string;
  dueOn: string;
}): Promise<{ period: PeriodRecord }> {
  assertCan(input.actor, 'period.manage');
  const dates = { opensOn: input.opensOn, dueOn: input.dueOn };
  assertPeriodDates(dates);
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    const plan = await getPlanByYear(repos, input.year);
    const before = (await repos.plans.findPeriods(plan.id)).find((period) => period.key === input.key);
    if (!before) {
      throw notFound('period.not_found', `plan ${plan.year} has no period ${input.key}`, { key: input.key });
    }
    if (before.state === 'closed') {
      throw conflict('period.closed', `${input.key} is closed; its dates are frozen`, { key: input.key });
    }
    const period = await repos.plans.updatePeriodDates(before.id, dates);
    await repos.audit.append(
      auditEvent({
        actor: input.actor,
        at: now,
        action: 'period.set_dates',
        entityType: 'period',
        entityId: period.id,
        before: { key: before.key, opensOn: before.opensOn, dueOn: before.dueOn },
        after: { key: period.key, opensOn: period.opensOn, dueOn: period.dueOn },
      }),
    );
    return { period };
  });
}
