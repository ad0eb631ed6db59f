// The unit's own filing for one task and quarter: the form while it may change, the filed text
// once it may not, the co-units' inputs for a lead unit, the quality flags of the last save (so the
// clerk can fix them before submitting), and the buttons that move it on.
import { Alert, App, Button, Card, Col, Flex, Row } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Role } from '../../../api/auth.ts';
import { describeError } from '../../../api/client.ts';
import { withdrawFiling } from '../../../api/report-batches.ts';
import { moveFiling } from '../../../api/reports.ts';
import type { Report, TaskPeriodView } from '../../../api/reports.types.ts';
import { FilingView } from '../../../components/filing/FilingView.tsx';
import { fieldIssues, type FieldIssues } from './content-issues.ts';
import { CoUnitInputsPanel } from './CoUnitInputsPanel.tsx';
import { FilingActions, type FilingAct } from './FilingActions.tsx';
import { FilingForm } from './FilingForm.tsx';
import { FilingHeader } from './FilingHeader.tsx';
import { FilingQualityPanel } from './FilingQualityPanel.tsx';
import { allowedActs, appendQuote, isEditable, missingForSubmit, startingDraft } from './filing-model.ts';
import {
  ConflictNotice,
  LockedNotice,
  ReturnedNotice,
  SentBackNotice,
  StashNotice,
  StateNotice,
} from './FilingNotices.tsx';
import { ReviseAndSignOff } from './ReviseAndSignOff.tsx';
import { SendBackModal } from './SendBackModal.tsx';
import { SaveStatusText } from './SaveStatusText.tsx';
import { useFilingDraft, type Draft } from './use-filing-draft.ts';
import { useSaveNext } from './use-save-next.ts';

const DONE: Record<'submit' | 'sign-off', string> = {
  submit: '已提交本单位审核人签发',
  'sign-off': '已签发报送督查办',
};

