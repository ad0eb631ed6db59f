// A filing's standing as a coloured tag, the same everywhere: the workbench, the plan, the task page.
import { Tag } from 'antd';
import { PROGRESS_LABELS as LABELS } from '../../../src/core/report/report-labels.ts';
import type { ProgressCode } from '../api/reports.types.ts';

/** The one set of names (core report-labels), shared with the server's documents and messages. */
export const PROGRESS_LABELS: Record<ProgressCode, string> = LABELS;

const COLORS: Record<ProgressCode, string> = {
  todo: 'default',
  draft: 'blue',
  awaiting_sign_off: 'gold',
  submitted: 'cyan',
  returned: 'volcano',
  accepted: 'green',
  overdue: 'red',
};

/** overdue: the filing got somewhere (a draft, awaiting signature) but not to the office in time. */
export function FilingStateTag(props: { state: ProgressCode; late?: boolean; overdue?: boolean }) {
  const { state, late = false, overdue = false } = props;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Tag color={COLORS[state]}>{PROGRESS_LABELS[state]}</Tag>
      {overdue && state !== 'overdue' && <Tag color={COLORS.overdue}>{PROGRESS_LABELS.overdue}</Tag>}
      {late && state !== 'overdue' && <Tag color="orange">迟报</Tag>}
    </span>
  );
}
