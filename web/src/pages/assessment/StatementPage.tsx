// /assessment/statement: one unit's score with its total, rank and formula: one line per rule with
// its share, then every fact behind them. A unit's accounts see their own; the office and leaders
// open any unit's from the ranking (?unitId=).
import { Card, Descriptions, Empty, Flex, Table, Tag, Typography } from 'antd';
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
import { FormulaText } from './FormulaText.tsx';

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
                  {data.provisional && <Tag style={{ marginInlineStart: 6 }}>含暂计</Tag>}
                </Descriptions.Item>
                <Descriptions.Item label="名次">
                  第{data.rank}名 / 共{data.rankedUnits}个单位
                </Descriptions.Item>
                <Descriptions.Item label="应报次数 / 牵头任务">
                  {data.owedFilings}次 / {data.leadTasks}项
                </Descriptions.Item>
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
            <Card title="计分公式与分项" size="small">
              <FormulaText formula={data.formula} />
              <Table
                rowKey="ruleKey"
                size="small"
                pagination={false}
                scroll={{ x: 'max-content' }}
                dataSource={data.lines}
                columns={[
                  { title: '事项', dataIndex: 'label', width: 100 },
                  { title: '计算', dataIndex: 'explanation' },
                  { title: '得分', width: 90, align: 'right', render: (_, line) => line.points.display },
                ]}
              />
            </Card>
            <Card title="计分明细" size="small">
              <Table
                rowKey="eventRef"
                size="small"
                dataSource={data.facts}
                pagination={data.facts.length > 50 ? { pageSize: 50 } : false}
                locale={{ emptyText: '暂无扣分或加分事项' }}
                columns={[
                  { title: '事项', width: 100, render: (_, fact) => ruleLabel(data.lines, fact.ruleKey) },
                  { title: '说明', dataIndex: 'explanation' },
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

function ruleLabel(lines: readonly { ruleKey: string; label: string }[], ruleKey: string): string {
  return lines.find((line) => line.ruleKey === ruleKey)?.label ?? ruleKey;
}
