// For the lead unit: what each co-responsible unit filed this quarter, who has not filed yet, and a
// way to quote their words into the task report instead of retyping them.
import { Alert, Button, Card, Empty, Flex, Space, Tag, Typography } from 'antd';
import { fetchLeadInputs } from '../../../api/reports.ts';
import type { Indicator, Report } from '../../../api/reports.types.ts';
import { useRequest } from '../../../api/use-request.ts';
import { FilingView } from '../../../components/filing/FilingView.tsx';
import { LoadFailed } from '../../../components/LoadFailed.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';

/** The form the quote takes in the narrative, the same as the server's suggested text. */
export const quoteOf = (report: Report): string =>
  `【${report.unit.name}】${(report.content?.progress ?? '').trim()}`;

function InputCard(props: {
  report: Report;
  indicators: readonly Indicator[];
  quoted: boolean;
  canQuote: boolean;
  onQuote: (text: string) => void;
}) {
  const { report } = props;
  const content = report.content;
  return (
    <Card
      size="small"
      title={report.unit.name}
      extra={
        props.canQuote && content?.progress.trim() ? (
          <Button
            size="small"
            disabled={props.quoted}
            onClick={() => props.onQuote(quoteOf(report))}
            aria-label={`引用${report.unit.name}的进展`}
          >
            {props.quoted ? '已引用' : '引用'}
          </Button>
        ) : null
      }
    >
      {report.late && <Tag color="orange">迟报</Tag>}
      {content ? (
        <FilingView
          content={content}
          indicators={props.indicators}
          attachments={content.attachments}
          compact
        />
      ) : (
        <Typography.Text type="secondary">暂无内容</Typography.Text>
      )}
    </Card>
  );
}

export function CoUnitInputsPanel(props: {
  taskId: number;
  periodKey: string;
  indicators: readonly Indicator[];
  narrative: string;
  canQuote: boolean;
  onQuote: (text: string) => void;
}) {
  const { taskId, periodKey } = props;
  const view = useRequest(() => fetchLeadInputs(taskId, periodKey), [taskId, periodKey]);
  if (view.error) return <LoadFailed error={view.error} onRetry={view.reload} />;
  if (!view.data) return <PageLoading />;
  const { inputs, missing } = view.data;
  const unquoted = inputs.filter((report) => !props.narrative.includes(quoteOf(report)));
  return (
    <Card
      title={`责任单位反馈(已报送 ${inputs.length} / ${inputs.length + missing.length})`}
      size="small"
      extra={
        <Button size="small" onClick={view.reload}>
          刷新
        </Button>
      }
    >
      <Flex vertical gap={12}>
        {missing.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={`尚未报送(${missing.length})`}
            description={
              <Space size={[4, 4]} wrap>
                {missing.map((unit) => (
                  <Tag key={unit.unitId}>{unit.name}</Tag>
                ))}
              </Space>
            }
          />
        )}
        {inputs.length === 0 ? (
          <Empty description="责任单位尚未报送反馈" />
        ) : (
          <>
            {props.canQuote && unquoted.length > 1 && (
              <Button type="dashed" block onClick={() => props.onQuote(unquoted.map(quoteOf).join('\n'))}>
                全部引用到进展情况
              </Button>
            )}
            {inputs.map((report) => (
              <InputCard
                key={report.id}
                report={report}
                indicators={props.indicators}
                quoted={props.narrative.includes(quoteOf(report))}
                canQuote={props.canQuote}
                onQuote={props.onQuote}
              />
            ))}
          </>
        )}
      </Flex>
    </Card>
  );
}
