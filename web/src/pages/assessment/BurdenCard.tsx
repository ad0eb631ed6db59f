// The burden meter (减负): per unit, the filings and fields asked of it in a quarter; no screenshot
// is ever required. The office sees every unit; a unit account gets a one-line summary.
import { Alert, Card, Table, Typography } from 'antd';
import { useState } from 'react';
import { currentPeriodKey, periodLabel, type PlanPeriod } from '../../api/calendar.ts';
import { getBurden } from '../../api/hotline.ts';
import { useRequest } from '../../api/use-request.ts';
import { AsyncContent } from '../../components/AsyncContent.tsx';
import { PeriodSwitcher } from '../../components/PeriodSwitcher.tsx';
import { wideOnPhone } from '../../components/wide-table.ts';

/** The filing form's fields as a clerk knows them. */
const FIELD_LABELS: Record<string, string> = {
  progress: '进展情况',
  selfStatus: '当前状态',
  percentComplete: '完成进度',
  problems: '存在问题',
  nextSteps: '下步打算',
  attachments: '佐证材料',
  attachmentIds: '佐证材料',
  indicatorActuals: '指标完成值',
};

/** The fields by their Chinese names, once each; a field the page does not know is not named by its code. */
const fieldNames = (fields: readonly string[]): string =>
  [...new Set(fields.map((field) => FIELD_LABELS[field] ?? '其他'))].join('、');

const NO_SCREENSHOTS = '所有填报均无需上传截图。';

export function BurdenCard(props: { year: number; periods: readonly PlanPeriod[] }) {
  const [period, setPeriod] = useState<string | null>(() => currentPeriodKey(props.periods));
  const burden = useRequest(period ? () => getBurden({ year: props.year, period }) : null, [
    props.year,
    period,
  ]);
  return (
    <Card
      title={`减负统计${period ? ` · ${periodLabel(period)}` : ''}`}
      extra={period && <PeriodSwitcher periods={props.periods} value={period} onChange={setPeriod} />}
    >
      <AsyncContent loaded={burden}>
        {(data) => (
          <>
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={data.statement || NO_SCREENSHOTS}
              description={
                data.formFields.length > 0 ? `填报表单字段:${fieldNames(data.formFields)}` : undefined
              }
            />
            <Table
              rowKey={(row) => `${row.unitId}:${row.period}`}
              size="small"
              {...wideOnPhone(660)}
              dataSource={data.rows}
              pagination={data.rows.length > 50 ? { pageSize: 50 } : false}
              locale={{ emptyText: '本季度没有需要填报的单位' }}
              columns={[
                { title: '单位', dataIndex: 'unitName' },
                { title: '应报表单', dataIndex: 'forms', width: 100, align: 'right' },
                { title: '表单字段', dataIndex: 'formFields', width: 100, align: 'right' },
                { title: '指标字段', dataIndex: 'indicatorFields', width: 100, align: 'right' },
                { title: '需填字段合计', dataIndex: 'fields', width: 120, align: 'right' },
                { title: '需截图', width: 80, align: 'right', render: () => '0' },
              ]}
            />
          </>
        )}
      </AsyncContent>
    </Card>
  );
}

/** One line for a unit account: its filings and fields this quarter, and no screenshots. */
export function BurdenLine(props: { year: number; unitId: number; periods: readonly PlanPeriod[] }) {
  const period = currentPeriodKey(props.periods);
  const burden = useRequest(
    period ? () => getBurden({ year: props.year, period, unitId: props.unitId }) : null,
    [props.year, period, props.unitId],
  );
  const row = burden.data?.rows.find((r) => r.unitId === props.unitId);
  if (!period || !burden.data) return null;
  return (
    <Typography.Paragraph type="secondary" style={{ margin: 0 }} data-testid="burden-line">
      减负:{periodLabel(period)}本单位应报 {row?.forms ?? 0} 份表单,需填 {row?.fields ?? 0}{' '}
      个字段,无需上传任何截图。
    </Typography.Paragraph>
  );
}
