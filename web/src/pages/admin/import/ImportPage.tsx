// Importing the year's notice: upload, check the preview, settle the guessed lead/co boundaries in
// place, commit. The preview id stays in the address so a reload keeps the work.
import { Alert, App, Button, Card, Result, Space, Steps, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { forgetPlanCalendar } from '../../../api/calendar.ts';
import { ApiError, describeError } from '../../../api/client.ts';
import {
  commitImport,
  decideImport,
  getPreview,
  type ImportDecision,
  problemsOf,
  type ImportPreview,
  type ImportProblem,
} from '../../../api/plan-import.ts';
import type { Plan } from '../../../api/plans.ts';
import { AsyncContent } from '../../../components/AsyncContent.tsx';
import { useRequest } from '../../../api/use-request.ts';
import { CommitBar } from './CommitBar.tsx';
import { findUnits } from '../../../api/units.ts';
import { CarryOver } from './CarryOver.tsx';
import { ColumnRoles } from './ColumnRoles.tsx';
import {
  acceptAllGuesses,
  commitBody,
  initialDecisions,
  openProblems,
  pendingCounts,
  type Decisions,
} from './import-decisions.ts';
import { UnitMatches } from './UnitMatches.tsx';
import { NoticeUpload } from './NoticeUpload.tsx';
import { PreviewFacts } from './PreviewFacts.tsx';
import { PreviewIssues } from './PreviewIssues.tsx';
import { PreviewTasksTable } from './PreviewTasksTable.tsx';
import { PreviewUnits } from './PreviewUnits.tsx';

function Review(props: { preview: ImportPreview; onRestart: () => void; onCommitted: (plan: Plan) => void }) {
  const [preview, setPreview] = useState(props.preview);
  const { message } = App.useApp();
  const [decisions, setDecisions] = useState<Decisions>(() => initialDecisions(preview));
  const [busy, setBusy] = useState(false);
  const directory = useRequest(() => findUnits(), []);
  const unitOptions = useMemo(
    () => [
      ...new Set([
        ...preview.units.map((unit) => unit.name),
        ...(directory.data ?? []).map((unit) => unit.name),
      ]),
    ],
    [preview, directory.data],
  );
  const decide = async (decision: ImportDecision): Promise<boolean> => {
    setBusy(true);
    try {
      const next = await decideImport(preview.id, decision);
      setPreview(next);
      setDecisions((d) => (decision.kind === 'columns' ? { ...initialDecisions(next), year: d.year } : d));
      return true;
    } catch (e) {
      void message.error(describeError(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const [error, setError] = useState<{ message: string; problems: ImportProblem[] } | null>(null);
  const open = useMemo(() => openProblems(preview, decisions), [preview, decisions]);
  const unconfirmed = open.filter((p) => p.code === 'task.unconfirmed').length;
  const pending = pendingCounts(open);
  const commit = async () => {
    setBusy(true);
    setError(null);
    try {
      const plan = await commitImport(preview.id, commitBody(preview, decisions));
      forgetPlanCalendar();
      void message.success(`已导入${plan.year}年度任务,共${plan.taskCount}项`);
      props.onCommitted(plan);
    } catch (e) {
      setError({ message: describeError(e), problems: e instanceof ApiError ? problemsOf(e.details) : [] });
    } finally {
      setBusy(false);
    }
  };
  const noTasks = preview.tasks.length === 0;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {noTasks && (
        <Alert
          type="error"
          showIcon
          title="没有读到任何任务"
          description={preview.issues.map((issue) => issue.message).join(';') || '请确认上传的是任务分解通知'}
        />
      )}
      <Card title="通知概况">
        <PreviewFacts
          preview={preview}
          year={decisions.year}
          onYear={(year) => setDecisions((d) => ({ ...d, year }))}
        />
      </Card>
      <Card>
        <Tabs
          items={[
            {
              key: 'tasks',
              label: `任务(${preview.tasks.length})`,
              children: (
                <PreviewTasksTable
                  preview={preview}
                  decisions={decisions}
                  onRow={(line, row) => setDecisions((d) => ({ ...d, rows: { ...d.rows, [line]: row } }))}
                  unitOptions={unitOptions}
                  busy={busy}
                  onDecide={decide}
                />
              ),
            },
            ...(preview.columns.length > 0
              ? [
                  {
                    key: 'columns',
                    label: '表格列',
                    children: (
                      <ColumnRoles
                        key={JSON.stringify(preview.columns)}
                        preview={preview}
                        busy={busy}
                        onReread={(roles) => void decide({ kind: 'columns', roles })}
                      />
                    ),
                  },
                ]
              : []),
            {
              key: 'units',
              label: pending.units > 0 ? `单位(${pending.units}个待确认)` : '单位',
              children: (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <UnitMatches preview={preview} busy={busy} onDecide={decide} />
                  <PreviewUnits preview={preview} />
                </Space>
              ),
            },
            ...(preview.carryCandidates.length > 0
              ? [
                  {
                    key: 'carry',
                    label: `延续上年任务(${preview.carryCandidates.filter((c) => c.carried).length})`,
                    children: <CarryOver preview={preview} busy={busy} onDecide={decide} />,
                  },
                ]
              : []),
            {
              key: 'issues',
              label: `问题(${preview.issues.length})`,
              children: <PreviewIssues issues={preview.issues} />,
            },
          ]}
        />
      </Card>
      <CommitBar
        open={open}
        pending={pending}
        unconfirmed={unconfirmed}
        busy={busy}
        error={error}
        onAcceptAll={() => setDecisions((d) => acceptAllGuesses(preview, d))}
        onRestart={props.onRestart}
        onCommit={() => void commit()}
      />
    </Space>
  );
}

export default function ImportPage() {
  const [params, setParams] = useSearchParams();
  const previewId = Number(params.get('preview')) || null;
  const [fresh, setFresh] = useState<ImportPreview | null>(null);
  const [committed, setCommitted] = useState<Plan | null>(null);
  // A preview just uploaded is used as is; after a reload it is fetched again by its id.
  const loaded = useRequest(
    () =>
      previewId === null
        ? Promise.resolve(null)
        : fresh?.id === previewId
          ? Promise.resolve(fresh)
          : getPreview(previewId),
    [previewId],
  );
  const restart = () => {
    setFresh(null);
    setCommitted(null);
    setParams({});
  };
  const step = committed ? 2 : previewId ? 1 : 0;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title="导入年度重点工作任务">
        <Steps current={step} items={[{ title: '上传通知' }, { title: '核对与确认' }, { title: '完成' }]} />
      </Card>
      {committed ? (
        <Card>
          <Result
            status="success"
            title={`${committed.year}年度重点工作任务已导入`}
            subTitle={`共${committed.taskCount}项任务。下一步可检查单位名录和填报周期。`}
            extra={[
              <Link key="periods" to="/admin/periods">
                <Button type="primary">设置填报周期</Button>
              </Link>,
              <Link key="units" to="/admin/units">
                <Button>查看单位名录</Button>
              </Link>,
            ]}
          />
        </Card>
      ) : previewId === null ? (
        <Card>
          <NoticeUpload
            onPreview={(preview) => {
              setFresh(preview);
              setParams({ preview: String(preview.id) });
            }}
          />
        </Card>
      ) : (
        <AsyncContent loaded={loaded} isEmpty={(p) => p === null}>
          {(preview) =>
            preview && (
              <Review
                key={preview.id}
                preview={preview}
                onRestart={restart}
                onCommitted={(plan) => {
                  setCommitted(plan);
                  setParams({});
                }}
              />
            )
          }
        </AsyncContent>
      )}
    </Space>
  );
}
