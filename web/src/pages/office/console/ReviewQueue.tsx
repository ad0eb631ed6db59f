// Filings signed off to the office, waiting for a decision: read, accept, or return with reasons.
import { App, Button, Checkbox, Empty, Flex, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { BatchAct } from '../../../api/report-batches.ts';
import { BatchConfirmModal } from '../../../components/batch/BatchConfirmModal.tsx';
import type { BatchItem } from '../../../components/batch/batch-model.ts';
import '../../../components/batch/batch.css';
import { Link } from 'react-router-dom';
import { describeError } from '../../../api/client.ts';
import { FILING_KIND_LABELS, acceptReport } from '../../../api/review.ts';
import { taskPath } from '../../../components/TaskDrillDrawer.tsx';
import type { QueueItem } from '../../../components/matrix-filters.ts';
import { sectionLabel } from '../../../components/progress-states.ts';
import { LightTag } from '../../../components/LightTag.tsx';
import { lightKey, type Light } from '../../../api/supervision.ts';
import { QUALITY_FLAG_LABELS, type FlagSummary } from '../../../api/quality.ts';
import { filterByFlags, flagFilterOptions, type FlagFilter } from './queue-flags.ts';
import { QueueFlagTags } from './QueueFlagTags.tsx';
import { ReturnReportModal } from './ReturnReportModal.tsx';
import type { ReportTarget } from './ReportDrawer.tsx';
import { wideOnPhone } from '../../../components/wide-table.ts';

const PAGE_SIZE = 20;

export const targetOf = (item: QueueItem): ReportTarget => ({
  reportId: item.cell.reportId,
  title: `第${item.row.task.seq}项 · ${item.cell.name} · ${FILING_KIND_LABELS[item.cell.kind]}`,
});

export function ReviewQueue(props: {
  items: QueueItem[];
  period: string;
  canReview: boolean;
  onOpen: (target: ReportTarget) => void;
  onChanged: () => void;
  lights?: Map<string, Light>;
  /** 亮牌 on the row's task and unit. */
  onCard?: (item: QueueItem) => void;
  /** Each filing's quality flags by report id (undefined while loading or unavailable). */
  flags?: ReadonlyMap<number, FlagSummary[]>;
}) {
  const { message } = App.useApp();
  const [returning, setReturning] = useState<ReportTarget | null>(null);
  const [accepting, setAccepting] = useState<number | null>(null);
  const [flagFilter, setFlagFilter] = useState<FlagFilter>('all');
  const [ticked, setTicked] = useState<number[]>([]);
  const [page, setPage] = useState(1);
  const flags = props.flags ?? new Map<number, FlagSummary[]>();
  const shown = props.flags ? filterByFlags(props.items, flags, flagFilter) : props.items;
  // The page's own tick-all box: Ant Design's is named in English.
  const pageIds = shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((item) => item.cell.reportId);
  const pageTicked = pageIds.filter((id) => ticked.includes(id)).length;
  const tickPage = (on: boolean) =>
    setTicked((current) =>
      on ? [...new Set([...current, ...pageIds])] : current.filter((id) => !pageIds.includes(id)),
    );
  const [batch, setBatch] = useState<{ act: BatchAct; items: BatchItem[] } | null>(null);
  const openBatch = (act: BatchAct) => {
    const chosen = new Set(ticked);
    const items = props.items
      .filter((item) => chosen.has(item.cell.reportId))
      .map((item) => ({
        reportId: item.cell.reportId,
        baseRevision: item.cell.rev,
        title: targetOf(item).title,
      }));
    setBatch({ act, items });
  };
  const accept = async (item: QueueItem) => {
    setAccepting(item.cell.reportId);
    try {
      await acceptReport(item.cell.reportId);
      void message.success(`已采纳:${targetOf(item).title}`);
      props.onChanged();
    } catch (e) {
      void message.error(describeError(e));
    } finally {
      setAccepting(null);
    }
  };
  if (props.items.length === 0) return <Empty description="暂无待审核的报告" />;
  return (
    <>
      {(props.canReview || props.flags) && (
        <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
          {props.flags && (
            <>
              <Typography.Text id="queue-flag-filter">质量提示</Typography.Text>
              <Select<FlagFilter>
                aria-labelledby="queue-flag-filter"
                style={{ minWidth: 200 }}
                value={flagFilter}
                onChange={(filter) => {
                  setFlagFilter(filter);
                  setPage(1);
                }}
                options={flagFilterOptions(props.items, flags, QUALITY_FLAG_LABELS)}
              />
            </>
          )}
          {props.canReview && (
            <>
              <Typography.Text>已选 {ticked.length} 项</Typography.Text>
              <Button type="primary" disabled={ticked.length === 0} onClick={() => openBatch('accept')}>
                批量采纳{ticked.length > 0 ? ` ${ticked.length} 项` : ''}
              </Button>
              <Button danger disabled={ticked.length === 0} onClick={() => openBatch('return')}>
                批量退回{ticked.length > 0 ? ` ${ticked.length} 项` : ''}
              </Button>
            </>
          )}
        </Flex>
      )}
      <Table<QueueItem>
        rowKey={(item) => item.cell.reportId}
        size="middle"
        {...wideOnPhone(1100, 'batch-table')}
        dataSource={shown}
        locale={{ emptyText: '没有符合条件的报告' }}
        rowSelection={
          props.canReview
            ? {
                selectedRowKeys: ticked,
                onChange: (keys) => setTicked(keys.map(Number)),
                columnTitle: (
                  <Checkbox
                    aria-label="全选本页"
                    checked={pageIds.length > 0 && pageTicked === pageIds.length}
                    indeterminate={pageTicked > 0 && pageTicked < pageIds.length}
                    onChange={(event) => tickPage(event.target.checked)}
                  />
                ),
                getCheckboxProps: (item) => ({ 'aria-label': `选择${targetOf(item).title}` }),
              }
            : undefined
        }
        pagination={{ pageSize: PAGE_SIZE, current: page, onChange: setPage, hideOnSinglePage: true }}
        columns={[
          { title: '序号', width: 64, render: (_, item) => item.row.task.seq },
          {
            title: '任务',
            render: (_, item) => (
              <Link to={taskPath(item.row.task.id, props.period)}>
                <Typography.Text ellipsis={{ tooltip: item.row.task.text }} style={{ maxWidth: 360 }}>
                  {item.row.task.text}
                </Typography.Text>
              </Link>
            ),
          },
          { title: '板块', width: 80, render: (_, item) => sectionLabel(item.row.section.path) },
          { title: '报送单位', width: 160, render: (_, item) => item.cell.name },
          { title: '类型', width: 120, render: (_, item) => FILING_KIND_LABELS[item.cell.kind] },
          {
            title: '灯色',
            width: 80,
            render: (_, item) => (
              <LightTag light={props.lights?.get(lightKey(item.row.task.id, item.cell.unitId))} />
            ),
          },
          {
            title: '质量提示',
            width: 180,
            render: (_, item) => <QueueFlagTags flags={props.flags?.get(item.cell.reportId)} />,
          },
          {
            title: '报送',
            width: 90,
            render: (_, item) =>
              item.cell.late ? <Tag color="red">迟报</Tag> : <Tag color="green">按时</Tag>,
          },
          {
            title: '操作',
            width: 260,
            render: (_, item) => (
              <Space>
                <Button size="small" onClick={() => props.onOpen(targetOf(item))}>
                  查看
                </Button>
                {props.canReview && (
                  <>
                    <Popconfirm
                      title="采纳后报告不能再修改,确认采纳?"
                      okText="采纳"
                      cancelText="取消"
                      onConfirm={() => void accept(item)}
                    >
                      <Button size="small" type="primary" loading={accepting === item.cell.reportId}>
                        采纳
                      </Button>
                    </Popconfirm>
                    <Button size="small" danger onClick={() => setReturning(targetOf(item))}>
                      退回
                    </Button>
                    {props.onCard && (
                      <Button size="small" onClick={() => props.onCard?.(item)}>
                        亮牌
                      </Button>
                    )}
                  </>
                )}
              </Space>
            ),
          },
        ]}
      />
      <BatchConfirmModal
        act={batch?.act ?? 'accept'}
        items={batch?.items ?? null}
        onClose={() => setBatch(null)}
        onDone={() => {
          setTicked([]);
          props.onChanged();
        }}
      />
      <ReturnReportModal
        target={returning}
        onClose={() => setReturning(null)}
        onReturned={() => {
          setReturning(null);
          props.onChanged();
        }}
      />
    </>
  );
}
