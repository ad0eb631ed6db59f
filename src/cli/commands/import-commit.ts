// `duban import FILE --commit [--year Y] [--accept-inferred] [--data DIR]`: the same preview and
// commit an admin runs in the browser, as the operator at the server's terminal.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { isDomainError } from '../../core/errors.ts';
import type { ReviewProblem } from '../../core/plan/import-review.ts';
import { openDatabase } from '../../db/client.ts';
import { applyMigrations } from '../../db/migrate.ts';
import { createStore } from '../../db/store.ts';
import { importNotice } from '../../importer/import-notice.ts';
import { commitPlanImport, previewPlanImport } from '../../services/plans/plan-import.usecases.ts';
import { systemClock } from '../../services/support/clock.ts';
import { databaseOptions, operatorActor } from '../database-options.ts';
import type { CommandIo } from '../main.ts';

export interface CommitOptions {
  file: string;
  year: number | null;
  acceptInferred: boolean;
  data: string | null;
}

export async function commitImport(options: CommitOptions, io: CommandIo): Promise<number> {
  const bytes = await readFile(options.file);
  const database = await openDatabase(databaseOptions({ data: options.data ?? undefined }, process.env));
  try {
    await applyMigrations(database);
    const deps = { actor: operatorActor(), store: createStore(database.db, database), clock: systemClock };
    const { preview } = await previewPlanImport({
      ...deps,
      bytes,
      fileName: basename(options.file),
      readNotice: importNotice,
    });
    const { plan } = await commitPlanImport({
      ...deps,
      previewId: preview.id,
      acceptInferred: options.acceptInferred,
      ...(options.year === null ? {} : { year: options.year }),
    });
    const counts = await deps.store.repos.plans.counts(plan.id);
    io.stdout(
      `plan ${plan.year} imported: ${counts.tasks} tasks, ${counts.indicators} indicators, ${counts.inferred} inferred splits confirmed (${database.kind}: ${database.location})\n`,
    );
    return 0;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    io.stderr(`duban import: ${error.message} (${error.code})\n${problemLines(error.details['problems'])}`);
    return 1;
  } finally {
    await database.close();
  }
}

function isProblem(value: unknown): value is ReviewProblem {
  return (
    typeof value === 'object' && value !== null && 'code' in value && 'message' in value && 'seq' in value
  );
}

function problemLines(problems: unknown): string {
  const list = Array.isArray(problems) ? problems.filter(isProblem) : [];
  const shown = list
    .slice(0, 20)
    .map((p) => `  ${p.code}${p.seq === null ? '' : ` #${p.seq}`}: ${p.message}\n`);
  const more = list.length > shown.length ? `  … ${list.length - shown.length} more\n` : '';
  const hint = list.some((p) => p.code === 'task.unconfirmed')
    ? 'confirm the inferred splits in the browser, or pass --accept-inferred\n'
    : '';
  return shown.join('') + more + hint;
}
