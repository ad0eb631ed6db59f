// Returning a filing needs reasons: the unit reads them and revises the report.
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { describeError } from '../../../api/client.ts';
import { MAX_REASON_LENGTH, returnReport } from '../../../api/review.ts';

export function ReturnReportModal(props: {
  target: { reportId: number; title: string } | null;
  onClose: () => void;
  onReturned: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reasons: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (!props.target) return;
    const { reasons } = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await returnReport(props.target.reportId, reasons.trim());
      void message.success('已退回,单位将收到退回理由');
      form.resetFields();
      props.onReturned();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={props.target !== null}
      title="退回报告"
      okText="确认退回"
      okButtonProps={{ danger: true, loading: busy }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <p>{props.target?.title}</p>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item
          name="reasons"
          label="退回理由"
          rules={[
            { required: true, whitespace: true, message: '请填写退回理由,单位将据此修改' },
            { max: MAX_REASON_LENGTH, message: `退回理由最多${MAX_REASON_LENGTH}字` },
          ]}
        >
          <Input.TextArea
            rows={4}
            showCount
            maxLength={MAX_REASON_LENGTH}
            placeholder="例如:进展情况缺少具体数据,请补充"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
