// The approver's 修改后签发: correct the clerk's words and sign off in one step. The edit is kept in
// the history as 审核人修改 (who changed which fields), then the sign-off; the clerk's evidence files
// stay as they are.
import { Alert, App, Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { describeError } from '../../../api/client.ts';
import { editAndSignOff } from '../../../api/report-batches.ts';
import type { Report, TaskPeriodView } from '../../../api/reports.types.ts';
import { fieldIssues, type FieldIssues } from './content-issues.ts';
import { FilingForm } from './FilingForm.tsx';
import { missingForSubmit, startingDraft } from './filing-model.ts';
import type { Draft } from './use-filing-draft.ts';

export function ReviseAndSignOff(props: {
  view: TaskPeriodView;
  mine: Report;
  progressLabel: string;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const [draft, setDraft] = useState<Draft>(() => startingDraft(props.view, props.mine));
  const [issues, setIssues] = useState<FieldIssues>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const change = (patch: Partial<Draft> | ((current: Draft) => Partial<Draft>)) =>
    setDraft((current) => ({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) }));

  const signOff = async () => {
    const missing = missingForSubmit(draft);
    setIssues(missing);
    setError(null);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    try {
      const { attachments: _files, ...content } = draft;
      await editAndSignOff(props.mine.id, { baseRev: props.mine.rev, ...content });
      void message.success('已修改并签发报送督查办');
      props.onDone();
    } catch (e) {
      setIssues(fieldIssues(e));
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={12}>
      <Alert
        type="info"
        showIcon
        title="修改后签发:您的修改将记为“审核人修改”,并与签发一步完成"
        description="佐证材料保持填报员上传的内容。如需填报员自己修改,请改用“退回填报员”。"
      />
      <Card size="small" title="修改填报内容">
        <FilingForm
          draft={draft}
          change={change}
          indicators={props.view.task.indicators}
          disabled={busy}
          issues={issues}
          progressLabel={props.progressLabel}
          withAttachments={false}
        />
      </Card>
      {error && <Alert type="error" showIcon title={error} />}
      <Flex
        justify="flex-end"
        gap={8}
        wrap
        style={{ position: 'sticky', bottom: 0, background: '#fff', padding: '10px 12px', zIndex: 10 }}
      >
        <Button onClick={props.onCancel} disabled={busy}>
          取消修改
        </Button>
        <Button type="primary" loading={busy} onClick={() => void signOff()}>
          确认修改并签发
        </Button>
      </Flex>
    </Flex>
  );
}
