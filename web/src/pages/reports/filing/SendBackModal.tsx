// 退回填报员: the approver returns a submitted filing to the unit's clerk with reasons. It stays
// inside the unit (a draft again, never the office's 已退回) and does not count in the assessment.
import { App, Form, Input } from 'antd';
import { sendBackFiling } from '../../../api/report-batches.ts';
import { MAX_REASON_LENGTH } from '../../../api/review.ts';
import { FormModal } from '../../../components/FormModal.tsx';

export function SendBackModal(props: { reportId: number | null; onClose: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const { reportId } = props;
  return (
    <FormModal<{ reasons: string }>
      open={reportId !== null}
      title="退回填报员修改"
      okText="确认退回"
      danger
      onClose={props.onClose}
      onSubmit={async ({ reasons }) => {
        if (reportId === null) return;
        await sendBackFiling(reportId, reasons.trim());
        void message.success('已退回填报员修改');
        props.onDone();
      }}
    >
      <p>退回后填报员可修改并重新提交;本次退回仅在本单位内部,不计入考核。</p>
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
    </FormModal>
  );
}
