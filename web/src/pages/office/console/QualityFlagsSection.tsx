// The report drawer's quality flags: each with its evidence, and for the supervisor a way to set
// one aside with a reason (the server audits it; the flag stays listed as dismissed).
import { Alert, Button, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import {
  MAX_DISMISS_REASON,
  dismissFlag,
  getReportFlags,
  type QualityFlag,
  type ReportFlags,
} from '../../../api/quality.ts';
import { useRequest } from '../../../api/use-request.ts';
import { FormModal } from '../../../components/FormModal.tsx';
import { FlagList } from '../../../components/quality/FlagList.tsx';
import { SkippedRules } from '../../../components/quality/SkippedRules.tsx';

export function QualityFlagsSection(props: {
  reportId: number;
  /** The filing's progress text as the drawer shows it, to mark phrases in. */
  progress: string | null;
  canDismiss: boolean;
  onDismissed?: () => void;
}) {
  const loaded = useRequest(() => getReportFlags(props.reportId), [props.reportId]);
  const [dismissing, setDismissing] = useState<QualityFlag | null>(null);
  const filing = loaded.data?.filing ?? null;
  const active = filing?.flags.filter((flag) => !flag.dismissal).length ?? 0;
  return (
    <section aria-labelledby="drawer-quality-title" data-testid="drawer-quality">
      <Typography.Title level={5} id="drawer-quality-title">
        质量提示{filing ? `(${active}项待关注)` : ''}
      </Typography.Title>
      {loaded.error && <Alert type="error" showIcon title={loaded.error} />}
      {loaded.data && !filing && (
        <Typography.Text type="secondary">报告报送督查办后显示质量提示</Typography.Text>
      )}
      {filing && filing.flags.length === 0 && <Alert type="success" showIcon title="未发现质量问题" />}
      {filing && filing.flags.length > 0 && (
        <FlagList
          flags={filing.flags}
          progress={props.progress}
          audience="office"
          action={(flag) =>
            props.canDismiss && !flag.dismissal ? (
              <Button size="small" onClick={() => setDismissing(flag)} aria-label={`忽略提示:${flag.label}`}>
                忽略
              </Button>
            ) : null
          }
        />
      )}
      {filing && <SkippedRules skipped={filing.skipped} />}
      <DismissModal
        reportId={props.reportId}
        flag={dismissing}
        onClose={() => setDismissing(null)}
        onDismissed={(answer) => {
          loaded.setData(answer);
          props.onDismissed?.();
        }}
      />
    </section>
  );
}

function DismissModal(props: {
  reportId: number;
  flag: QualityFlag | null;
  onClose: () => void;
  onDismissed: (answer: ReportFlags) => void;
}) {
  return (
    <FormModal<{ reason: string }>
      open={props.flag !== null}
      title={`忽略提示:${props.flag?.label ?? ''}`}
      okText="确认忽略"
      onClose={props.onClose}
      onSubmit={async ({ reason }) => {
        if (!props.flag) return;
        props.onDismissed(await dismissFlag(props.reportId, props.flag.kind, reason.trim()));
      }}
    >
      <Flex vertical gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text>{props.flag?.message}</Typography.Text>
        <Typography.Text type="secondary">
          忽略后此提示不再计入待关注,理由和操作人记入审计日志;单位修改内容后将重新检查。
        </Typography.Text>
      </Flex>
      <Form.Item
        name="reason"
        label="忽略理由"
        rules={[
          { required: true, whitespace: true, message: '请写明忽略该提示的理由' },
          { max: MAX_DISMISS_REASON, message: `理由最多${MAX_DISMISS_REASON}字` },
        ]}
      >
        <Input.TextArea
          rows={3}
          showCount
          maxLength={MAX_DISMISS_REASON}
          placeholder="例如:已电话核实,统计口径年中调整"
        />
      </Form.Item>
    </FormModal>
  );
}
