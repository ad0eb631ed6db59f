// Importing the year's notice: upload, check the preview, settle the guessed lead/co boundaries in
// place, commit. The preview id stays in the address so a reload keeps the work.
import { Alert, App, Button, Card, Result, Space, Steps, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { forgetPlanCalendar } from '../../../api/calendar.ts';
import { ApiError, describeError } from '../../../api/client.ts';
import {
  commitImport,
  getPreview,
  problemsOf,
  type ImportPreview,
  type ImportProblem,
} from '../../../api/plan-import.ts';
import type { Plan } from '../../../api/plans.ts';
import { AsyncContent } from '../../../components/AsyncContent.tsx';
import { useRequest } from '../../../api/use-request.ts';
import { CommitBar } from './CommitBar.tsx';
import {
  acceptAllGuesses,
  commitBody,
  initialDecisions,
  openProblems,
  type Decisions,
} from './import-decisions.ts';
import { NoticeUpload } from './NoticeUpload.tsx';
import { PreviewFacts } from './PreviewFacts.tsx';
import { PreviewIssues } from './PreviewIssues.tsx';
import { PreviewTasksTable } from './PreviewTasksTable.tsx';
import { PreviewUnits } from './PreviewUnits.tsx';

function Review(props: { preview: ImportPreview; onRestart: () => void; onCommitted: (plan: Plan) => void }) {
  const { preview } = props;
  const { message } = App.useApp();
  const [decisions, setDecisions] = useState<Decisions>(() => initialDecisions(preview));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; problems: ImportProblem[] } | null>(null);
  const open = useMemo(() => openProblems(preview, decisions), [preview, decisions]);
  const unconfirmed = open.filter((p) => p.code === 'task.unconfirmed').length;
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
                  onExclude={(line, excluded) =>
                    setDecisions((d) => ({
                      ...d,
                      excluded: excluded ? [...d.excluded, line] : d.excluded.filter((l) => l !== line),
                    }))
                  }
                />
              ),
            },
            { key: 'units', label: '单位', children: <PreviewUnits preview={preview} /> },
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
