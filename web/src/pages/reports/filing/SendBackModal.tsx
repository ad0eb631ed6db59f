// 退回填报员: the approver returns a submitted filing to the unit's clerk with reasons. It stays
// inside the unit (a draft again, never the office's 已退回) and does not count in the assessment.
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { describeError } from '../../../api/client.ts';
import { sendBackFiling } from '../../../api/report-batches.ts';
import { MAX_REASON_LENGTH } from '../../../api/review.ts';

export function SendBackModal(props: { reportId: number | null; onClose: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reasons: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (props.reportId === null) return;
    const { reasons } = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await sendBackFiling(props.reportId, reasons.trim());
      void message.success('已退回填报员修改');
      props.onDone();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={props.reportId !== null}
      title="退回填报员修改"
      okText="确认退回"
      cancelText="取消"
      okButtonProps={{ danger: true, loading: busy }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <p>退回后填报员可修改并重新提交;本次退回仅在本单位内部,不计入考核。</p>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item
          name="reasons"
          label="退回理由"
          rules={[
            { required: true, whitespace: true, message: '请填写退回理由,填报员将据此修改' },
            { max: MAX_REASON_LENGTH, message: `退回理由最多${MAX_REASON_LENGTH}字` },
          ]}
        >
          <Input.TextArea
            rows={4}
            showCount
            maxLength={MAX_REASON_LENGTH}
            placeholder="例如:请补充本季度完成的投资额"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
