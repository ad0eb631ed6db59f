// The progress table in the city's published layout: 序号 | 目标与任务 | 牵头责任单位 | 进展, one
// progress column per quarter shown, rows grouped under the notice's part and section headings.
import type { Indicator, PublishedEntry } from '../../../api/reports.types.ts';
import { periodLabel } from '../../../api/calendar.ts';
import { formatIndicatorValue } from '../../../components/filing/indicator-scale.ts';
import type { PublishedGroup } from './published-rows.ts';

function EntryBlock(props: { entry: PublishedEntry; showUnit: boolean; indicators: readonly Indicator[] }) {
  const { entry } = props;
  const facts = [
    entry.selfStatusLabel,
    entry.percentComplete !== null ? `完成${entry.percentComplete}%` : null,
  ]
    .filter(Boolean)
    .join(',');
  return (
    <div>
      {props.showUnit && <strong>{entry.leadUnit}:</strong>}
      <p className="public-progress">{entry.progress}</p>
      {entry.indicatorActuals.map((actual) => {
        const indicator = props.indicators.find((i) => i.id === actual.indicatorId);
        if (!indicator || actual.value === null) return null;
        return (
          <p key={actual.indicatorId} className="public-meta" style={{ margin: '4px 0 0' }}>
            {indicator.metric}:{formatIndicatorValue(actual.value, indicator)}(目标:{indicator.raw})
          </p>
        );
      })}
      {facts && (
        <p className="public-meta" style={{ margin: '4px 0 0' }}>
          {facts}
        </p>
      )}
    </div>
  );
}

export function PublishedTable(props: {
  caption: string;
  periodKeys: readonly string[];
  groups: readonly PublishedGroup[];
  indicators: ReadonlyMap<number, readonly Indicator[]>;
}) {
  const columns = 3 + props.periodKeys.length;
  return (
    <div className="public-table-wrap" tabIndex={0} role="region" aria-label={props.caption}>
      <table className="public-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="public-seq">
              序号
            </th>
            <th scope="col">目标与任务</th>
            <th scope="col" className="public-unit">
              牵头责任单位
            </th>
            {props.periodKeys.map((key) => (
              <th scope="col" key={key}>
                {periodLabel(key, true)}工作进展
              </th>
            ))}
          </tr>
        </thead>
        {props.groups.map((group) => (
          <tbody key={group.heading}>
            <tr>
              <th scope="rowgroup" colSpan={columns} className="public-section">
                {group.heading}
              </th>
            </tr>
            {group.tasks.map((task) => (
              <tr key={task.seq}>
                <th scope="row" className="public-seq">
                  {task.seq}
                </th>
                <td>{task.text}</td>
                <td>{task.leadUnits.join('、')}</td>
                {props.periodKeys.map((key) => {
                  const entries = task.byPeriod.get(key) ?? [];
                  return (
                    <td key={key}>
                      {entries.length === 0
                        ? '暂未公开'
                        : entries.map((entry) => (
                            <EntryBlock
                              key={entry.leadUnit}
                              entry={entry}
                              showUnit={entries.length > 1}
                              indicators={props.indicators.get(entry.seq) ?? []}
                            />
                          ))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
