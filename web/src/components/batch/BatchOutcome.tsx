// What a batch will do (its dry run) or did: how many rows go through, and each refused row with
// the server's reason.
import { Alert, Flex, Typography } from 'antd';
import type { BatchAnswer } from '../../api/report-batches.ts';
import { BATCH_ACT_LABELS, type BatchItem } from './batch-model.ts';
import type { BatchAct } from '../../api/report-batches.ts';

export function BatchOutcome(props: { act: BatchAct; answer: BatchAnswer; items: readonly BatchItem[] }) {
  const { act, answer } = props;
  const label = BATCH_ACT_LABELS[act];
  const titles = new Map(props.items.map((item) => [item.reportId, item.title]));
  const refused = answer.results.filter((row) => !row.ok);
  const head = answer.dryRun
    ? `将${label} ${answer.done} 项${answer.refused > 0 ? `,${answer.refused} 项不能${label}` : ''}`
    : `已${label} ${answer.done} 项${answer.refused > 0 ? `,${answer.refused} 项未能${label}` : ''}`;
  return (
    <Flex vertical gap={8}>
      <Alert
        type={answer.done === 0 ? 'warning' : answer.refused > 0 ? 'info' : 'success'}
        showIcon
        title={head}
      />
      {refused.length > 0 && (
        <div
          role="region"
          aria-label={`不能${label}的填报`}
          tabIndex={0}
          style={{ maxHeight: 280, overflowY: 'auto' }}
        >
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {refused.map((row) => (
              <li key={row.reportId} style={{ marginBottom: 6 }}>
                <Typography.Text strong>{titles.get(row.reportId) ?? `填报 ${row.reportId}`}</Typography.Text>
                <br />
                <Typography.Text type="danger">{row.reason ?? '未能办理'}</Typography.Text>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Flex>
  );
}
