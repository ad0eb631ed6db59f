// Switch the quarter a page shows; the choice lives in the address (?period=) so links keep it.
// Four quarters marked 已关闭 are wider than a phone: there they wrap onto a second line
// (web/src/app/readable.css), so the current quarter stays in sight and the page no wider than the screen.
import { Segmented } from 'antd';
import type { PlanPeriod } from '../api/calendar.ts';
import { periodLabel } from '../api/calendar.ts';

export function PeriodSwitcher(props: {
  periods: readonly PlanPeriod[];
  value: string;
  onChange: (key: string) => void;
}) {
  return (
    <Segmented<string>
      aria-label="选择季度"
      className="duban-period-switcher"
      value={props.value}
      onChange={props.onChange}
      options={props.periods.map((period) => ({
        value: period.key,
        label:
          period.state === 'closed'
            ? `${periodLabel(period.key, true)}(已关闭)`
            : periodLabel(period.key, true),
      }))}
    />
  );
}
