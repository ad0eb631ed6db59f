// The published scoring rules of the year's assessment: the formula, then each rule's weight.
import { Card, Table } from 'antd';
import { getAssessmentRules } from '../../api/assessment.ts';
import { useRequest } from '../../api/use-request.ts';
import { AsyncContent } from '../../components/AsyncContent.tsx';
import { FormulaText } from './FormulaText.tsx';

export function RulesCard({ year }: { year: number }) {
  const rules = useRequest(() => getAssessmentRules(year), [year]);
  return (
    <Card title="考核规则" size="small">
      <AsyncContent loaded={rules} isEmpty={(r) => r.rules.length === 0}>
        {(data) => (
          <>
            <FormulaText formula={data.formula} />
            <Table
              rowKey="ruleKey"
              size="small"
              pagination={false}
              dataSource={data.rules}
              columns={[
                // Short names (逾期填报, 报告退回): on one line, the method beside them wraps instead.
                { title: '事项', dataIndex: 'label', className: 'duban-one-line' },
                { title: '分值', width: 100, render: (_, rule) => rule.points.display },
                { title: '计分方式', dataIndex: 'per' },
              ]}
            />
          </>
        )}
      </AsyncContent>
    </Card>
  );
}
