// Splitting a task the notice ran together: the admin puts the cursor where the second task starts
// (or picks the place by number), and gives the second task its 序号.
import { Form, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { PreviewTask } from '../../../api/plan-import.ts';

/** Where the text names a next number ("4." "(4)"), the split proposes that place and number. */
function proposal(task: PreviewTask): { at: number; seq: number } {
  const next = new RegExp(`[(（]?${task.seq + 1}[)）.、．]`, 'u').exec(task.text);
  if (next && next.index > 0) return { at: next.index, seq: task.seq + 1 };
  return { at: Math.max(1, Math.floor(task.text.length / 2)), seq: task.seq + 1 };
}

export function SplitModal(props: {
  task: PreviewTask;
  onCancel: () => void;
  onSplit: (at: number, seq: number) => Promise<void>;
}) {
  const { task } = props;
  const first = proposal(task);
  const [at, setAt] = useState(first.at);
  const [seq, setSeq] = useState<number | null>(first.seq);
  const [saving, setSaving] = useState(false);
  const split = async () => {
    if (seq === null) return;
    setSaving(true);
    try {
      await props.onSplit(at, seq);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={`拆分第${task.seq}项`}
      okText="确认拆分"
      cancelText="取消"
      okButtonProps={{ disabled: seq === null || at < 1 || at >= task.text.length, loading: saving }}
      onOk={() => void split()}
      onCancel={props.onCancel}
    >
      <Form layout="vertical">
        <Form.Item label="从第几个字开始为新任务" htmlFor="import-split-at">
          <InputNumber
            id="import-split-at"
            min={1}
            max={Math.max(1, task.text.length - 1)}
            value={at}
            onChange={(value) => setAt(value ?? 1)}
          />
        </Form.Item>
        <div aria-live="polite">
          <Typography.Paragraph>
            <Typography.Text strong>第{task.seq}项:</Typography.Text>
            {task.text.slice(0, at)}
          </Typography.Paragraph>
          <Typography.Paragraph>
            <Typography.Text strong>新任务:</Typography.Text>
            {task.text.slice(at)}
          </Typography.Paragraph>
        </div>
        <Form.Item label="新任务的序号" htmlFor="import-split-seq">
          <InputNumber id="import-split-seq" min={1} max={99999} value={seq} onChange={setSeq} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
