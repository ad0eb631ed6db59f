// A passage with the parts that triggered a flag marked (the shared words, the stock phrases).
import { Typography } from 'antd';
import { markedRuns, type MarkRange } from './marked-runs.ts';
import './quality.css';

export function MarkedText(props: { text: string; ranges: readonly MarkRange[]; label?: string }) {
  if (props.text.trim() === '') return <Typography.Text type="secondary">(未填写)</Typography.Text>;
  return (
    <Typography.Paragraph className="duban-marked-text" aria-label={props.label}>
      {markedRuns(props.text, props.ranges).map((run, index) =>
        run.marked ? (
          <mark key={index} className="duban-mark">
            {run.text}
          </mark>
        ) : (
          <span key={index}>{run.text}</span>
        ),
      )}
    </Typography.Paragraph>
  );
}
