// What the notice says about itself, how its table is built, and the plan year it will become.
import { Alert, Descriptions, InputNumber, Space, Statistic, Row, Col } from 'antd';
import type { ImportPreview } from '../../../api/plan-import.ts';

const FORMAT_LABELS: Record<string, string> = { text: '纯文本', html: '网页', docx: 'Word', xlsx: 'Excel' };

export function PreviewFacts(props: {
  preview: ImportPreview;
  year: number | null;
  onYear: (year: number | null) => void;
}) {
  const { preview } = props;
  const { plan, counts } = preview;
  const countOf = (kind: string) => preview.structure.filter((node) => node.kind === kind).length;
  const announcedMismatch = plan.announcedTaskCount !== null && plan.announcedTaskCount !== counts.tasks;
  const yearIsTaken = preview.yearTaken && props.year === plan.year;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label="标题" span={2}>
          {plan.title ?? '(未识别)'}
        </Descriptions.Item>
        <Descriptions.Item label="发文单位">{plan.issuer ?? '(未识别)'}</Descriptions.Item>
        <Descriptions.Item label="发布日期">{plan.publishedAt ?? '(未识别)'}</Descriptions.Item>
        <Descriptions.Item label="完成时限">{plan.deadline ?? '(未识别)'}</Descriptions.Item>
        <Descriptions.Item label="监督电话">{plan.hotline ?? '(未识别)'}</Descriptions.Item>
        <Descriptions.Item label="文件">
          {preview.fileName ?? ''}({FORMAT_LABELS[preview.source.format] ?? preview.source.format}
          {preview.source.encoding ? `,${preview.source.encoding}` : ''})
        </Descriptions.Item>
        <Descriptions.Item label="计划年度">
          <InputNumber
            // No step arrows: Ant Design names them in English ("Increase Value"); the arrow keys still step.
            controls={false}
            aria-label="计划年度"
            min={1900}
            max={2999}
            value={props.year}
            onChange={(value) => props.onYear(value)}
          />
        </Descriptions.Item>
      </Descriptions>
      {yearIsTaken && (
        <Alert
          type="warning"
          showIcon
          title={`${plan.year}年度的任务已经导入过`}
          description="同一年度只能有一份任务计划。如需导入为其他年度,请修改上面的计划年度。"
        />
      )}
      {announcedMismatch && (
        <Alert
          type="warning"
          showIcon
          title={`正文说明共${plan.announcedTaskCount}项任务,表中读到${counts.tasks}项`}
        />
      )}
      <Row gutter={16}>
        <Col xs={12} md={4}>
          <Statistic title="任务" value={counts.tasks} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title="单位分界明确" value={counts.certain} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title="分界为推断" value={counts.inferred} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title="部分" value={countOf('part')} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title="板块" value={countOf('section')} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title="小节" value={countOf('subsection')} />
        </Col>
      </Row>
    </Space>
  );
}
