// Everything the importer noticed, with the line of the notice it concerns.
import { Table, Tag } from 'antd';
import type { ImportIssue } from '../../../api/plan-import.ts';

const SEVERITY = {
  error: { label: '错误', color: 'red' },
  warning: { label: '警告', color: 'orange' },
  info: { label: '提示', color: 'blue' },
} as const;

export function PreviewIssues({ issues }: { issues: ImportIssue[] }) {
  return (
    <Table<ImportIssue>
      rowKey={(issue) => `${issue.code}-${issue.line ?? ''}-${issue.taskSeq ?? ''}-${issue.message}`}
      size="small"
      dataSource={issues}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: '没有发现问题' }}
      columns={[
        {
          title: '级别',
          width: 80,
          filters: Object.entries(SEVERITY).map(([value, { label }]) => ({ value, text: label })),
          onFilter: (value, issue) => issue.severity === value,
          render: (_, issue) => (
            <Tag color={SEVERITY[issue.severity].color}>{SEVERITY[issue.severity].label}</Tag>
          ),
        },
        {
          title: '位置',
          width: 120,
          render: (_, issue) => (issue.line === null ? '全文' : `第${issue.line}行`),
        },
        { title: '序号', width: 70, render: (_, issue) => issue.taskSeq ?? '' },
        { title: '说明', dataIndex: 'message' },
      ]}
    />
  );
}
