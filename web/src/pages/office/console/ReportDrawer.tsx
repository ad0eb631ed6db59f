// One filing as the office reviews it: content, attachments, quality flags with their evidence,
// history, and accept / return.
import {
  Alert,
  App,
  Button,
  Descriptions,
  Drawer,
  Popconfirm,
  Progress,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { describeError } from '../../../api/client.ts';
import {
  FILING_KIND_LABELS,
  REVISION_EVENT_LABELS,
  acceptReport,
  getReviewedReport,
  type ReviewedReport,
} from '../../../api/review.ts';
import { comparePath } from '../../../api/quality.ts';
import { AsyncContent } from '../../../components/AsyncContent.tsx';
import { taskPath } from '../../../components/TaskDrillDrawer.tsx';
import { useRequest } from '../../../api/use-request.ts';
import { QualityFlagsSection } from './QualityFlagsSection.tsx';
import { ReturnReportModal } from './ReturnReportModal.tsx';

export interface ReportTarget {
  reportId: number;
  /** 第12项 · 市发改委 */
  title: string;
}

const time = (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm');

export function ReportDrawer(props: {
  target: ReportTarget | null;
  canReview: boolean;
  onClose: () => void;
  onChanged: () => void;
  /** A flag was dismissed: the queue's flags column reads them again. */
  onFlagsChanged?: () => void;
}) {
  const { target } = props;
  const loaded = useRequest(
    () => (target ? getReviewedReport(target.reportId) : Promise.resolve(null)),
    [target?.reportId],
  );
  const [returning, setReturning] = useState(false);
  const changed = () => {
    setReturning(false);
    props.onChanged();
    props.onClose();
  };
  return (
    <Drawer open={target !== null} onClose={props.onClose} size={720} title={target?.title} destroyOnHidden>
      <AsyncContent loaded={loaded} isEmpty={(report) => report === null}>
        {(report) =>
          report && (
            <ReportBody
              report={report}
              quality={
                <QualityFlagsSection
                  reportId={report.id}
                  progress={report.content?.progress ?? null}
                  canDismiss={props.canReview}
                  onDismissed={props.onFlagsChanged}
                />
              }
              actions={
                props.canReview && report.allowedEvents.includes('accept') ? (
                  <ReviewButtons report={report} onAccepted={changed} onReturn={() => setReturning(true)} />
                ) : null
              }
            />
          )
        }
      </AsyncContent>
      <ReturnReportModal
        target={returning && target ? target : null}
        onClose={() => setReturning(false)}
        onReturned={changed}
      />
    </Drawer>
  );
}

function ReviewButtons(props: { report: ReviewedReport; onAccepted: () => void; onReturn: () => void }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const accept = async () => {
    setBusy(true);
    try {
      await acceptReport(props.report.id);
      void message.success('已采纳');
      props.onAccepted();
    } catch (e) {
      void message.error(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space>
      <Popconfirm
        title="采纳后报告不能再修改,确认采纳?"
        okText="采纳"
        cancelText="取消"
        onConfirm={() => void accept()}
      >
        <Button type="primary" loading={busy}>
          采纳
        </Button>
      </Popconfirm>
      <Button danger onClick={props.onReturn}>
        退回
      </Button>
    </Space>
  );
}

function ReportBody(props: { report: ReviewedReport; actions: ReactNode; quality: ReactNode }) {
  const { report, actions } = props;
  const content = report.content;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap>
        <Tag>{FILING_KIND_LABELS[report.kind]}</Tag>
        <Tag color="blue">{report.stateLabel}</Tag>
        {report.late && <Tag color="red">迟报</Tag>}
        <Link to={taskPath(report.taskId, report.period)}>查看任务</Link>
        <Link to={comparePath(report.taskId, report.period)}>季度对比</Link>
      </Space>
      {actions}
      {report.returnReasons && report.state === 'returned' && (
        <Alert type="warning" showIcon title="退回理由" description={report.returnReasons} />
      )}
      {content ? (
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label="进展情况">
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {content.progress || '(未填写)'}
            </Typography.Paragraph>
          </Descriptions.Item>
          <Descriptions.Item label="推进状态">{content.selfStatusLabel ?? '(未选择)'}</Descriptions.Item>
          <Descriptions.Item label="完成进度">
            {content.percentComplete === null ? (
              '(未填写)'
            ) : (
              <Progress percent={content.percentComplete} size="small" aria-label="完成进度" />
            )}
          </Descriptions.Item>
          <Descriptions.Item label="存在问题">{content.problems || '无'}</Descriptions.Item>
          <Descriptions.Item label="下步打算">{content.nextSteps || '无'}</Descriptions.Item>
          <Descriptions.Item label="佐证材料">
            {content.attachments.length === 0
              ? '无'
              : content.attachments.map((file) => (
                  <div key={file.id}>
                    <a href={`/api/attachments/${file.id}`} target="_blank" rel="noreferrer">
                      {file.fileName}
                    </a>
                  </div>
                ))}
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Alert type="info" showIcon title="该报告的内容对您不可见" />
      )}
      {props.quality}
      <div>
        <Typography.Title level={5}>处理记录</Typography.Title>
        <Timeline
          items={[...report.revisions].reverse().map((revision) => ({
            key: revision.rev,
            color: revision.event === 'return' ? 'red' : revision.event === 'accept' ? 'green' : 'blue',
            content: (
              <span>
                {time(revision.at)} {REVISION_EVENT_LABELS[revision.event]}
                {revision.late && revision.event === 'sign_off' ? '(迟报)' : ''}
                {revision.reason ? `:${revision.reason}` : ''}
              </span>
            ),
          }))}
        />
      </div>
    </Space>
  );
}
