// Which plan the pages show by default: the plan of the city's current year; before that year's plan
// is imported, the latest plan whose year has started; a plan imported for a future year is shown
// only when there is nothing else. Active plans come before drafts and archived ones.

export interface PlanChoice {
  year: number;
  state: string;
}

export function currentPlan<T extends PlanChoice>(plans: readonly T[], cityToday: string): T | undefined {
  const thisYear = Number(cityToday.slice(0, 4));
  const active = plans.filter((plan) => plan.state === 'active');
  const pool = active.length > 0 ? active : plans;
  const started = pool.filter((plan) => plan.year <= thisYear).sort((a, b) => b.year - a.year);
  const future = pool.filter((plan) => plan.year > thisYear).sort((a, b) => a.year - b.year);
  return started[0] ?? future[0];
}
