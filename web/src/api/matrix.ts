// The office's task × unit matrix for a period: where every owed filing stands (office, leaders).
import type { Matrix, MatrixRow } from '../../../src/contracts/reading.schema.ts';
import { api } from './client.ts';

export { PROGRESS_CODES, type ProgressCode } from '../../../src/core/report/progress.ts';
export type { ReportKind as FilingKind } from '../../../src/core/report/report.types.ts';
export type {
  Counts,
  Matrix,
  MatrixCell,
  MatrixRow,
  TaskRef,
} from '../../../src/contracts/reading.schema.ts';
export type SectionRef = MatrixRow['section'];

export const getMatrix = (period: string): Promise<Matrix> =>
  api<Matrix>('GET', `/api/matrix?period=${encodeURIComponent(period)}`);
