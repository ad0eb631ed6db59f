// One side of a text compared with the other quarter: words kept from last quarter are marked
// yellow (repeated), new words green on this quarter's side, dropped words red on last quarter's.
import { Typography } from 'antd';
import type { ComparedUnit } from '../../../api/quality.ts';
import '../../../components/quality/quality.css';

type Run = ComparedUnit['changes'][number]['runs'][number];

export function DiffText(props: { runs: readonly Run[]; side: 'previous' | 'current'; label: string }) {
  const skip = props.side === 'previous' ? 'added' : 'removed';
  const runs = props.runs.filter((run) => run.kind !== skip);
  if (runs.every((run) => run.text.trim() === ''))
    return <Typography.Text type="secondary">(未填写)</Typography.Text>;
  return (
    <Typography.Paragraph className="duban-marked-text" aria-label={props.label}>
      {runs.map((run, index) => {
        if (run.kind === 'same')
          return (
            <mark key={index} className="duban-mark" title="与上季度相同">
              {run.text}
            </mark>
          );
        if (run.kind === 'added')
          return (
            <ins key={index} className="duban-run-added" title="本季度新增">
              {run.text}
            </ins>
          );
        return (
          <del key={index} className="duban-run-removed" title="本季度删去">
            {run.text}
          </del>
        );
      })}
    </Typography.Paragraph>
  );
}

/** Share of this quarter's text repeated from last quarter, 0..1 (null when nothing to compare). */
export function repeatedShare(runs: readonly Run[]): number | null {
  const length = (kind: Run['kind']) =>
    runs.filter((run) => run.kind === kind).reduce((sum, run) => sum + run.text.trim().length, 0);
  const current = length('same') + length('added');
  if (current === 0 || length('same') + length('removed') === 0) return null;
  return length('same') / current;
}
