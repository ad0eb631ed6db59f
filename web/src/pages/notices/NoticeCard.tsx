// One notice: its kind, title and lines, a link to its task; a digest opens to its items, each
// linking to its task's filing. Opening a digest or following a link marks the notice read.
import { App, Badge, Button, Card, Flex, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { describeError } from '../../api/client.ts';
import { getNotice, markNoticeRead, NOTICE_KIND_LABELS, type Notice } from '../../api/notices.ts';

const formatTime = (iso: string): string => new Date(iso).toLocaleString('zh-CN', { hour12: false });
const TARGET = { minHeight: 44, display: 'inline-flex', alignItems: 'center' } as const;

export function NoticeCard(props: { notice: Notice; onChange: (notice: Notice) => void }) {
  const { notice, onChange } = props;
  const { message } = App.useApp();
  const [items, setItems] = useState<Notice[] | null>(null);
  const [busy, setBusy] = useState(false);

  const markRead = async () => {
    if (notice.read) return;
    try {
      onChange(await markNoticeRead(notice.id));
    } catch (e) {
      void message.error(describeError(e));
    }
  };
  const toggleItems = async () => {
    if (items) {
      setItems(null);
      return;
    }
    setBusy(true);
    try {
      setItems((await getNotice(notice.id)).items);
      await markRead();
    } catch (e) {
      void message.error(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" data-testid="notice" data-kind={notice.kind}>
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <Space size={4} wrap>
          {!notice.read && <Badge status="processing" text="未读" />}
          <Tag>{NOTICE_KIND_LABELS[notice.kind] ?? '通知'}</Tag>
          <Typography.Text strong={!notice.read}>{notice.title}</Typography.Text>
        </Space>
        {!notice.read && (
          <Button style={{ minHeight: 44 }} onClick={() => void markRead()}>
            标为已读
          </Button>
        )}
      </Flex>
      {notice.kind !== 'digest' && (
        <Flex vertical gap={2} style={{ marginTop: 6 }}>
          {notice.lines.map((line, i) => (
            <Typography.Text key={i}>{line}</Typography.Text>
          ))}
        </Flex>
      )}
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginTop: 6 }}>
        <Typography.Text type="secondary">{formatTime(notice.createdAt)}</Typography.Text>
        {notice.kind === 'digest' ? (
          <Button
            type="link"
            style={{ minHeight: 44 }}
            loading={busy}
            aria-expanded={items !== null}
            onClick={() => void toggleItems()}
          >
            {items ? '收起明细' : `查看明细(${notice.itemCount}项)`}
          </Button>
        ) : (
          notice.link && (
            <Link to={notice.link} style={TARGET} onClick={() => void markRead()}>
              查看任务
            </Link>
          )
        )}
      </Flex>
      {items && (
        <List
          size="small"
          data-testid="digest-items"
          dataSource={items}
          renderItem={(item) => (
            <List.Item>
              <Flex vertical gap={2} style={{ minWidth: 0 }}>
                {item.link ? (
                  <Link to={item.link} style={TARGET}>
                    {item.title}
                  </Link>
                ) : (
                  <Typography.Text>{item.title}</Typography.Text>
                )}
                <Typography.Text type="secondary">{item.lines.at(-1)}</Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
