// The quarterly bulletin (通报) the supervision office issues: the period's figures, the tasks behind
// schedule, the cards issued, late and missing filings and the assessment ranking, as a Word
// document in the official format or, where the server can convert it, as PDF.
import type { BulletinCard, DocumentUnit } from '../../core/documents/documents.types.ts';
import { conflict } from '../../core/errors.ts';
import { parsePeriod } from '../../core/period/period.ts';
import { cityDate } from '../../core/period/city-date.ts';
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { quarterLabel } from '../../core/supervision/labels.ts';
import { scoringFormula } from '../../core/assessment/scoring-rules.ts';
import { ledgerOfYear } from '../assessment/ledger.usecases.ts';
import { getPeriod } from '../plans/plan-lookups.ts';
import type { PeriodRecord } from '../plans/plans.types.ts';
import type { Clock } from '../support/clock.ts';
import type { Repositories, Store } from '../store.ts';
import type { DocumentFile, DocumentWriters } from './documents.types.ts';
import { documentFile } from './documents.types.ts';
import type { PeriodFilings } from './period-filings.ts';
import { loadPeriodFilings } from './period-filings.ts';
import { loadStructure } from './plan-document.ts';

export interface ExportBulletinInput {
  actor: Actor;
  period: string;
  format: 'docx' | 'pdf';
  /** 发文字号 such as 督查通报〔2024〕2号, printed under the title when given. */
  documentNumber?: string | null;
  store: Store;
  clock: Clock;
  writers: DocumentWriters;
}

export async function exportBulletin(input: ExportBulletinInput): Promise<DocumentFile> {
  assertCan(input.actor, 'dashboard.read');
  const { repos } = input.store;
  const period = await getPeriod(repos, input.period);
  const now = input.clock();
  const filings = await loadPeriodFilings(repos, period, now);
  const { ledger, unitNames, rules } = await ledgerOfYear(repos, filings.plan.year, now);
  const units: DocumentUnit[] = [...unitNames].map(([unitId, name]) => ({ unitId, name }));
  const docx = await input.writers.bulletinDocx({
    period: period.key,
    issuer: `${filings.plan.issuer ?? ''}督查室`,
    issuedOn: cityDate(now),
    documentNumber: input.documentNumber ?? null,
    structure: await loadStructure(repos, filings.plan.id),
    tasks: filings.tasks,
    cards: await bulletinCards(repos, period, filings, unitNames),
    ledger: {
      results: ledger.results,
      formula: scoringFormula(rules),
      provisionalUnitIds: ledger.bases.filter((basis) => basis.provisional).map((basis) => basis.unitId),
    },
    units,
  });
  const name = `关于${parsePeriod(period.key).year}年${quarterLabel(period.key)}重点工作任务推进情况的通报`;
  if (input.format === 'docx') return documentFile(name, 'docx', docx);
  const pdf = await input.writers.docxToPdf(docx);
  if (pdf === null) {
    throw conflict(
      'bulletin.pdf_unavailable',
      'this server cannot make PDF files (LibreOffice is not installed); use the Word document (docx) instead',
      { period: period.key, available: ['docx'] },
    );
  }
  return documentFile(name, 'pdf', pdf);
}

/** The cards issued for the period, named by the task's 序号 and the unit's name. */
async function bulletinCards(
  repos: Repositories,
  period: PeriodRecord,
  filings: PeriodFilings,
  unitNames: ReadonlyMap<number, string>,
): Promise<BulletinCard[]> {
  const cards = await repos.cards.findMany({ planId: filings.plan.id, periodId: period.id });
  const seqs = new Map(filings.tasks.map((task) => [task.taskId, task.seq]));
  const names = new Map(unitNames);
  for (const filing of filings.tasks.flatMap((task) => task.filings))
    names.set(filing.unitId, filing.unitName);
  const result: BulletinCard[] = [];
  for (const card of cards) {
    const unitName =
      names.get(card.unitId) ??
      (await repos.reports.findUnitName(card.unitId, period.dueOn)) ??
      `#${card.unitId}`;
    const { color, state, reason, rectifyBy } = card;
    result.push({ seq: seqs.get(card.taskId) ?? 0, unitName, color, state, reason, rectifyBy });
  }
  return result.sort((a, b) => a.seq - b.seq || a.unitName.localeCompare(b.unitName, 'zh'));
}
