// The notification centre: the caller's notices newest first, a page at a time, filtered by kind,
// with the unread count from the server and "mark all read".
import { App, Button, Empty, Flex, List, Select, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../../api/client.ts';
import {
  getNotices,
  markAllNoticesRead,
  NOTICE_KIND_LABELS,
  type NoticeKind,
  type NoticePage,
} from '../../api/notices.ts';
import { NoticeCard } from './NoticeCard.tsx';

const PAGE_SIZE = 10;
const LISTED_KINDS: readonly NoticeKind[] = [
  'digest',
  'returned',
  'sent_back',
  'accepted',
  'card',
  'extension',
  'completion',
  'hotline',
];
const KIND_OPTIONS: { value: NoticeKind | ''; label: string }[] = [
  { value: '', label: '全部类型' },
  ...LISTED_KINDS.map((kind) => ({ value: kind, label: NOTICE_KIND_LABELS[kind] })),
];

export default function NoticesPage() {
  const { message } = App.useApp();
  const [kind, setKind] = useState<NoticeKind | ''>('');
  const [page, setPage] = useState(1);
  const [found, setFound] = useState<NoticePage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [marking, setMarking] = useState(false);

  const load = useCallback(async () => {
    try {
      setFound(await getNotices({ kind: kind || undefined, page, pageSize: PAGE_SIZE }));
      setError(null);
    } catch (e) {
      setError(describeError(e));
    }
  }, [kind, page]);

  useEffect(() => {
    void load();
  }, [load]);

  const markAll = async () => {
    setMarking(true);
    try {
      const { marked } = await markAllNoticesRead();
      void message.success(marked > 0 ? `已将${marked}条通知标为已读` : '没有未读通知');
      await load();
    } catch (e) {
      void message.error(describeError(e));
    } finally {
      setMarking(false);
    }
  };

  return (
    <Flex vertical gap={12} style={{ maxWidth: 860 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        通知中心
      </Typography.Title>
      <Flex gap={8} align="center" wrap>
        <Typography.Text data-testid="notice-unread">
          {found ? `未读 ${found.unread} 条` : '正在读取…'}
        </Typography.Text>
        <Select
          aria-label="按类型筛选"
          data-testid="notice-kind"
          value={kind}
          options={KIND_OPTIONS}
          style={{ minWidth: 140, minHeight: 44 }}
          onChange={(value) => {
            setKind(value);
            setPage(1);
          }}
        />
        <Button
          type="primary"
          style={{ minHeight: 44 }}
          loading={marking}
          disabled={!found || found.unread === 0}
          onClick={() => void markAll()}
        >
          全部标为已读
        </Button>
      </Flex>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      {!found && !error && <Spin />}
      {found && found.total === 0 && <Empty description="暂无通知" />}
      {found && found.total > 0 && (
        <List
          dataSource={found.notifications}
          rowKey="id"
          split={false}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: found.total,
            showSizeChanger: false,
            onChange: setPage,
            showTotal: (total) => `共 ${total} 条`,
          }}
          renderItem={(notice) => (
            <List.Item style={{ display: 'block' }}>
              <NoticeCard
                notice={notice}
                onChange={(updated) => {
                  setFound(
                    (current) =>
                      current && {
                        ...current,
                        unread: Math.max(0, current.unread - (updated.read ? 1 : 0)),
                        notifications: current.notifications.map((n) =>
                          n.id === updated.id ? { ...n, read: updated.read } : n,
                        ),
                      },
                  );
                }}
              />
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}
