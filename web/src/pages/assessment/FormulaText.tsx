// The scoring formula in words, shown on the ranking and on every unit's statement.
import { Typography } from 'antd';

export function FormulaText({ formula }: { formula: readonly string[] }) {
  const [main, ...notes] = formula;
  return (
    <div aria-label="计分公式">
      <Typography.Paragraph strong style={{ marginBottom: 4 }}>
        {main}
      </Typography.Paragraph>
      {notes.map((note) => (
        <Typography.Paragraph key={note} type="secondary" style={{ marginBottom: 4 }}>
          {note}
        </Typography.Paragraph>
      ))}
    </div>
  );
}
