// The supervision office's console for one quarter: the review queue, the task × unit matrix and
// the units behind on their filings, and the plan's quality settings.
import { ReloadOutlined } from '@ant-design/icons';
import { App, Badge, Button, Card, Col, Empty, Row, Space, Statistic, Tabs, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { getMatrix, type Counts, type MatrixCell, type MatrixRow } from '../../../api/matrix.ts';
import { periodLabel } from '../../../api/calendar.ts';
import { useSession } from '../../../app/session-context.tsx';
import { AsyncContent } from '../../../components/AsyncContent.tsx';
import { PeriodDocumentButtons } from '../../../components/PeriodDocumentButtons.tsx';
import { PeriodSwitcher } from '../../../components/PeriodSwitcher.tsx';
import { taskPath } from '../../../components/TaskDrillDrawer.tsx';
import { reviewQueue } from '../../../components/matrix-filters.ts';
import { useRequest } from '../../../api/use-request.ts';
import { usePlanPeriod } from '../../../components/use-plan-period.ts';
import { PROGRESS_LABELS } from '../../../components/progress-states.ts';
import { LapsesList } from './LapsesList.tsx';
import { MatrixTable } from './MatrixTable.tsx';
import { ReportDrawer, type ReportTarget } from './ReportDrawer.tsx';
import { ReviewQueue } from './ReviewQueue.tsx';
import { SectionCounts } from './SectionCounts.tsx';
import { ConsoleCards } from './ConsoleCards.tsx';
import { ConsoleExtensions } from './ConsoleExtensions.tsx';
import { ConsoleCompletions } from './ConsoleCompletions.tsx';
import { ClosePeriod } from './ClosePeriod.tsx';
import { ConsoleHotline } from './ConsoleHotline.tsx';
import { QualitySettingsCard } from './QualitySettingsCard.tsx';
import { useLights } from '../../../api/use-lights.ts';
import { getPeriodFlags } from '../../../api/quality.ts';
import { flagsByReport } from './queue-flags.ts';
import { IssueCardModal, type CardTarget } from '../../supervision/IssueCardModal.tsx';

function Totals({ totals }: { totals: Counts }) {
  const items = [
    { title: '应报', value: totals.owed },
    { title: PROGRESS_LABELS.accepted, value: totals.accepted },
    { title: PROGRESS_LABELS.submitted, value: totals.submitted },
    { title: '已退回', value: totals.returned },
    { title: '逾期未报', value: totals.overdue },
    { title: '迟报', value: totals.late },
  ];
  return (
    <Row gutter={16}>
      {items.map((item) => (
        <Col key={item.title} xs={8} md={4}>
          <Statistic title={item.title} value={item.value} />
        </Col>
      ))}
    </Row>
  );
}

export default function ConsolePage() {
  const { session } = useSession();
  const navigate = useNavigate();
  const { calendar, loading, error, reload, periodKey: period, setPeriodKey: setPeriod } = usePlanPeriod();
  const matrix = useRequest(() => (period ? getMatrix(period) : Promise.resolve(null)), [period]);
  const flags = useRequest(() => (period ? getPeriodFlags(period) : Promise.resolve(null)), [period]);
  const flagMap = useMemo(() => (flags.data ? flagsByReport(flags.data) : undefined), [flags.data]);
  const reloadAll = useCallback(() => {
    matrix.reload();
    flags.reload();
  }, [matrix.reload, flags.reload]);
  const [opened, setOpened] = useState<ReportTarget | null>(null);
  const { message } = App.useApp();
  const lights = useLights(period);
  const [carding, setCarding] = useState<CardTarget | null>(null);
  const [cardsVersion, setCardsVersion] = useState(0);
  const canReview = session?.account.role === 'supervisor';
  const queue = useMemo(() => (matrix.data ? reviewQueue(matrix.data) : []), [matrix.data]);
  const openCell = useCallback(
    (cell: MatrixCell, row: MatrixRow) => {
      if (cell.reportId !== null)
        setOpened({ reportId: cell.reportId, title: `第${row.task.seq}项 · ${cell.name}` });
      else if (period) void navigate(taskPath(row.task.id, period));
    },
    [navigate, period],
  );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            督查台{period ? ` · ${periodLabel(period)}` : ''}
          </Typography.Title>
          <Space wrap>
            {period && (
              <PeriodSwitcher periods={calendar?.periods ?? []} value={period} onChange={setPeriod} />
            )}
            {matrix.data && (
              <ClosePeriod matrix={matrix.data} canClose={canReview} onClosed={matrix.reload} />
            )}
            <Button icon={<ReloadOutlined />} onClick={reloadAll}>
              刷新
            </Button>
          </Space>
        </Space>
        {period && session && (
          <div style={{ marginTop: 12 }}>
            <PeriodDocumentButtons period={period} role={session.account.role} publication />
          </div>
        )}
      </Card>
      <AsyncContent
        loaded={{ data: calendar, error, loading, reload }}
        isEmpty={(plan) => plan === null}
        emptyText="尚未导入年度任务,请先导入任务通知"
      >
        {() => (
          <AsyncContent loaded={matrix} isEmpty={(m) => m === null}>
            {(data) =>
              data && (
                <Card>
                  <Totals totals={data.totals} />
                  <Tabs
                    style={{ marginTop: 16 }}
                    items={[
                      {
                        key: 'queue',
                        label: (
                          <Badge count={queue.length} offset={[12, 0]} overflowCount={999}>
                            待审核
                          </Badge>
                        ),
                        children: (
                          <ReviewQueue
                            items={queue}
                            period={data.period.key}
                            canReview={session?.account.role === 'supervisor'}
                            onOpen={setOpened}
                            onChanged={reloadAll}
                            lights={lights}
                            flags={flagMap}
                            onCard={
                              canReview
                                ? (item) =>
                                    setCarding({
                                      taskId: item.row.task.id,
                                      unitId: item.cell.unitId,
                                      period: data.period.key,
                                      title: `第${item.row.task.seq}项 · ${item.cell.name}`,
                                    })
                                : undefined
                            }
                          />
                        ),
                      },
                      {
                        key: 'matrix',
                        label: '填报矩阵',
                        children:
                          data.rows.length === 0 ? (
                            <Empty description="本季度没有需要填报的任务" />
                          ) : (
                            <MatrixTable matrix={data} onOpenCell={openCell} lights={lights} />
                          ),
                      },
                      {
                        key: 'cards',
                        label: '亮牌',
                        children: (
                          <ConsoleCards
                            matrix={data}
                            version={cardsVersion}
                            canIssue={canReview}
                            onIssue={setCarding}
                          />
                        ),
                      },
                      {
                        key: 'extensions',
                        label: '延期申请',
                        children: <ConsoleExtensions matrix={data} canDecide={canReview} />,
                      },
                      {
                        key: 'completions',
                        label: '办结核验',
                        children: <ConsoleCompletions matrix={data} canDecide={canReview} />,
                      },
                      {
                        key: 'hotline',
                        label: '热线记录',
                        children: <ConsoleHotline matrix={data} canLog={canReview} />,
                      },
                      { key: 'lapses', label: '逾期与迟报', children: <LapsesList matrix={data} /> },
                      { key: 'sections', label: '分板块统计', children: <SectionCounts matrix={data} /> },
                      {
                        key: 'quality-settings',
                        label: '质量提示设置',
                        children: <QualitySettingsCard year={Number(data.period.key.slice(0, 4))} />,
                      },
                    ]}
                  />
                </Card>
              )
            }
          </AsyncContent>
        )}
      </AsyncContent>
      <IssueCardModal
        target={carding}
        onClose={() => setCarding(null)}
        onIssued={(card) => {
          void message.success(`已亮${card.colorLabel}`);
          setCardsVersion((n) => n + 1);
        }}
      />
      <ReportDrawer
        target={opened}
        canReview={session?.account.role === 'supervisor'}
        onClose={() => setOpened(null)}
        onChanged={reloadAll}
        onFlagsChanged={flags.reload}
      />
    </Space>
  );
}
