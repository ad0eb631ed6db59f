import { Card, Typography } from 'antd';
import { ROLE_LABELS } from '../../api/auth.ts';
import { useSession } from '../../app/session-context.tsx';

export default function HomePage() {
  const { session } = useSession();
  return (
    <Card>
      <Typography.Title level={4}>欢迎,{session?.account.displayName}</Typography.Title>
      <Typography.Paragraph>当前身份:{session ? ROLE_LABELS[session.account.role] : ''}</Typography.Paragraph>
    </Card>
  );
}
