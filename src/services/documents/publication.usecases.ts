// The progress table the city posts each quarter (重点工作进展情况): every task under the notice's
// own number with its lead units, and only what the office accepted from them. Public data once
// accepted, so anyone may download it, signed in or not.
import type { PublicationTask, PublishedReport } from '../../core/documents/documents.types.ts';
import { parsePeriod } from '../../core/period/period.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { quarterLabel } from '../../core/supervision/labels.ts';
import { getPlanByYear } from '../plans/plans.queries.ts';
import { findPublished } from '../reports/published.usecases.ts';
import type { Store } from '../store.ts';
import type { DocumentFile, DocumentWriters } from './documents.types.ts';
import { documentFile } from './documents.types.ts';
import { documentDate } from './period-filings.ts';
import { loadStructure, planTasksOn } from './plan-document.ts';

export async function exportPublication(input: {
  actor: Actor;
  period: string;
  format: 'xlsx' | 'docx' | 'html';
  store: Store;
  writers: DocumentWriters;
}): Promise<DocumentFile> {
  const { period, entries } = await findPublished(input);
  const { repos } = input.store;
  const { year } = parsePeriod(period.key);
  const plan = await getPlanByYear(repos, year);
  const [tasks, records, structure] = await Promise.all([
    planTasksOn(repos, plan.id, documentDate(period)),
    repos.reports.findTasks(plan.id),
    loadStructure(repos, plan.id),
  ]);
  const indicators = new Map(records.map((task) => [task.id, task.indicators]));
  const published = tasks.map((task): PublicationTask => ({
    taskId: task.taskId,
    seq: task.seq,
    path: task.path,
    text: task.text,
    leadUnits: task.leadUnits,
    indicators: (indicators.get(task.taskId) ?? []).map((indicator) => ({
      indicatorId: indicator.id,
      metric: indicator.metric,
      raw: indicator.raw,
      unit: indicator.unit,
      value: indicator.targetValue,
    })),
    leadReports: entries
      .filter((entry) => entry.task.id === task.taskId)
      .map((entry): PublishedReport => ({
        unitName: entry.leadUnitName,
        state: 'accepted',
        progress: entry.accepted.progress,
        indicatorActuals: entry.accepted.indicatorActuals,
      })),
  }));
  const document = { period: period.key, issuer: plan.issuer, structure, tasks: published };
  const name = `${plan.issuer ?? ''}${year}年重点工作任务${quarterLabel(period.key)}进展情况`;
  switch (input.format) {
    case 'xlsx':
      return documentFile(name, 'xlsx', await input.writers.publicationXlsx(document));
    case 'docx':
      return documentFile(name, 'docx', await input.writers.publicationDocx(document));
    case 'html':
      return documentFile(name, 'html', new TextEncoder().encode(input.writers.publicationHtml(document)));
  }
}
