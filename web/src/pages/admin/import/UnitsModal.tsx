// The unit picker: a task's lead and co-responsible units from the directory, the units the notice
// names, or a new one typed in.
import { Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import type { PreviewTask } from '../../../api/plan-import.ts';

export function UnitsModal(props: {
  task: PreviewTask;
  options: string[];
  onCancel: () => void;
  onSave: (leadUnits: string[], responsibleUnits: string[]) => Promise<void>;
}) {
  const { task } = props;
  const [lead, setLead] = useState<string[]>(task.leadUnits);
  const [co, setCo] = useState<string[]>(task.responsibleUnits);
  const [saving, setSaving] = useState(false);
  const options = props.options.map((name) => ({ value: name, label: name }));
  const save = async () => {
    setSaving(true);
    try {
      await props.onSave(
        lead,
        co.filter((unit) => !lead.includes(unit)),
      );
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={`第${task.seq}项的单位`}
      okText="保存单位"
      cancelText="取消"
      okButtonProps={{ disabled: lead.length === 0, loading: saving }}
      onOk={() => void save()}
      onCancel={props.onCancel}
    >
      <Typography.Paragraph type="secondary">
        可从单位名录和通知中的单位里选择,也可输入新单位名称后按回车。
      </Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label="牵头单位" htmlFor="import-lead-units">
          <Select
            id="import-lead-units"
            mode="tags"
            value={lead}
            onChange={setLead}
            options={options}
            tokenSeparators={['、', ',']}
            aria-label="牵头单位"
          />
        </Form.Item>
        <Form.Item label="责任单位" htmlFor="import-co-units">
          <Select
            id="import-co-units"
            mode="tags"
            value={co}
            onChange={setCo}
            options={options}
            tokenSeparators={['、', ',']}
            aria-label="责任单位"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