export function FilingEditor(props: {
  view: TaskPeriodView;
  mine: Report | null;
  role: Role;
  unitId: number | null;
  stash: Draft | null;
  onStash: (draft: Draft | null) => void;
  reload: () => void;
}) {
  const { view, mine, role } = props;
  const { message } = App.useApp();
  const lead = view.myRole === 'lead';
  const target = useMemo(
    () => ({
      kind: lead ? ('task_report' as const) : ('unit_input' as const),
      taskId: view.task.id,
      periodKey: view.period.key,
    }),
    [lead, view.task.id, view.period.key],
  );
  const filing = useFilingDraft({
    target,
    initial: startingDraft(view, mine),
    initialRev: mine?.rev ?? 0,
    initialReport: mine,
  });
  const [busy, setBusy] = useState<FilingAct | null>(null);
  const [checks, setChecks] = useState<FieldIssues>({});
  const [actError, setActError] = useState<string | null>(null);
  const [flagCount, setFlagCount] = useState(0);
  // The approver's corrections: the form to correct and sign off, the reasons to send it back.
  const [revising, setRevising] = useState(false);
  const [sendingBack, setSendingBack] = useState(false);
  const saveNext = useSaveNext(view.task.id, view.period.key);
  const editable = isEditable(view, mine);
  // Refused since the page opened (submitted elsewhere, accepted, quarter closed): the typed text
  // stays on screen, frozen, until the clerk loads the current state.
  const locked = filing.status === 'locked';
  const acts = locked ? [] : allowedActs(role, editable, mine);
  const standing = view.units.find((unit) => unit.unitId === props.unitId)?.standing ?? null;

  const correct = async (which: 'withdraw' | 'send-back' | 'revise') => {
    if (which === 'send-back') return setSendingBack(true);
    if (which === 'revise') return setRevising(true);
    if (!mine) return;
    setBusy(which);
    setActError(null);
    try {
      await withdrawFiling(mine.id);
      void message.success('已撤回,可修改后重新提交');
      props.reload();
    } catch (error) {
      setActError(describeError(error));
    } finally {
      setBusy(null);
    }
  };

  const act = async (which: FilingAct) => {
    if (which === 'withdraw' || which === 'send-back' || which === 'revise') return correct(which);
    const saving = which === 'save' || which === 'save-next';
    const missing = !saving && editable ? missingForSubmit(filing.draft) : {};
    setChecks(missing);
    setActError(null);
    if (Object.keys(missing).length > 0) {
      void message.error('提交前请填写进展情况,并选择当前状态');
      return;
    }
    setBusy(which);
    try {
      let report = editable ? await filing.flush() : mine;
      if (!report) {
        setActError('内容未能保存,请根据提示处理后再试');
        return;
      }
      if (which === 'save') {
        void message.success('草稿已保存');
        return;
      }
      if (which === 'save-next') return await saveNext();
      if (report.allowedEvents.includes('submit')) report = await moveFiling(report.id, 'submit');
      if (which === 'sign-off') await moveFiling(report.id, 'sign-off');
      void message.success(DONE[which]);
      props.reload();
    } catch (error) {
      setActError(describeError(error));
    } finally {
      setBusy(null);
    }
  };

  const issues = { ...fieldIssues(filing.failure), ...checks };
  const { stash } = props;
  const current = filing.report ?? mine;
  const progressLabel = lead ? '进展情况(可引用责任单位反馈)' : '进展情况';
  const header = (
    <FilingHeader view={view} standing={standing} title={lead ? '任务进展报告' : '责任单位反馈'} />
  );
  if (revising && mine) {
    return (
      <Flex vertical gap={12}>
        {header}
        <ReviseAndSignOff
          view={view}
          mine={mine}
          progressLabel={progressLabel}
          onCancel={() => setRevising(false)}
          onDone={props.reload}
        />
      </Flex>
    );
  }
  return (
    <Flex vertical gap={12}>
      {header}
      <SendBackModal
        reportId={sendingBack && mine ? mine.id : null}
        onClose={() => setSendingBack(false)}
        onDone={() => {
          setSendingBack(false);
          props.reload();
        }}
      />
      {current && <ReturnedNotice report={current} />}
      {current && <SentBackNotice report={current} />}
      {current && <StateNotice report={current} role={role} />}
      {view.period.state === 'closed' && <Alert type="warning" showIcon title="本季度已关闭,填报已冻结" />}
      {locked && (
        <LockedNotice
          reason={describeError(filing.failure)}
          onReload={() => {
            props.onStash(filing.draft);
            props.reload();
          }}
        />
      )}
      {filing.conflict && (
        <ConflictNotice
          onLoadLatest={() => {
            props.onStash(filing.draft);
            props.reload();
          }}
          onOverwrite={filing.overwrite}
        />
      )}
      {stash && (
        <StashNotice
          stash={stash}
          onRestore={
            editable
              ? () => {
                  // The text comes back; evidence files stay as the newer version has them.
                  const { attachments: _files, ...typed } = stash;
                  filing.change(typed);
                  props.onStash(null);
                }
              : undefined
          }
          onDismiss={() => props.onStash(null)}
        />
      )}
      {!mine && view.prefill && editable && (
        <Alert type="info" showIcon title="已带入上季度填报的内容,请在此基础上修改(佐证材料需重新上传)" />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={lead ? 15 : 24}>
          <Card
            size="small"
            title={editable ? '填报内容' : '填报内容(只读)'}
            extra={<Link to={`/tasks/${view.task.id}?period=${view.period.key}`}>历史记录</Link>}
          >
            {editable ? (
              <FilingForm
                draft={filing.draft}
                change={filing.change}
                indicators={view.task.indicators}
                disabled={busy !== null || locked}
                issues={issues}
                progressLabel={progressLabel}
              />
            ) : current?.content ? (
              <FilingView
                content={current.content}
                indicators={view.task.indicators}
                attachments={current.content.attachments}
              />
            ) : (
              <Alert type="info" title="暂无填报内容" />
            )}
          </Card>
        </Col>
        {lead && (
          <Col xs={24} lg={9}>
            <CoUnitInputsPanel
              taskId={view.task.id}
              periodKey={view.period.key}
              indicators={view.task.indicators}
              narrative={filing.draft.progress}
              canQuote={editable}
              onQuote={(quote) => {
                filing.change((draft) => ({ progress: appendQuote(draft.progress, quote) }));
                void message.success('已引用到进展情况');
              }}
            />
          </Col>
        )}
      </Row>
      {current && (
        <FilingQualityPanel
          saved={{ id: current.id, rev: current.rev, progress: current.content?.progress ?? null }}
          pending={editable && (filing.status === 'dirty' || filing.status === 'saving')}
          onStanding={setFlagCount}
        />
      )}
      {!current && editable && <FilingQualityPanel saved={null} pending={false} />}
      {actError && (
        <Alert type="error" showIcon title={actError} closable={{ onClose: () => setActError(null) }} />
      )}
      {acts.length > 0 && (
        <FilingActions
          acts={acts}
          busy={busy}
          onAct={(which) => void act(which)}
          status={
            <Flex vertical align="start">
              <SaveStatusText
                status={filing.status}
                savedAt={filing.savedAt}
                failure={filing.failure}
                rev={filing.report?.rev ?? null}
              />
              {editable && flagCount > 0 && (
                <Button
                  type="link"
                  style={{ paddingInline: 0 }}
                  onClick={() =>
                    document.getElementById('filing-quality')?.scrollIntoView({ block: 'start' })
                  }
                >
                  有{flagCount}项质量提示,提交前请查看
                </Button>
              )}
            </Flex>
          }
        />
      )}
    </Flex>
  );
}
