// /assessment/statement: one unit's score line by line with its total and rank. A unit's accounts
// see their own; the office and leaders open any unit's from the ranking (?unitId=).
import { Card, Descriptions, Empty, Flex, Table, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { getStatement } from '../../api/assessment.ts';
import { fetchPlanCalendar } from '../../api/calendar.ts';
import { useRequest } from '../../api/use-request.ts';
import { useSession } from '../../app/session-context.tsx';
import { AsyncContent } from '../../components/AsyncContent.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { RulesCard } from './RulesCard.tsx';
import { BurdenLine } from './BurdenCard.tsx';

export default function StatementPage() {
  const { session } = useSession();
  const [params] = useSearchParams();
  const calendar = useRequest(fetchPlanCalendar, []);
  const year = calendar.data?.year ?? null;
  const asked = Number(params.get('unitId'));
  const unitId = session?.account.unitId ?? (Number.isInteger(asked) && asked > 0 ? asked : null);
  const statement = useRequest(year === null || unitId === null ? null : () => getStatement(year, unitId), [
    year,
    unitId,
  ]);
  if (!session) return null;
  if (calendar.error) return <LoadFailed error={calendar.error} onRetry={calendar.reload} />;
  if (calendar.loading) return <PageLoading />;
  if (year === null) return <Empty description="尚未下达年度重点工作任务" />;
  if (unitId === null)
    return (
      <Empty description="请从考核排名中选择单位">
        <Link to="/assessment">返回考核排名</Link>
      </Empty>
    );
  return (
    <Flex vertical gap={16}>
      <AsyncContent loaded={statement}>
        {(data) => (
          <Flex vertical gap={16}>
            <Card>
              <Typography.Title level={4} style={{ marginTop: 0 }}>
                {data.unitName} · {data.year}年度考核得分
              </Typography.Title>
              <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
                <Descriptions.Item label="总分">
                  <b data-testid="statement-total">{data.total.display}</b>
                </Descriptions.Item>
                <Descriptions.Item label="名次">
                  第{data.rank}名 / 共{data.rankedUnits}个单位
                </Descriptions.Item>
                <Descriptions.Item label="计分事项">{data.lines.length}项</Descriptions.Item>
              </Descriptions>
              {session.account.unitId !== null && (
                <div style={{ marginTop: 12 }}>
                  <BurdenLine
                    year={year}
                    unitId={session.account.unitId}
                    periods={calendar.data?.periods ?? []}
                  />
                </div>
              )}
            </Card>
            <Card title="分项小计" size="small">
              <Table
                rowKey="ruleKey"
                size="small"
                pagination={false}
                dataSource={data.subtotals}
                columns={[
                  { title: '事项', dataIndex: 'label' },
                  { title: '次数', dataIndex: 'count', width: 80, align: 'right' },
                  { title: '得分', width: 100, align: 'right', render: (_, s) => s.points.display },
                ]}
              />
            </Card>
            <Card title="计分明细" size="small">
              <Table
                rowKey={(line) => `${line.ruleKey}:${line.eventRef}`}
                size="small"
                dataSource={data.lines}
                pagination={data.lines.length > 50 ? { pageSize: 50 } : false}
                locale={{ emptyText: '暂无计分事项' }}
                columns={[
                  { title: '说明', dataIndex: 'explanation' },
                  { title: '得分', width: 100, align: 'right', render: (_, line) => line.points.display },
                ]}
              />
            </Card>
          </Flex>
        )}
      </AsyncContent>
      <RulesCard year={year} />
    </Flex>
  );
}
