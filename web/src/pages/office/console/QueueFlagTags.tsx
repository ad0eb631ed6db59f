// The review queue's flags column: each standing flag as a tag whose message shows on hover, focus
// or tap (a tap focuses the button; a click trigger as well would close it again at once); flags the
// office dismissed are counted apart.
import { Flex, Tag, Tooltip, Typography } from 'antd';
import type { FlagSummary } from '../../../api/quality.ts';
import '../../../components/quality/quality.css';
import { standing } from './queue-flags.ts';

export function QueueFlagTags({ flags }: { flags: FlagSummary[] | undefined }) {
  if (!flags) return <Typography.Text type="secondary">—</Typography.Text>;
  const open = standing(flags);
  const dismissed = flags.length - open.length;
  if (open.length === 0 && dismissed === 0) return <Typography.Text type="secondary">无</Typography.Text>;
  return (
    <Flex wrap gap={4} data-testid="queue-flags">
      {open.map((flag) => (
        <Tooltip key={flag.kind} title={flag.message} trigger={['hover', 'focus']}>
          <button type="button" className="duban-flag-tag" aria-label={`${flag.label}:${flag.message}`}>
            <Tag color="orange" style={{ marginInlineEnd: 0 }}>
              {flag.label}
            </Tag>
          </button>
        </Tooltip>
      ))}
      {dismissed > 0 && <Tag style={{ marginInlineEnd: 0 }}>已忽略{dismissed}项</Tag>}
    </Flex>
  );
}
