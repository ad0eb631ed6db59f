// /tasks/:taskId/periods/:key: the unit's own filing. The office and leaders read filings on the
// task page instead.
import { Button, Result } from 'antd';
import { useState } from 'react';
import { Link, Navigate, useParams } from 'react-router-dom';
import { fetchTaskPeriod } from '../../../api/reports.ts';
import { useRequest } from '../../../api/use-request.ts';
import { useSession } from '../../../app/session-context.tsx';
import { LoadFailed } from '../../../components/LoadFailed.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { FilingEditor } from './FilingEditor.tsx';
import { FilingRequests } from './FilingRequests.tsx';
import { myFiling } from './filing-model.ts';
import type { Draft } from './use-filing-draft.ts';

export default function FilingPage() {
  const params = useParams();
  const taskId = Number(params['taskId']);
  const periodKey = params['key'] ?? '';
  const { session } = useSession();
  const view = useRequest(() => fetchTaskPeriod(taskId, periodKey), [taskId, periodKey]);
  // What the user typed before loading a newer version, offered back until they dismiss it.
  const [stash, setStash] = useState<Draft | null>(null);
  if (!session) return null;
  const { role, unitId } = session.account;
  if (role !== 'reporter' && role !== 'approver')
    return <Navigate to={`/tasks/${taskId}?period=${periodKey}`} replace />;
  if (view.error && !view.data) return <LoadFailed error={view.error} onRetry={view.reload} />;
  if (!view.data) return <PageLoading />;
  if (!view.data.myRole) {
    return (
      <Result
        status="info"
        title="本单位不承担此任务,无需填报"
        extra={
          <Link to={`/tasks/${taskId}?period=${periodKey}`}>
            <Button>查看任务详情</Button>
          </Link>
        }
      />
    );
  }
  const mine = myFiling(view.data, unitId);
  // A new version from the server (after a reload or a step) starts the editor afresh.
  const version = `${mine?.id ?? 'new'}-${mine?.rev ?? 0}-${mine?.state ?? ''}`;
  return (
    <>
      {view.error && <LoadFailed error={view.error} onRetry={view.reload} />}
      <div style={{ marginBottom: 12 }}>
        <FilingRequests
          taskId={taskId}
          periodKey={periodKey}
          lead={view.data.myRole === 'lead'}
          dueOn={view.data.period.dueOn}
        />
      </div>
      <FilingEditor
        key={version}
        view={view.data}
        mine={mine}
        role={role}
        unitId={unitId}
        stash={stash}
        onStash={setStash}
        reload={view.reload}
      />
    </>
  );
}
