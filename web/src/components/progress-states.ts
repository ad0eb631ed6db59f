// How a filing's standing looks everywhere (matrix, queue, charts): one label, colour and mark each.
import { PROGRESS_LABELS as LABELS } from '../../../src/core/report/report-labels.ts';
import type { ProgressCode } from '../api/matrix.ts';

/** The one set of names (core report-labels); the matrix says 逾期未报 where a tag says 逾期. */
export const PROGRESS_LABELS: Record<ProgressCode, string> = { ...LABELS, overdue: '逾期未报' };

/** One character for a matrix cell; the full label is in the cell's title. */
export const PROGRESS_MARKS: Record<ProgressCode, string> = {
  todo: '待',
  draft: '草',
  awaiting_sign_off: '签',
  submitted: '报',
  returned: '退',
  accepted: '采',
  overdue: '逾',
};

export const PROGRESS_COLORS: Record<ProgressCode, string> = {
  todo: '#d9d9d9',
  draft: '#bae0ff',
  awaiting_sign_off: '#69b1ff',
  submitted: '#faad14',
  returned: '#fa8c16',
  accepted: '#52c41a',
  overdue: '#f5222d',
};

/** Fewer groups for charts: the units still filling in are one slice. */
export const STATE_GROUPS = [
  { key: 'accepted', label: LABELS.accepted, color: '#52c41a', codes: ['accepted'] },
  { key: 'submitted', label: LABELS.submitted, color: '#faad14', codes: ['submitted'] },
  { key: 'returned', label: LABELS.returned, color: '#fa8c16', codes: ['returned'] },
  { key: 'filling', label: '填报中', color: '#69b1ff', codes: ['todo', 'draft', 'awaiting_sign_off'] },
  { key: 'overdue', label: '逾期未报', color: '#f5222d', codes: ['overdue'] },
] as const satisfies readonly { key: string; label: string; color: string; codes: readonly ProgressCode[] }[];

export type StateGroup = (typeof STATE_GROUPS)[number];

/** Filings the office has received (whatever it decided since). */
export const RECEIVED: readonly ProgressCode[] = ['submitted', 'returned', 'accepted'];

/** Readable on a light cell: dark text except on the strong colours. */
export const markTextColor = (code: ProgressCode): string =>
  code === 'overdue' || code === 'accepted' || code === 'awaiting_sign_off' ? '#fff' : '#262626';

/** ['二','一'] -> '二(一)'; part 一 has no sections, so just '一'. */
export function sectionLabel(path: readonly string[]): string {
  const [part, section] = path;
  if (!part) return '';
  return section ? `${part}(${section})` : part;
}
