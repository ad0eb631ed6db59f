// Sending a filing back needs reasons, whoever sends it (the office's 退回, the approver's 退回填报员):
// one required text, at most MAX_REASON_LENGTH characters, trimmed before it is sent.
import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { MAX_REASON_LENGTH } from '../api/review.ts';
import { FormModal } from './FormModal.tsx';

export function ReasonsModal(props: {
  open: boolean;
  title: string;
  intro: ReactNode;
  /** Who revises the filing after reading the reasons (单位, 填报员). */
  reader: string;
  placeholder: string;
  onClose: () => void;
  onSubmit: (reasons: string) => Promise<void>;
}) {
  return (
    <FormModal<{ reasons: string }>
      open={props.open}
      title={props.title}
      okText="确认退回"
      danger
      onClose={props.onClose}
      onSubmit={({ reasons }) => props.onSubmit(reasons.trim())}
    >
      <p>{props.intro}</p>
      <Form.Item
        name="reasons"
        label="退回理由"
        rules={[
          { required: true, whitespace: true, message: `请填写退回理由,${props.reader}将据此修改` },
          { max: MAX_REASON_LENGTH, message: `退回理由最多${MAX_REASON_LENGTH}字` },
        ]}
      >
        <Input.TextArea rows={4} showCount maxLength={MAX_REASON_LENGTH} placeholder={props.placeholder} />
      </Form.Item>
    </FormModal>
  );
}
