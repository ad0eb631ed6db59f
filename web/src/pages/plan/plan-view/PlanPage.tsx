// /plan: the year's tasks as the notice lists them, with this quarter's state, filters and search.
// 220 tasks page by 50 so the table stays quick on a phone.
import { Card, Empty, Flex, Pagination, Switch, Typography } from 'antd';
import { useMemo, useState } from 'react';
import {
  fetchLeadStandings,
  fetchPlanTasks,
  fetchUnitNames,
  type TaskStanding,
} from '../../../api/plan-tasks.ts';
import { fetchWorklist } from '../../../api/reports.ts';
import { useRequest } from '../../../api/use-request.ts';
import { useSession } from '../../../app/session-context.tsx';
import { LoadFailed } from '../../../components/LoadFailed.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { PeriodSwitcher } from '../../../components/PeriodSwitcher.tsx';
import { usePhone } from '../../../components/use-phone.ts';
import { usePlanPeriod } from '../../../components/use-plan-period.ts';
import { filterTasks, pageRows, type PlanFilter } from './plan-rows.ts';
import { PlanExportButtons } from './PlanExportButtons.tsx';
import { PlanFilters } from './PlanFilters.tsx';
import { PlanTable } from './PlanTable.tsx';

const PAGE_SIZE = 50;

/** A unit sees its own filing's state; the office and leaders the lead unit's report. */
async function loadStandings(unitAccount: boolean, periodKey: string): Promise<Map<number, TaskStanding>> {
  if (!unitAccount) return fetchLeadStandings(periodKey);
  const { items } = await fetchWorklist(periodKey);
  return new Map(items.map((item) => [item.task.id, item]));
}

export default function PlanPage() {
  const { session } = useSession();
  const phone = usePhone();
  const plan = usePlanPeriod();
  const { periodKey, calendar } = plan;
  const role = session?.account.role;
  const unitAccount = role === 'reporter' || role === 'approver';
  const [unitId, setUnitId] = useState<number | null>(null);
  const [filter, setFilter] = useState<PlanFilter>({ section: null, state: null, query: '' });
  const [page, setPage] = useState(1);
  const year = calendar?.year;
  const tasks = useRequest(year ? () => fetchPlanTasks(year, unitId ? { unit: String(unitId) } : {}) : null, [
    year,
    unitId,
  ]);
  const units = useRequest(fetchUnitNames, []);
  const standings = useRequest(periodKey ? () => loadStandings(unitAccount, periodKey) : null, [
    unitAccount,
    periodKey,
  ]);
  const standingMap = useMemo(() => standings.data ?? new Map<number, TaskStanding>(), [standings.data]);
  const filtered = useMemo(
    () => filterTasks(tasks.data ?? [], filter, standingMap),
    [tasks.data, filter, standingMap],
  );
  const pageCount = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const rows = useMemo(
    () =>
      pageRows(
        filtered.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE),
        calendar?.structure ?? [],
        standingMap,
      ),
    [filtered, current, calendar, standingMap],
  );

  if (plan.error) return <LoadFailed error={plan.error} onRetry={plan.reload} />;
  if (plan.loading) return <PageLoading />;
  if (!calendar || !periodKey) return <Empty description="尚未导入年度重点工作任务" />;
  const ownUnit = session?.account.unitId ?? null;
  const changeFilter = (next: PlanFilter) => {
    setFilter(next);
    setPage(1);
  };
  return (
    <Card>
      <Flex vertical gap={12}>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {calendar.year}年度重点工作任务
          </Typography.Title>
          <Flex wrap gap={8} align="center">
            <PlanExportButtons year={calendar.year} />
            <PeriodSwitcher periods={calendar.periods} value={periodKey} onChange={plan.setPeriodKey} />
          </Flex>
        </Flex>
        <PlanFilters
          structure={calendar.structure}
          units={units.data ?? []}
          unitId={unitId}
          onUnit={(id) => {
            setUnitId(id);
            setPage(1);
          }}
          filter={filter}
          onFilter={changeFilter}
          showState
        />
        {unitAccount && ownUnit !== null && (
          <label style={{ display: 'flex', gap: 8, alignItems: 'center', minHeight: 44 }}>
            <Switch
              size="small"
              checked={unitId === ownUnit}
              onChange={(on) => setUnitId(on ? ownUnit : null)}
            />
            只看本单位承担的任务
          </label>
        )}
        {[tasks.error, standings.error, units.error].filter(Boolean).map((error) => (
          <LoadFailed
            key={error}
            error={error ?? ''}
            onRetry={() => {
              tasks.reload();
              standings.reload();
              units.reload();
            }}
          />
        ))}
        <Typography.Text type="secondary" role="status">
          {tasks.loading ? '正在加载…' : `共 ${filtered.length} 项任务`}
        </Typography.Text>
        {tasks.loading && !tasks.data ? (
          <PageLoading />
        ) : (
          <PlanTable rows={rows} periodKey={periodKey} showState phone={phone} />
        )}
        {pageCount > 1 && (
          <Pagination
            align="center"
            current={current}
            pageSize={PAGE_SIZE}
            total={filtered.length}
            showSizeChanger={false}
            onChange={setPage}
          />
        )}
      </Flex>
    </Card>
  );
}
