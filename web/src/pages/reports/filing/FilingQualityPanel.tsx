// The clerk's check before submitting: the quality flags the office will see on this filing, in
// the clerk's words, with what triggered each. They follow every save; none of them stops a
// submission (a filing that is right as it stands goes as it is).
import { Alert, Card, Typography } from 'antd';
import { useEffect } from 'react';
import { getReportFlags } from '../../../api/quality.ts';
import { useRequest } from '../../../api/use-request.ts';
import { FlagList } from '../../../components/quality/FlagList.tsx';
import { SkippedRules } from '../../../components/quality/SkippedRules.tsx';

export function FilingQualityPanel(props: {
  /** The saved filing; null before the first save. */
  saved: { id: number; rev: number; progress: string | null } | null;
  /** Typed changes not saved yet: the flags shown are those of the last save. */
  pending: boolean;
  /** How many flags stand on the last save, for the hint next to the submit button. */
  onStanding?: (count: number) => void;
}) {
  const { saved, onStanding } = props;
  const loaded = useRequest(saved ? () => getReportFlags(saved.id) : null, [saved?.id, saved?.rev]);
  const filing = loaded.data?.filing ?? null;
  const open = filing?.flags.filter((flag) => !flag.dismissal) ?? [];
  useEffect(() => onStanding?.(open.length), [open.length, onStanding]);
  return (
    <Card
      id="filing-quality"
      size="small"
      title={`提交前检查${filing ? `(${open.length}项提示)` : ''}`}
      data-testid="filing-quality"
      aria-busy={loaded.loading}
    >
      {!saved && (
        <Typography.Text type="secondary">填写内容自动保存后,将在此提示可能需要完善的地方。</Typography.Text>
      )}
      {loaded.error && <Alert type="error" showIcon title={loaded.error} />}
      {props.pending && saved && (
        <Typography.Paragraph type="secondary">内容正在保存,保存后将重新检查。</Typography.Paragraph>
      )}
      {filing && filing.flags.length === 0 && <Alert type="success" showIcon title="未发现需要完善的地方" />}
      {filing && filing.flags.length > 0 && (
        <>
          <Typography.Paragraph>
            督查办审核时会看到以下提示。建议根据提示修改后再提交;如内容属实,也可以直接提交。
          </Typography.Paragraph>
          <FlagList flags={filing.flags} progress={saved?.progress ?? null} audience="unit" />
        </>
      )}
      {filing && <SkippedRules skipped={filing.skipped} />}
    </Card>
  );
}
