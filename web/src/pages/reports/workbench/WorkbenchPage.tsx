// 工作台: the unit's tasks in the quarter, what each needs next, and one click to the form.
import { Card, Empty, Flex, Segmented, Typography } from 'antd';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { fetchWorklist } from '../../../api/reports.ts';
import { useRequest } from '../../../api/use-request.ts';
import { useLights } from '../../../api/use-lights.ts';
import { useSession } from '../../../app/session-context.tsx';
import { LoadFailed } from '../../../components/LoadFailed.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { PeriodSwitcher } from '../../../components/PeriodSwitcher.tsx';
import { usePhone } from '../../../components/use-phone.ts';
import { usePlanPeriod } from '../../../components/use-plan-period.ts';
import { useTicks } from '../../../components/batch/use-ticks.ts';
import { WorkbenchBatch } from './WorkbenchBatch.tsx';
import { WorklistCards } from './WorklistCards.tsx';
import {
  BUCKET_LABELS,
  batchActOf,
  batchEligible,
  countBuckets,
  defaultBucket,
  inBucket,
  type Bucket,
  type WorklistTick,
} from './workbench-model.ts';

const loadWorklistTable = () => import('./WorklistTable.tsx');
const WorklistTable = lazy(loadWorklistTable);
// Cards and the Excel template are secondary: their code loads once the worklist is on screen.
const UnitCards = lazy(() => import('./UnitCards.tsx'));
const TemplateTools = lazy(() => import('./TemplateTools.tsx'));

/**
 * True a moment after the worklist is on screen (its data arrived and, on a wide screen, the
 * table's code with it), so secondary panels never compete with it on a slow line or machine.
 */
function useAfterWorklist(ready: boolean, phone: boolean): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    if (!ready || after) return;
    let timer = 0;
    let cancelled = false;
    const shown = phone ? Promise.resolve() : loadWorklistTable().then(() => undefined);
    void shown
      .catch(() => undefined)
      .then(() => {
        if (!cancelled) timer = window.setTimeout(() => setAfter(true), 300);
      });
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [ready, after, phone]);
  return after;
}

export default function WorkbenchPage() {
  const { session } = useSession();
  const phone = usePhone();
  const plan = usePlanPeriod();
  const { periodKey } = plan;
  const worklist = useRequest(periodKey ? () => fetchWorklist(periodKey) : null, [periodKey]);
  const lights = useLights(periodKey);
  const [chosen, setChosen] = useState<Bucket | null>(null);
  const items = useMemo(() => worklist.data?.items ?? [], [worklist.data]);
  const counts = useMemo(() => countBuckets(items), [items]);
  const secondary = useAfterWorklist(worklist.data !== undefined && worklist.data !== null, phone);
  // Without a session nothing is shown; the hooks still run in the same order.
  const role = session?.account.role ?? 'leader';
  const bucket = chosen ?? defaultBucket(role, counts);
  const ticks = useTicks(`${periodKey ?? ''}:${bucket}`);
  if (!session) return null;
  // A unit's reporters and approvers edit its filings; the template is their share of the quarter.
  const canFile = (role === 'reporter' || role === 'approver') && (worklist.data?.items.length ?? 0) > 0;
  const shown = items.filter((item) => inBucket(item, bucket));
  const act = batchActOf(role, bucket);
  // The rows the list offers a tick box for: those the bucket's batch can take.
  const tick: WorklistTick | undefined = act
    ? { ticks, eligible: (item) => batchEligible(item, act) }
    : undefined;

  if (plan.error) return <LoadFailed error={plan.error} onRetry={plan.reload} />;
  if (plan.loading) return <PageLoading />;
  if (!plan.calendar || !periodKey) return <Empty description="尚未下达年度重点工作任务" />;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            工作台
          </Typography.Title>
          <Typography.Text type="secondary">
            {worklist.data?.unit.name ?? ''} · {plan.calendar.year}年度重点工作任务
          </Typography.Text>
        </div>
        <PeriodSwitcher periods={plan.calendar.periods} value={periodKey} onChange={plan.setPeriodKey} />
      </Flex>
      {worklist.error && <LoadFailed error={worklist.error} onRetry={worklist.reload} />}
      {secondary && (
        <Suspense fallback={null}>
          <UnitCards year={plan.calendar.year} role={role} items={items} />
          {canFile && (
            <Card size="small" title="用Excel模板填报">
              <TemplateTools periodKey={periodKey} onApplied={worklist.reload} />
            </Card>
          )}
        </Suspense>
      )}
      <Card size={phone ? 'small' : undefined} styles={{ body: { padding: phone ? 8 : undefined } }}>
        <Flex vertical gap={12}>
          <div style={{ overflowX: 'auto' }}>
            <Segmented<Bucket>
              aria-label="按状态筛选"
              value={bucket}
              onChange={setChosen}
              options={(Object.keys(BUCKET_LABELS) as Bucket[]).map((key) => ({
                value: key,
                label: `${BUCKET_LABELS[key]} ${counts[key]}`,
              }))}
            />
          </div>
          {act && <WorkbenchBatch act={act} items={shown} ticks={ticks} onDone={worklist.reload} />}
          {worklist.loading && !worklist.data ? (
            <PageLoading />
          ) : phone ? (
            <WorklistCards
              items={shown}
              periodKey={periodKey}
              role={role}
              tick={tick}
              preview={act === 'sign-off'}
            />
          ) : (
            <Suspense fallback={<PageLoading />}>
              <WorklistTable
                items={shown}
                periodKey={periodKey}
                role={role}
                unitId={worklist.data?.unit.id}
                lights={lights}
                tick={tick}
                preview={act === 'sign-off'}
              />
            </Suspense>
          )}
        </Flex>
      </Card>
    </Flex>
  );
}
