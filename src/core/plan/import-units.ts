// The units an imported notice names, against the directory already kept: which are known,
// which are new (the importer knows them, the directory not yet) and which nobody knows.
import { findByName } from '../unit/directory.ts';
import type { UnitOnDate } from '../unit/unit.types.ts';
import type { UnitResolver } from './import-review.types.ts';
import type { UnitRecord } from './plan.types.ts';

export type ImportUnitStatus = 'known' | 'new' | 'unknown';

export interface ImportUnitMatch {
  record: UnitRecord;
  /** The directory's unit, when known. */
  unitId: number | null;
  status: ImportUnitStatus;
}

export function matchImportUnits(
  records: readonly UnitRecord[],
  directory: readonly UnitOnDate[],
): ImportUnitMatch[] {
  return records.map((record) => {
    const found = [record.name, ...record.aliases]
      .map((written) => findByName(directory, written))
      .find((unit) => unit !== null);
    if (found) return { record, unitId: found.id, status: 'known' };
    return { record, unitId: null, status: record.kind === 'unknown' ? 'unknown' : 'new' };
  });
}

/** A written name -> the import's name for it, else the directory's current name, else null. */
export function importUnitResolver(
  matches: readonly ImportUnitMatch[],
  directory: readonly UnitOnDate[],
): UnitResolver {
  const byWritten = new Map<string, string>();
  for (const { record } of matches) {
    for (const written of [record.name, ...record.aliases]) {
      if (!byWritten.has(written)) byWritten.set(written, record.name);
    }
  }
  return (written) => {
    const name = written.trim();
    return byWritten.get(name) ?? findByName(directory, name)?.name ?? null;
  };
}
