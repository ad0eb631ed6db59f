// The refusal of a change made from a revision that is no longer the filing's current one.
import { conflict, type DomainError } from '../errors.ts';
import type { ReportContent, ReportState } from './report.types.ts';

/** The filing as the refusal names it; null when it does not exist yet. */
export interface StaleAgainst {
  id: number;
  currentRev: number;
  state: ReportState;
}

/** Someone saved since this edit began: the caller gets the current revision to merge with. */
export function staleRevision(
  existing: StaleAgainst | null,
  baseRev: number,
  current?: ReportContent,
): DomainError {
  return conflict('report.stale_revision', 'the filing changed since you opened it; reload and merge', {
    reportId: existing?.id ?? null,
    baseRev,
    currentRev: existing?.currentRev ?? 0,
    state: existing?.state ?? null,
    current: current ?? null,
  });
}
