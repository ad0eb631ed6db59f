// The admin's backups: when the last one was taken, how big it is and what it holds, the schedule,
// every file with a download, and a button that takes one now.
import { CloudDownloadOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { describeError } from '../../../api/client.ts';
import {
  ORIGIN_LABELS,
  backupDownloadUrl,
  findBackups,
  takeBackup,
  type BackupOverview,
  type BackupView,
} from '../../../api/backups.ts';
import { useRequest } from '../../../api/use-request.ts';
import { AsyncContent } from '../../../components/AsyncContent.tsx';

const KEY_TABLES: [string, string][] = [
  ['accounts', '账号'],
  ['units', '单位'],
  ['tasks', '任务'],
  ['reports', '填报'],
  ['report_revisions', '填报版本'],
  ['attachments', '附件'],
  ['audit_events', '操作记录'],
];

const time = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function every(ms: number): string {
  if (ms % 86_400_000 === 0) return `每${ms / 86_400_000}天`;
  if (ms % 3_600_000 === 0) return `每${ms / 3_600_000}小时`;
  return `每${Math.round(ms / 60_000)}分钟`;
}

function Latest({ overview }: { overview: BackupOverview }) {
  const { latest, schedule } = overview;
  return (
    <Descriptions bordered size="small" column={1} title="最近一次备份">
      <Descriptions.Item label="时间">{latest ? time(latest.takenAt) : '尚无备份'}</Descriptions.Item>
      {latest && <Descriptions.Item label="大小">{formatSize(latest.sizeBytes)}</Descriptions.Item>}
      {latest && (
        <Descriptions.Item label="内容">
          {`${latest.rows}行数据;${latest.planYears.length ? `${latest.planYears.join('、')}年度` : '无年度任务'};`}
          {KEY_TABLES.map(([table, label]) => `${label}${latest.tables[table] ?? 0}`).join(',')}
        </Descriptions.Item>
      )}
      <Descriptions.Item label="定时备份">
        {schedule
          ? `${every(schedule.everyMs)},保留最近${schedule.keep}份`
          : '未开启(启动参数 --backup-every)'}
      </Descriptions.Item>
      <Descriptions.Item label="备份目录">{overview.directory ?? '未配置'}</Descriptions.Item>
    </Descriptions>
  );
}

function BackupTable({ backups }: { backups: BackupView[] }) {
  return (
    <Table<BackupView>
      rowKey="name"
      dataSource={backups}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: '时间', render: (_, b) => time(b.takenAt) },
        { title: '类型', render: (_, b) => <Tag>{ORIGIN_LABELS[b.origin]}</Tag> },
        { title: '大小', render: (_, b) => formatSize(b.sizeBytes) },
        { title: '数据行数', dataIndex: 'rows' },
        {
          title: '下载',
          render: (_, b) => (
            <a href={backupDownloadUrl(b.name)} download aria-label={`下载${time(b.takenAt)}的备份`}>
              <CloudDownloadOutlined /> 下载
            </a>
          ),
        },
      ]}
    />
  );
}

export default function BackupsPage() {
  const { message } = App.useApp();
  const overview = useRequest(findBackups, []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const takeNow = async () => {
    setBusy(true);
    setError(null);
    try {
      await takeBackup();
      void message.success('备份已完成');
      overview.reload();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card
      title="数据备份"
      extra={
        <Button icon={<SaveOutlined />} loading={busy} onClick={() => void takeNow()}>
          立即备份
        </Button>
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <AsyncContent loaded={overview}>
        {(data) => (
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            <Latest overview={data} />
            <BackupTable backups={data.backups} />
          </Space>
        )}
      </AsyncContent>
    </Card>
  );
}
