// The notification centre: a bell with the unread count (checked every minute) and a drawer of
// notices, each of which can be marked read.
import { BellOutlined } from '@ant-design/icons';
import { App, Badge, Button, Card, Drawer, Empty, Flex, Space, Spin, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../api/client.ts';
import { getNotifications, markNoticeRead, type Notice } from '../api/supervision.ts';

const POLL_MS = 60_000;

const KIND_LABELS: Record<string, string> = {
  reminder: '提醒',
  urge: '催报',
  supervision_order: '督办单',
  card: '亮牌',
  hotline: '热线',
  extension: '延期',
  completion: '办结',
};

const formatTime = (iso: string): string => new Date(iso).toLocaleString('zh-CN', { hour12: false });

export function NotificationBell() {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [unread, setUnread] = useState(0);
  const [notices, setNotices] = useState<Notice[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [marking, setMarking] = useState<number | null>(null);

  const load = useCallback(async () => {
    try {
      const found = await getNotifications();
      setUnread(found.unread);
      setNotices(found.notifications);
      setError(null);
    } catch (e) {
      setError(describeError(e));
    }
  }, []);

  useEffect(() => {
    void load();
    const timer = window.setInterval(() => void load(), POLL_MS);
    return () => window.clearInterval(timer);
  }, [load]);

  const markRead = async (notice: Notice) => {
    setMarking(notice.id);
    try {
      const updated = await markNoticeRead(notice.id);
      setNotices((list) => list?.map((n) => (n.id === updated.id ? updated : n)) ?? null);
      setUnread((n) => Math.max(0, n - 1));
    } catch (e) {
      void message.error(describeError(e));
    } finally {
      setMarking(null);
    }
  };

  return (
    <>
      <Button
        type="text"
        aria-label={unread > 0 ? `通知,${unread}条未读` : '通知'}
        onClick={() => {
          setOpen(true);
          void load();
        }}
        icon={
          <Badge count={unread} size="small" overflowCount={99}>
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
      <Drawer title="通知中心" open={open} onClose={() => setOpen(false)} size={420}>
        {error && <Typography.Text type="danger">{error}</Typography.Text>}
        {notices && notices.length === 0 ? (
          <Empty description="暂无通知" />
        ) : (
          <Flex vertical gap={8}>
            {notices === null && !error && <Spin />}
            {(notices ?? []).map((notice) => (
              <Card key={notice.id} size="small" data-testid="notice">
                <Flex justify="space-between" align="flex-start" gap={8}>
                  <Space size={4} wrap>
                    {!notice.read && <Badge status="processing" />}
                    <Tag>{KIND_LABELS[notice.kind] ?? '通知'}</Tag>
                    <span style={{ fontWeight: notice.read ? 400 : 600 }}>{notice.title}</span>
                  </Space>
                  {notice.read ? (
                    <Typography.Text type="secondary">已读</Typography.Text>
                  ) : (
                    <Button
                      size="small"
                      loading={marking === notice.id}
                      onClick={() => void markRead(notice)}
                    >
                      标为已读
                    </Button>
                  )}
                </Flex>
                <Flex vertical gap={2} style={{ marginTop: 6 }}>
                  {notice.lines.map((line, i) => (
                    <Typography.Text key={i}>{line}</Typography.Text>
                  ))}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatTime(notice.createdAt)}
                  </Typography.Text>
                </Flex>
              </Card>
            ))}
          </Flex>
        )}
      </Drawer>
    </>
  );
}
