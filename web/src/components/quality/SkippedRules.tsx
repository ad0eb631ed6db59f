// The rules that could not judge a filing, and why, so "no flag" never reads as "checked and fine".
import { Typography } from 'antd';
import type { ReportFlags } from '../../api/quality.ts';

type Skip = NonNullable<ReportFlags['filing']>['skipped'][number];

export function SkippedRules({ skipped }: { skipped: readonly Skip[] }) {
  if (skipped.length === 0) return null;
  const lines = [...new Map(skipped.map((skip) => [`${skip.kind}:${skip.message}`, skip])).values()];
  return (
    <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
      未检查:{lines.map((skip) => `${skip.label}(${skip.message})`).join(';')}
    </Typography.Paragraph>
  );
}
