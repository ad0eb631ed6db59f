// The fields a unit fills each quarter, and nothing more: every field must earn its place.
import { Form, Input, InputNumber, Radio } from 'antd';
import { CONTENT_LIMITS } from '../../../../../src/core/report/report-content.ts';
import type { Indicator, SelfStatus } from '../../../api/reports.types.ts';
import { SELF_STATUS_LABELS } from '../../../components/filing/SelfStatusTag.tsx';
import { AttachmentsField } from './AttachmentsField.tsx';
import type { FieldIssues } from './content-issues.ts';
import { IndicatorActualsField } from './IndicatorActualsField.tsx';
import type { Draft, FilingDraft } from './use-filing-draft.ts';

/** A completed task is 100%, one not started 0%: filled in so the two never contradict. */
function statusPatch(status: SelfStatus, percent: number | null): Partial<Draft> {
  if (status === 'completed') return { selfStatus: status, percentComplete: 100 };
  if (status === 'not_started') return { selfStatus: status, percentComplete: 0 };
  const stale = percent === 100 || percent === 0;
  return { selfStatus: status, percentComplete: stale ? null : percent };
}

const feedback = (message: string | undefined) =>
  message ? { validateStatus: 'error' as const, help: message } : {};

export function FilingForm(props: {
  draft: FilingDraft['draft'];
  change: FilingDraft['change'];
  indicators: readonly Indicator[];
  disabled: boolean;
  issues: FieldIssues;
  progressLabel: string;
  /** Off for the approver's correction: evidence files stay as the clerk attached them. */
  withAttachments?: boolean;
}) {
  const { draft, change, disabled, issues } = props;
  return (
    <Form layout="vertical" component="div" disabled={disabled}>
      <Form.Item
        label={props.progressLabel}
        htmlFor="filing-progress"
        required
        {...feedback(issues.progress)}
      >
        <Input.TextArea
          id="filing-progress"
          value={draft.progress}
          onChange={(event) => change({ progress: event.target.value })}
          autoSize={{ minRows: 6, maxRows: 20 }}
          maxLength={CONTENT_LIMITS.progress}
          placeholder="本季度做了哪些具体工作:出台的文件、开工的项目、达到的数字……"
        />
      </Form.Item>
      <Form.Item label="当前状态" required {...feedback(issues.selfStatus)}>
        <Radio.Group
          aria-label="当前状态"
          optionType="button"
          buttonStyle="solid"
          value={draft.selfStatus}
          onChange={(event) => change(statusPatch(event.target.value as SelfStatus, draft.percentComplete))}
          options={(Object.keys(SELF_STATUS_LABELS) as SelfStatus[]).map((status) => ({
            value: status,
            label: SELF_STATUS_LABELS[status],
          }))}
        />
      </Form.Item>
      <Form.Item label="完成进度" htmlFor="filing-percent" {...feedback(issues.percentComplete)}>
        <InputNumber<number>
          // No step arrows: Ant Design names them in English ("Increase Value"); the arrow keys still step.
          controls={false}
          id="filing-percent"
          min={0}
          max={100}
          precision={0}
          inputMode="numeric"
          suffix="%"
          style={{ width: 140 }}
          value={draft.percentComplete}
          onChange={(value) => change({ percentComplete: value })}
        />
      </Form.Item>
      {props.indicators.length > 0 && (
        <Form.Item label="指标完成情况" {...feedback(issues.indicators)}>
          <IndicatorActualsField
            indicators={props.indicators}
            value={draft.indicatorActuals}
            onChange={(indicatorActuals) => change({ indicatorActuals })}
            disabled={disabled}
          />
        </Form.Item>
      )}
      <Form.Item label="存在问题" htmlFor="filing-problems" {...feedback(issues.problems)}>
        <Input.TextArea
          id="filing-problems"
          value={draft.problems}
          onChange={(event) => change({ problems: event.target.value })}
          autoSize={{ minRows: 2, maxRows: 10 }}
          maxLength={CONTENT_LIMITS.problems}
          placeholder="没有可不填"
        />
      </Form.Item>
      <Form.Item label="下步打算" htmlFor="filing-next" {...feedback(issues.nextSteps)}>
        <Input.TextArea
          id="filing-next"
          value={draft.nextSteps}
          onChange={(event) => change({ nextSteps: event.target.value })}
          autoSize={{ minRows: 2, maxRows: 10 }}
          maxLength={CONTENT_LIMITS.nextSteps}
        />
      </Form.Item>
      {props.withAttachments !== false && (
        <Form.Item label="佐证材料" {...feedback(issues.attachments)}>
          <AttachmentsField
            value={draft.attachments}
            disabled={disabled}
            onAdd={(file) => change((current) => ({ attachments: [...current.attachments, file] }))}
            onRemove={(id) =>
              change((current) => ({ attachments: current.attachments.filter((f) => f.id !== id) }))
            }
          />
        </Form.Item>
      )}
    </Form>
  );
}
