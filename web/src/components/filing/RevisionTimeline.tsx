// Every version of a filing, newest first. Runs of draft saves fold into one line, since autosave
// writes many; each step that moved the filing on stands alone with its reasons.
import { Tag, Timeline, Typography } from 'antd';
import { REVISION_EVENT_HISTORY } from '../../../../src/core/report/report-labels.ts';
import dayjs from 'dayjs';
import type { Indicator, Revision, RevisionEvent } from '../../api/reports.types.ts';
import { FilingView } from './FilingView.tsx';

const EVENT_LABELS: Record<RevisionEvent, string> = REVISION_EVENT_HISTORY;

const EVENT_COLORS: Record<RevisionEvent, string> = {
  save: 'gray',
  submit: 'blue',
  withdraw: 'gray',
  send_back: 'orange',
  revise: 'blue',
  sign_off: 'blue',
  return: 'red',
  accept: 'green',
};

interface Entry {
  last: Revision;
  count: number;
  firstAt: string;
}

export function foldSaves(revisions: readonly Revision[]): Entry[] {
  const entries: Entry[] = [];
  for (const revision of [...revisions].sort((a, b) => a.rev - b.rev)) {
    const previous = entries.at(-1);
    if (previous && revision.event === 'save' && previous.last.event === 'save') {
      previous.last = revision;
      previous.count += 1;
    } else entries.push({ last: revision, count: 1, firstAt: revision.at });
  }
  return entries.reverse();
}

const time = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

export function RevisionTimeline(props: {
  revisions: readonly Revision[];
  indicators: readonly Indicator[];
}) {
  if (props.revisions.length === 0) return <Typography.Text type="secondary">暂无历史记录</Typography.Text>;
  return (
    <Timeline
      items={foldSaves(props.revisions).map(({ last, count, firstAt }) => ({
        key: last.rev,
        color: EVENT_COLORS[last.event],
        title: count > 1 ? `${time(firstAt)} – ${time(last.at)}` : time(last.at),
        content: (
          <div>
            <Typography.Text strong>{EVENT_LABELS[last.event]}</Typography.Text>
            {count > 1 && <Typography.Text type="secondary"> {count} 次</Typography.Text>}
            <Typography.Text type="secondary"> · 第 {last.rev} 版</Typography.Text>
            {last.late && (
              <Tag color="orange" style={{ marginInlineStart: 8 }}>
                迟报
              </Tag>
            )}
            {last.reason && (
              <Typography.Paragraph
                type={last.event === 'return' || last.event === 'send_back' ? 'danger' : undefined}
                style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}
              >
                {last.event === 'return' || last.event === 'send_back' ? '退回理由:' : '说明:'}
                {last.reason}
              </Typography.Paragraph>
            )}
            <details>
              <summary style={{ cursor: 'pointer', color: '#0958d9' }}>查看此版内容</summary>
              <div style={{ marginTop: 8 }}>
                <FilingView content={last.content} indicators={props.indicators} compact />
              </div>
            </details>
          </div>
        ),
      }))}
    />
  );
}
