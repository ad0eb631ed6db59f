// /assessment: the year's ranking with each unit's total and the formula behind it (office and
// leaders), a CSV export and the published rules. A total holding provisional items says so.
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { exportCsvPath, getLedger } from '../../api/assessment.ts';
import { fetchPlanCalendar } from '../../api/calendar.ts';
import { useRequest } from '../../api/use-request.ts';
import { AsyncContent } from '../../components/AsyncContent.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { RulesCard } from './RulesCard.tsx';
import { BurdenCard } from './BurdenCard.tsx';
import { FormulaText } from './FormulaText.tsx';

export default function AssessmentPage() {
  const calendar = useRequest(fetchPlanCalendar, []);
  const year = calendar.data?.year ?? null;
  const ledger = useRequest(year === null ? null : () => getLedger(year), [year]);
  if (calendar.error) return <LoadFailed error={calendar.error} onRetry={calendar.reload} />;
  if (calendar.loading) return <PageLoading />;
  if (year === null) return <Empty description="尚未下达年度重点工作任务" />;
  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {year}年度考核
          </Typography.Title>
          <a href={exportCsvPath(year)} download>
            <Button icon={<DownloadOutlined />}>导出CSV</Button>
          </a>
        </Flex>
      </Card>
      <Card title="单位排名">
        <AsyncContent loaded={ledger} isEmpty={(l) => l.results.length === 0} emptyText="暂无考核数据">
          {(data) => (
            <Flex vertical gap={12}>
              <FormulaText formula={data.formula} />
              <Table
                rowKey="unitId"
                size="middle"
                scroll={{ x: 'max-content' }}
                dataSource={data.results}
                pagination={data.results.length > 50 ? { pageSize: 50 } : false}
                columns={[
                  { title: '名次', dataIndex: 'rank', width: 80, align: 'center' },
                  { title: '单位', dataIndex: 'unitName' },
                  {
                    title: '总分',
                    width: 140,
                    align: 'right',
                    render: (_, r) => (
                      <span>
                        {r.total.display}
                        {r.provisional && (
                          <Tag style={{ marginInlineStart: 6, marginInlineEnd: 0 }}>含暂计</Tag>
                        )}
                      </span>
                    ),
                  },
                  { title: '应报次数', dataIndex: 'owedFilings', width: 100, align: 'right' },
                  { title: '计分事项', dataIndex: 'lineCount', width: 100, align: 'right' },
                  {
                    title: '明细',
                    width: 100,
                    render: (_, r) => (
                      <Link className="duban-tap-link" to={`/assessment/statement?unitId=${r.unitId}`}>
                        查看明细
                      </Link>
                    ),
                  },
                ]}
              />
            </Flex>
          )}
        </AsyncContent>
      </Card>
      <BurdenCard year={year} periods={calendar.data?.periods ?? []} />
      <RulesCard year={year} />
    </Flex>
  );
}
