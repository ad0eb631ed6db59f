// Reasons for a batch return: one shared text for every row, and a row's own where it differs.
import { Collapse, Form, Input, Typography } from 'antd';
import { MAX_REASON_LENGTH } from '../../api/review.ts';
import type { BatchItem } from './batch-model.ts';

export interface Reasons {
  shared: string;
  /** By report id: the row's own reasons (empty: the shared ones). */
  own: Record<number, string>;
}

export function ReturnReasonsForm(props: {
  items: readonly BatchItem[];
  value: Reasons;
  onChange: (value: Reasons) => void;
}) {
  const { value, onChange } = props;
  return (
    <Form layout="vertical" component="div">
      <Form.Item label="统一退回理由(各项未单独填写时使用)" htmlFor="batch-reasons-shared">
        <Input.TextArea
          id="batch-reasons-shared"
          rows={3}
          showCount
          maxLength={MAX_REASON_LENGTH}
          value={value.shared}
          placeholder="例如:进展情况缺少具体数据,请补充"
          onChange={(event) => onChange({ ...value, shared: event.target.value })}
        />
      </Form.Item>
      <Collapse
        size="small"
        items={[
          {
            key: 'own',
            label: `逐项填写退回理由(共 ${props.items.length} 项)`,
            children: props.items.map((item) => (
              <Form.Item
                key={item.reportId}
                label={<Typography.Text ellipsis={{ tooltip: item.title }}>{item.title}</Typography.Text>}
                htmlFor={`batch-reasons-${item.reportId}`}
              >
                <Input.TextArea
                  id={`batch-reasons-${item.reportId}`}
                  rows={2}
                  maxLength={MAX_REASON_LENGTH}
                  placeholder="留空则使用统一退回理由"
                  value={value.own[item.reportId] ?? ''}
                  onChange={(event) =>
                    onChange({ ...value, own: { ...value.own, [item.reportId]: event.target.value } })
                  }
                />
              </Form.Item>
            )),
          },
        ]}
      />
    </Form>
  );
}
