// Next year's notice names some units differently: each proposed match with its reason, for the
// admin to confirm (as the unit's new name, or as an alias) or to reject.
import { Button, List, Space, Tag, Typography } from 'antd';
import { MATCH_REASON_LABELS, type ImportDecision, type ImportPreview } from '../../../api/plan-import.ts';

export function UnitMatches(props: {
  preview: ImportPreview;
  busy: boolean;
  onDecide: (decision: ImportDecision) => Promise<boolean>;
}) {
  const proposed = props.preview.units.filter((unit) => unit.proposal !== null);
  if (proposed.length === 0) return null;
  return (
    <List
      header={<Typography.Text strong>与单位名录的对应({proposed.length})</Typography.Text>}
      dataSource={proposed}
      renderItem={(unit) => {
        const proposal = unit.proposal;
        if (!proposal) return null;
        const decide = (unitId: number | null, keep: 'rename' | 'alias') =>
          void props.onDecide({ kind: 'unit_match', name: unit.name, unitId, keep });
        const state =
          unit.decision === null
            ? null
            : unit.decision.unitId === null
              ? '已否定,将作为新单位'
              : unit.decision.keep === 'alias'
                ? '已确认,记为别名'
                : '已确认,记为改名';
        return (
          <List.Item data-unit-match={unit.name}>
            <Space orientation="vertical" size={4} style={{ width: '100%' }}>
              <Typography.Text>
                通知中的“{unit.name}”可能就是名录中的“{proposal.name}”
              </Typography.Text>
              <Space wrap size={4}>
                <Tag color="blue">{MATCH_REASON_LABELS[proposal.reason]}</Tag>
                <Typography.Text type="secondary">{proposal.detail}</Typography.Text>
              </Space>
              {state ? (
                <Space wrap>
                  <Tag color="green">{state}</Tag>
                  <Button size="small" disabled={props.busy} onClick={() => decide(null, 'rename')}>
                    改为否定
                  </Button>
                </Space>
              ) : (
                <Space wrap>
                  <Button
                    size="small"
                    type="primary"
                    disabled={props.busy}
                    aria-label={`确认${unit.name}是${proposal.name}的新名称`}
                    onClick={() => decide(proposal.unitId, 'rename')}
                  >
                    确认(改名)
                  </Button>
                  <Button
                    size="small"
                    disabled={props.busy}
                    aria-label={`确认${unit.name}是${proposal.name}的别名`}
                    onClick={() => decide(proposal.unitId, 'alias')}
                  >
                    确认(记为别名)
                  </Button>
                  <Button
                    size="small"
                    disabled={props.busy}
                    aria-label={`${unit.name}不是${proposal.name}`}
                    onClick={() => decide(null, 'rename')}
                  >
                    不是同一单位
                  </Button>
                </Space>
              )}
            </Space>
          </List.Item>
        );
      }}
    />
  );
}
