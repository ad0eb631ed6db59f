// A task's plan for each quarter (进度安排), one line a quarter: 一季度:完成摸底。 Compact: each line
// cut to the width given, the whole text on hover or focus.
import { Typography } from 'antd';
import { quarterName } from '../../../src/core/plan/task-milestones.ts';

export interface QuarterPlan {
  quarter: number;
  text: string;
}

export function QuarterPlans(props: { milestones: readonly QuarterPlan[]; compactWidth?: number }) {
  const width = props.compactWidth;
  return (
    <ul style={{ margin: 0, padding: 0, listStyle: 'none' }}>
      {props.milestones.map(({ quarter, text }) => {
        const line = `${quarterName(quarter)}:${text}`;
        return (
          <li key={quarter}>
            {width === undefined ? (
              line
            ) : (
              <Typography.Text type="secondary" ellipsis={{ tooltip: line }} style={{ maxWidth: width }}>
                {line}
              </Typography.Text>
            )}
          </li>
        );
      })}
    </ul>
  );
}
