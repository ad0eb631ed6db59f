// The bell in the frame: the unread count the server gives (checked every minute and whenever
// notices are marked read); it opens the notification centre.
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { getNotices, NOTICES_CHANGED } from '../api/notices.ts';

const POLL_MS = 60_000;

export function NotificationBell() {
  const navigate = useNavigate();
  const [unread, setUnread] = useState(0);

  const load = useCallback(async () => {
    try {
      setUnread((await getNotices({ pageSize: 1 })).unread);
    } catch {
      // The count waits for the next check; the page itself reports errors.
    }
  }, []);

  useEffect(() => {
    void load();
    const timer = window.setInterval(() => void load(), POLL_MS);
    const changed = () => void load();
    window.addEventListener(NOTICES_CHANGED, changed);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener(NOTICES_CHANGED, changed);
    };
  }, [load]);

  return (
    <Button
      type="text"
      aria-label={unread > 0 ? `通知中心,${unread}条未读` : '通知中心'}
      data-testid="notice-bell"
      style={{ minWidth: 44, minHeight: 44 }}
      onClick={() => void navigate('/notices')}
      icon={
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      }
    />
  );
}
