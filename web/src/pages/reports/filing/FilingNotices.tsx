// What the unit must know before touching the form: the office's reasons for a return, a clash with
// a version saved elsewhere, text kept from before a reload, and where a filed report stands.
import { Alert, Button, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Report } from '../../../api/reports.types.ts';
import { sentBackReasons } from './filing-model.ts';
import type { Draft } from './use-filing-draft.ts';

const when = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '');

export function ReturnedNotice({ report }: { report: Report }) {
  if (report.state !== 'returned' || !report.returnReasons) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={`督查办已退回(${when(report.returnedAt)}),请按意见修改后重新提交`}
      description={
        <Typography.Paragraph strong style={{ whiteSpace: 'pre-wrap', margin: 0, fontSize: 15 }}>
          {report.returnReasons}
        </Typography.Paragraph>
      }
    />
  );
}

/** The unit's approver sent the filing back: the clerk reads why before changing it. */
export function SentBackNotice({ report }: { report: Report }) {
  const reasons = sentBackReasons(report);
  if (reasons === null) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title="本单位审核人已退回,请按意见修改后重新提交"
      description={
        <Typography.Paragraph strong style={{ whiteSpace: 'pre-wrap', margin: 0, fontSize: 15 }}>
          {reasons}
        </Typography.Paragraph>
      }
    />
  );
}

export function StateNotice({ report, role }: { report: Report; role: string }) {
  switch (report.state) {
    case 'submitted':
      return (
        <Alert
          type="info"
          showIcon
          title={
            role === 'approver'
              ? '填报员已提交,请审核内容后签发报送督查办'
              : `已提交本单位审核人(${when(report.submittedAt)}),等待签发`
          }
        />
      );
    case 'signed_off':
      return (
        <Alert
          type="info"
          showIcon
          title={`已签发报送督查办(${when(report.signedOffAt)}),等待审核${report.late ? ' · 迟报' : ''}`}
        />
      );
    case 'accepted':
      return <Alert type="success" showIcon title={`督查办已采纳(${when(report.acceptedAt)})`} />;
    case 'draft':
    case 'returned':
      return null;
  }
}

export function ConflictNotice(props: { onLoadLatest: () => void; onOverwrite: () => void }) {
  return (
    <Alert
      type="warning"
      showIcon
      title="此填报已在别处被修改,您刚才的修改尚未保存"
      description="可能是本单位其他人员或您在另一个窗口中保存了新版本。您输入的内容仍保留在本页,不会丢失。"
      action={
        <Flex vertical gap={8}>
          <Button size="small" type="primary" onClick={props.onLoadLatest}>
            载入最新版本
          </Button>
          <Button size="small" danger onClick={props.onOverwrite}>
            用我的内容覆盖
          </Button>
        </Flex>
      }
    />
  );
}

const STASHED_FIELDS = [
  ['progress', '进展情况'],
  ['problems', '存在问题'],
  ['nextSteps', '下步打算'],
] as const;

/** onRestore is left out when the filing can no longer change: the text is then only for copying. */
export function StashNotice(props: { stash: Draft; onRestore?: () => void; onDismiss: () => void }) {
  const fields = STASHED_FIELDS.filter(([field]) => props.stash[field].trim() !== '');
  return (
    <Alert
      type="info"
      showIcon
      title="已载入最新版本。下面是您之前输入但未保存的内容,可按需恢复或复制:"
      description={fields.map(([field, label]) => (
        <Typography.Paragraph
          key={field}
          copyable={{ text: props.stash[field], tooltips: ['复制', '已复制'] }}
          style={{ whiteSpace: 'pre-wrap', margin: '0 0 8px', maxHeight: 200, overflow: 'auto' }}
        >
          <strong>{label}:</strong>
          {props.stash[field]}
        </Typography.Paragraph>
      ))}
      action={
        <Flex vertical gap={8}>
          {props.onRestore && (
            <Button size="small" onClick={props.onRestore}>
              恢复我的内容
            </Button>
          )}
          <Button size="small" type="text" onClick={props.onDismiss}>
            不需要了
          </Button>
        </Flex>
      }
    />
  );
}

export function LockedNotice(props: { reason: string; onReload: () => void }) {
  return (
    <Alert
      type="warning"
      showIcon
      title={`不能继续保存:${props.reason}`}
      description="您输入的内容仍显示在下方。载入当前状态后,这些内容会保留在页面上供复制。"
      action={
        <Button size="small" type="primary" onClick={props.onReload}>
          载入当前状态
        </Button>
      }
    />
  );
}
