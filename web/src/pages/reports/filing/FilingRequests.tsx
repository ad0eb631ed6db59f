// Requests a unit can put to the office from its filing: 申请延期 (a later due date for the
// quarter) and, for the lead unit, 申请办结 (the task is done, with the evidence).
import { App, Button, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { MAX_EVIDENCE_LENGTH } from '../../../../../src/core/supervision/completion.ts';
import { MAX_REASON_LENGTH } from '../../../api/review.ts';
import { claimCompletion, requestExtension } from '../../../api/supervision.ts';
import { DateField } from '../../../components/DateField.tsx';
import { FormModal } from '../../../components/FormModal.tsx';

export function FilingRequests(props: { taskId: number; periodKey: string; lead: boolean; dueOn?: string }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState<'extension' | 'completion' | null>(null);
  return (
    <Flex gap={8} wrap justify="flex-end">
      <Button onClick={() => setOpen('extension')}>申请延期</Button>
      {props.lead && <Button onClick={() => setOpen('completion')}>申请办结</Button>}
      <FormModal<{ requestedDueOn: string; reason: string }>
        open={open === 'extension'}
        title="申请延期"
        okText="提交申请"
        onClose={() => setOpen(null)}
        onSubmit={async (values) => {
          await requestExtension({
            taskId: props.taskId,
            period: props.periodKey,
            requestedDueOn: values.requestedDueOn,
            reason: values.reason.trim(),
          });
          void message.success('延期申请已提交,请等待督查室审批');
        }}
      >
        {props.dueOn && (
          <Typography.Paragraph type="secondary">现截止日期:{props.dueOn}</Typography.Paragraph>
        )}
        <Form.Item
          name="requestedDueOn"
          label="申请延至"
          rules={[{ required: true, message: '请填写新的截止日期' }]}
        >
          <DateField aria-label="申请延至" />
        </Form.Item>
        <Form.Item
          name="reason"
          label="延期理由"
          rules={[{ required: true, whitespace: true, message: '请写明申请延期的理由' }]}
        >
          <Input.TextArea rows={4} maxLength={MAX_REASON_LENGTH} showCount />
        </Form.Item>
      </FormModal>
      <FormModal<{ evidence: string }>
        open={open === 'completion'}
        title="申请办结"
        okText="提交申请"
        onClose={() => setOpen(null)}
        onSubmit={async (values) => {
          await claimCompletion({ taskId: props.taskId, evidence: values.evidence.trim() });
          void message.success('办结申请已提交,请等待督查室核验');
        }}
      >
        <Typography.Paragraph type="secondary">
          说明任务已全部完成的情况和依据,督查室核验后按办结计入考核。
        </Typography.Paragraph>
        <Form.Item
          name="evidence"
          label="办结依据"
          rules={[{ required: true, whitespace: true, message: '请填写办结依据' }]}
        >
          <Input.TextArea rows={6} maxLength={MAX_EVIDENCE_LENGTH} showCount />
        </Form.Item>
      </FormModal>
    </Flex>
  );
}
