import { Select, Tag } from 'antd';
import { PERIOD_STATE_LABELS, periodLabel, type Period } from '../api/plans.ts';

const STATE_COLORS = { scheduled: 'default', open: 'processing', closed: 'success' } as const;

export function PeriodSelect(props: {
  periods: readonly Period[];
  value: string | null;
  onChange: (key: string) => void;
}) {
  return (
    <Select
      aria-label="选择季度"
      style={{ width: 260 }}
      value={props.value ?? undefined}
      onChange={props.onChange}
      options={props.periods.map((p) => ({
        value: p.key,
        label: (
          <span>
            {periodLabel(p.key)}{' '}
            <Tag color={STATE_COLORS[p.state]} style={{ marginInlineStart: 4 }}>
              {PERIOD_STATE_LABELS[p.state]}
            </Tag>
          </span>
        ),
      }))}
    />
  );
}
