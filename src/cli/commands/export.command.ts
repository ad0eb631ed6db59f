// `duban export plan|summary|template|publication|bulletin`: the office documents written to a file,
// through the same use cases as the download routes, acting as the system operator.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { isDomainError, notFound } from '../../core/errors.ts';
import { parsePeriod } from '../../core/period/period.ts';
import { directoryOn, findByName } from '../../core/unit/directory.ts';
import { openDatabase } from '../../db/client.ts';
import { applyMigrations } from '../../db/migrate.ts';
import { createStore } from '../../db/store.ts';
import { documentWriters } from '../../exporter/document-writers.ts';
import { exportBulletin } from '../../services/documents/bulletin.usecases.ts';
import type { DocumentFile } from '../../services/documents/documents.types.ts';
import { exportPlan } from '../../services/documents/plan-export.usecases.ts';
import { exportPublication } from '../../services/documents/publication.usecases.ts';
import { exportSummary } from '../../services/documents/summary.usecases.ts';
import { exportFeedbackTemplate } from '../../services/documents/template-export.usecases.ts';
import { systemClock } from '../../services/support/clock.ts';
import type { Store } from '../../services/store.ts';
import { databaseOptions, operatorActor } from '../database-options.ts';
import type { CommandRun } from '../main.ts';

const USAGE = `Usage:
  duban export plan --year Y [--format xlsx|docx] [--out FILE]
  duban export summary --period 2024-Q2 [--out FILE]
  duban export template --period 2024-Q2 --unit NAME|ID [--out FILE]
  duban export publication --period 2024-Q2 [--format xlsx|docx|html] [--out FILE]
  duban export bulletin --period 2024-Q2 [--format docx|pdf] [--out FILE]
  (every form takes --data DIR; DATABASE_URL selects PostgreSQL)
`;

const OPTIONS = {
  year: { type: 'string' },
  period: { type: 'string' },
  unit: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  data: { type: 'string' },
} as const;

type Flags = ReturnType<
  typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>
>['values'];

class UsageError extends Error {}

export const run: CommandRun = async (args, io) => {
  const { values, positionals } = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  const kind = positionals[0];
  if (!isDocumentKind(kind)) {
    io.stderr(USAGE);
    return 2;
  }
  const database = await openDatabase(databaseOptions(values, process.env));
  try {
    await applyMigrations(database);
    const file = await DOCUMENTS[kind](values, createStore(database.db, database));
    const out = values.out ?? file.fileName;
    await writeFile(out, file.bytes);
    io.stdout(`wrote ${out} (${file.bytes.length} bytes)\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`duban export: ${error.message}\n${USAGE}`);
      return 2;
    }
    if (!isDomainError(error)) throw error;
    io.stderr(`duban export: ${error.message} (${error.code})\n`);
    return 1;
  } finally {
    await database.close();
  }
};

const DOCUMENT_KINDS = ['plan', 'summary', 'template', 'publication', 'bulletin'] as const;
type DocumentKind = (typeof DOCUMENT_KINDS)[number];

const isDocumentKind = (kind: string | undefined): kind is DocumentKind =>
  DOCUMENT_KINDS.some((candidate) => candidate === kind);

const common = (store: Store) => ({
  actor: operatorActor(),
  store,
  clock: systemClock,
  writers: documentWriters,
});

const DOCUMENTS: Record<DocumentKind, (flags: Flags, store: Store) => Promise<DocumentFile>> = {
  plan: (flags, store) =>
    exportPlan({ ...common(store), year: yearOf(flags), format: formatOf(flags, ['xlsx', 'docx']) }),
  summary: (flags, store) => exportSummary({ ...common(store), period: periodOf(flags) }),
  template: async (flags, store) => {
    const period = periodOf(flags);
    const unitId = await unitIdOf(store, flags.unit, `${parsePeriod(period).year}-12-31`);
    return exportFeedbackTemplate({ ...common(store), period, unitId });
  },
  publication: (flags, store) =>
    exportPublication({
      ...common(store),
      period: periodOf(flags),
      format: formatOf(flags, ['xlsx', 'docx', 'html']),
    }),
  bulletin: (flags, store) =>
    exportBulletin({ ...common(store), period: periodOf(flags), format: formatOf(flags, ['docx', 'pdf']) }),
};

function yearOf(flags: Flags): number {
  const year = Number(flags.year ?? (flags.period ? parsePeriod(flags.period).year : NaN));
  if (!Number.isInteger(year)) throw new UsageError('--year needs a year like 2024');
  return year;
}

function periodOf(flags: Flags): string {
  if (!flags.period) throw new UsageError('--period needs a quarter like 2024-Q2');
  const period = parsePeriod(flags.period);
  if (flags.year !== undefined && Number(flags.year) !== period.year) {
    throw new UsageError(`--period ${flags.period} is not in --year ${flags.year}`);
  }
  return flags.period;
}

/** The first format is the default. */
function formatOf<F extends string>(flags: Flags, formats: readonly [F, ...F[]]): F {
  if (flags.format === undefined) return formats[0];
  const format = formats.find((candidate) => candidate === flags.format);
  if (!format) throw new UsageError(`--format is one of ${formats.join(', ')}`);
  return format;
}

/** A unit by its id or by a name or alias it had on the date. */
async function unitIdOf(store: Store, written: string | undefined, asOf: string): Promise<number> {
  if (!written) throw new UsageError('--unit needs the unit whose template to write (a name or an id)');
  const directory = directoryOn(await store.repos.units.loadHistory(), asOf);
  const unit = /^\d+$/.test(written)
    ? directory.find((candidate) => candidate.id === Number(written))
    : findByName(directory, written);
  if (!unit) throw notFound('unit.not_found', `no unit '${written}' on ${asOf}`, { unit: written });
  return unit.id;
}
