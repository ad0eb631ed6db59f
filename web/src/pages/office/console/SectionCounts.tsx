// Tallies per section of the notice: how many filings are owed, received, accepted and overdue.
import { Progress, Table } from 'antd';
import type { Counts, Matrix, SectionRef } from '../../../api/matrix.ts';
import { sectionKey } from '../../../components/matrix-filters.ts';
import { PROGRESS_LABELS, sectionLabel } from '../../../components/progress-states.ts';
import { wideOnPhone } from '../../../components/wide-table.ts';

interface SectionRow {
  section: SectionRef;
  counts: Counts;
}

const count = (key: keyof Counts, title: string) => ({
  title,
  width: 90,
  render: (_: unknown, row: SectionRow) => row.counts[key],
});

export function SectionCounts({ matrix }: { matrix: Matrix }) {
  return (
    <Table<SectionRow>
      rowKey={(row) => sectionKey(row.section.path)}
      size="small"
      {...wideOnPhone(900)}
      pagination={false}
      dataSource={matrix.sections}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
          {(['owed', 'accepted', 'submitted', 'returned', 'overdue', 'late'] as const).map((key, i) => (
            <Table.Summary.Cell key={key} index={i + 1}>
              {matrix.totals[key]}
            </Table.Summary.Cell>
          ))}
          <Table.Summary.Cell index={7} />
        </Table.Summary.Row>
      )}
      columns={[
        { title: '板块', render: (_, row) => `${sectionLabel(row.section.path)} ${row.section.title ?? ''}` },
        count('owed', '应报'),
        count('accepted', PROGRESS_LABELS.accepted),
        count('submitted', PROGRESS_LABELS.submitted),
        count('returned', '已退回'),
        count('overdue', '逾期未报'),
        count('late', '迟报'),
        {
          title: '通过率',
          width: 160,
          render: (_, row) => (
            <Progress
              aria-label={`${sectionLabel(row.section.path)}通过率`}
              size="small"
              percent={row.counts.owed ? Math.round((row.counts.accepted / row.counts.owed) * 100) : 0}
            />
          ),
        },
      ]}
    />
  );
}
