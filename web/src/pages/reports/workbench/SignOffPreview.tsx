// The approver's look into a submitted filing from the 待签发 list, in place: what the clerk filed
// and, where the unit leads the task, what its co-units filed and who has not. Loaded only when the
// row is opened; the server cuts it to what the approver may see (its unit's filing, the co-units'
// signed-off inputs to its task).
import { Card, Flex, Space, Tag, Typography } from 'antd';
import { fetchTaskPeriod } from '../../../api/reports.ts';
import type { Report, WorklistItem } from '../../../api/reports.types.ts';
import { useRequest } from '../../../api/use-request.ts';
import { FilingView } from '../../../components/filing/FilingView.tsx';
import { LoadFailed } from '../../../components/LoadFailed.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';

function Filed({
  report,
  indicators,
}: {
  report: Report;
  indicators: Parameters<typeof FilingView>[0]['indicators'];
}) {
  return report.content ? (
    <FilingView
      content={report.content}
      indicators={indicators}
      attachments={report.content.attachments}
      compact
    />
  ) : (
    <Typography.Text type="secondary">暂无内容</Typography.Text>
  );
}

export function SignOffPreview({ item, periodKey }: { item: WorklistItem; periodKey: string }) {
  const view = useRequest(() => fetchTaskPeriod(item.task.id, periodKey), [item.task.id, periodKey]);
  if (view.error) return <LoadFailed error={view.error} onRetry={view.reload} />;
  if (!view.data) return <PageLoading />;
  const { task, taskReports, unitInputs, myRole, missing } = view.data;
  const own = [...taskReports, ...unitInputs].find((report) => report.id === item.reportId);
  const coInputs = myRole === 'lead' ? unitInputs : [];
  const notFiled = myRole === 'lead' ? (missing ?? []).filter((unit) => unit.role === 'responsible') : [];
  return (
    <Flex vertical gap={12} className="sign-off-preview">
      <section aria-label={`第${item.task.seq}项本单位填报内容`}>
        <Typography.Text strong>本单位填报内容</Typography.Text>
        {own ? (
          <Filed report={own} indicators={task.indicators} />
        ) : (
          <Typography.Paragraph type="secondary">暂无内容</Typography.Paragraph>
        )}
      </section>
      {myRole === 'lead' && (
        <section aria-label={`第${item.task.seq}项责任单位反馈`}>
          <Typography.Text strong>
            责任单位反馈(已报送 {coInputs.length} / {coInputs.length + notFiled.length})
          </Typography.Text>
          <Flex vertical gap={8} style={{ marginTop: 8 }}>
            {notFiled.length > 0 && (
              <Space size={[4, 4]} wrap>
                <Typography.Text type="secondary">尚未报送:</Typography.Text>
                {notFiled.map((unit) => (
                  <Tag key={unit.unitId}>{unit.name}</Tag>
                ))}
              </Space>
            )}
            {coInputs.map((report) => (
              <Card key={report.id} size="small" title={report.unit.name}>
                <Filed report={report} indicators={task.indicators} />
              </Card>
            ))}
          </Flex>
        </section>
      )}
    </Flex>
  );
}
