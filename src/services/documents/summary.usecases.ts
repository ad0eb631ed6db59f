// The quarterly summary (进展情况汇总表) for the office and the city's leaders: every owed filing
// of the period with its state, lateness, returns, light and the text that reached the office.
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { periodLabel } from '../../core/supervision/labels.ts';
import { getPeriod } from '../plans/plan-lookups.ts';
import type { Clock } from '../support/clock.ts';
import type { Store } from '../store.ts';
import type { DocumentFile, DocumentWriters } from './documents.types.ts';
import { documentFile } from './documents.types.ts';
import { loadPeriodFilings } from './period-filings.ts';
import { loadStructure } from './plan-document.ts';

export async function exportSummary(input: {
  actor: Actor;
  period: string;
  store: Store;
  clock: Clock;
  writers: DocumentWriters;
}): Promise<DocumentFile> {
  assertCan(input.actor, 'dashboard.read');
  const { repos } = input.store;
  const period = await getPeriod(repos, input.period);
  const { plan, tasks } = await loadPeriodFilings(repos, period, input.clock());
  const structure = await loadStructure(repos, plan.id);
  const bytes = await input.writers.summaryXlsx({ period: period.key, structure, tasks });
  return documentFile(`${periodLabel(period.key)}重点工作任务进展情况汇总`, 'xlsx', bytes);
}
