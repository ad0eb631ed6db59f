// The office's task × unit matrix for a period: where every owed filing stands (office, leaders).
import { api } from './client.ts';

export const PROGRESS_CODES = [
  'todo',
  'draft',
  'awaiting_sign_off',
  'submitted',
  'returned',
  'accepted',
  'overdue',
] as const;
export type ProgressCode = (typeof PROGRESS_CODES)[number];

export type Counts = Record<ProgressCode, number> & { owed: number; late: number };

export interface TaskRef {
  id: number;
  seq: number;
  text: string;
  path: string[];
}

export interface SectionRef {
  path: string[];
  title: string | null;
}

export type FilingKind = 'unit_input' | 'task_report';

export interface MatrixCell {
  unitId: number;
  name: string;
  role: 'lead' | 'responsible';
  roleLabel: string;
  viaGroup: { id: number; name: string } | null;
  kind: FilingKind;
  reportId: number | null;
  state: ProgressCode;
  stateLabel: string;
  dueOn: string;
  daysToDue: number;
  /** Reached the office after the due day. */
  late: boolean;
  /** Not with the office and the due day is over. */
  overdue: boolean;
}

export interface MatrixRow {
  task: TaskRef;
  section: SectionRef;
  cells: MatrixCell[];
}

export interface Matrix {
  period: { key: string; opensOn: string; dueOn: string; state: string };
  rows: MatrixRow[];
  units: { unitId: number; name: string; fullName: string | null; kind: string; counts: Counts }[];
  sections: { section: SectionRef; counts: Counts }[];
  totals: Counts;
}

export const getMatrix = (period: string): Promise<Matrix> =>
  api<Matrix>('GET', `/api/matrix?period=${encodeURIComponent(period)}`);
