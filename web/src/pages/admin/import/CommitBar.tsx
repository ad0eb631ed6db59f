// The step's end: what still needs settling, accept every guess at once, and commit.
import { Alert, Button, Card, List, Space, Typography } from 'antd';
import type { ImportProblem } from '../../../api/plan-import.ts';

export function CommitBar(props: {
  open: ImportProblem[];
  pending: { tasks: number; units: number };
  unconfirmed: number;
  busy: boolean;
  error: { message: string; problems: ImportProblem[] } | null;
  onAcceptAll: () => void;
  onRestart: () => void;
  onCommit: () => void;
}) {
  const { error } = props;
  return (
    <Card style={{ position: 'sticky', bottom: 0, zIndex: 2 }}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {error && (
          <Alert
            type="error"
            showIcon
            title={error.message}
            description={
              error.problems.length > 0 && (
                <List
                  size="small"
                  dataSource={error.problems.slice(0, 10)}
                  renderItem={(p) => (
                    <List.Item>
                      {p.line !== null ? `第${p.line}行:` : ''}
                      {p.message}
                    </List.Item>
                  )}
                  footer={error.problems.length > 10 ? `另有${error.problems.length - 10}项` : undefined}
                />
              )
            }
          />
        )}
        <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Text type={props.open.length > 0 ? 'warning' : undefined} data-pending role="status">
            {props.open.length > 0
              ? `待决定:${props.pending.tasks} 项任务` +
                (props.pending.units > 0 ? `、${props.pending.units} 个单位对应` : '') +
                `(共 ${props.open.length} 处,其中 ${props.unconfirmed} 项单位分界待确认)`
              : '所有推断已确认,可以导入'}
          </Typography.Text>
          <Space>
            <Button onClick={props.onRestart}>重新上传</Button>
            <Button onClick={props.onAcceptAll} disabled={props.unconfirmed === 0}>
              全部采纳推断
            </Button>
            <Button type="primary" loading={props.busy} onClick={props.onCommit}>
              确认导入
            </Button>
          </Space>
        </Space>
      </Space>
    </Card>
  );
}
