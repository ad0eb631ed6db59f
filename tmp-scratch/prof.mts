import { performance } from 'node:perf_hooks';
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { createBenchDatabase } from '../bench/support/bench-database.ts';
import { loadYear } from '../bench/support/bench-year.ts';
import { findWorklist } from '../src/services/reports/worklist.usecase.ts';
import { findUnitsOwingInPlan } from '../src/services/plans/units-owing.ts';
import { systemClock } from '../src/services/support/clock.ts';
const bench = await createBenchDatabase();
try {
  const year = await loadYear(bench);
  const unitId = year.owing[0]!.unitId;
  const actor = { kind: 'account', accountId: 1, role: 'reporter', unitId, mustChangePassword: false } as const;
  const repos = bench.store.repos;
  const time = async (label: string, fn: () => Promise<unknown>, n = 20) => {
    for (let i = 0; i < 3; i++) await fn();
    const t = performance.now();
    for (let i = 0; i < n; i++) await fn();
    console.log(label, ((performance.now() - t) / n).toFixed(1), 'ms');
  };
  const session = new Session(); session.connect(); await session.post('Profiler.enable'); await session.post('Profiler.start');
  await time('worklist', () => findWorklist({ actor, period: '2024-Q4', store: bench.store, clock: systemClock }));
  const { profile } = await session.post('Profiler.stop'); writeFileSync('/tmp/mx/prof/w.cpuprofile', JSON.stringify(profile));
  await time('owingInPlan', () => findUnitsOwingInPlan({ repos, planId: bench.planId, asOf: '2025-01-05' }));
  await time('tasks.findByPlan', () => repos.tasks.findByPlan(bench.planId, { asOf: '2025-01-05' }));
  await time('reports.findTasks', () => repos.reports.findTasks(bench.planId));
  await time('units.loadHistory', () => repos.units.loadHistory());
  await time('reports.findReports', () => repos.reports.findReports({ periodId: 4, unitId }));
} finally { await bench.drop(); }
