// Sign-in delays (admin): accounts and addresses whose wrong passwords are being counted, the ones
// held back now first, each with a button that lifts the delay at once (for an owner who called in).
import { App, Button, Card, Empty, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { describeError } from '../../../api/client.ts';
import {
  findThrottles,
  liftThrottle,
  type ThrottledAddress,
  type ThrottledLogin,
} from '../../../api/login-throttles.ts';
import { useRequest } from '../../../api/use-request.ts';
import { AsyncContent } from '../../../components/AsyncContent.tsx';

const time = (iso: string) => dayjs(iso).format('MM-DD HH:mm:ss');

function HeldTag({ until }: { until: string | null }) {
  if (until === null) return <Tag>累计中,未限制</Tag>;
  return <Tag color="orange">限制登录至 {dayjs(until).format('HH:mm:ss')}</Tag>;
}

export function LoginThrottlesCard() {
  const { message } = App.useApp();
  const throttles = useRequest(() => findThrottles(), []);
  const lift = async (target: { login: string } | { address: string }, name: string) => {
    try {
      const { cleared } = await liftThrottle(target);
      void message.success(cleared > 0 ? `已解除 ${name} 的登录限制` : `${name} 已无登录限制`);
      throttles.reload();
    } catch (e) {
      void message.error(describeError(e));
    }
  };
  const liftButton = (target: { login: string } | { address: string }, name: string) => (
    <Popconfirm
      title={`解除 ${name} 的登录限制?此前输错的次数将不再计算。`}
      okText="解除"
      onConfirm={() => void lift(target, name)}
    >
      <Button size="small">解除限制</Button>
    </Popconfirm>
  );
  return (
    <Card title="登录限制" extra={<Button onClick={throttles.reload}>刷新</Button>} style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">
        同一账号连续输错密码5次后,每次再试需等待10秒起、逐次加倍,最长5分钟;在常用电脑上登录不受他处输错影响。
        本人来电确认后,可在此立即解除。
      </Typography.Paragraph>
      <AsyncContent loaded={throttles}>
        {(data) =>
          data.logins.length === 0 && data.addresses.length === 0 ? (
            <Empty description="近24小时没有输错密码的记录" />
          ) : (
            <Space direction="vertical" style={{ width: '100%' }} size="middle">
              <Table<ThrottledLogin>
                rowKey="login"
                size="small"
                scroll={{ x: 'max-content' }}
                dataSource={data.logins}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                locale={{ emptyText: '没有账号在累计输错次数' }}
                columns={[
                  {
                    title: '用户名',
                    render: (_, row) => (
                      <Space size={4} wrap>
                        {row.login}
                        {row.account ? <span>({row.account.displayName})</span> : <Tag>无此账号</Tag>}
                      </Space>
                    ),
                  },
                  { title: '输错次数', dataIndex: 'failures' },
                  { title: '来源地址数', dataIndex: 'addresses' },
                  { title: '最近一次', render: (_, row) => time(row.lastFailureAt) },
                  { title: '状态', render: (_, row) => <HeldTag until={row.delayedUntil} /> },
                  { title: '操作', render: (_, row) => liftButton({ login: row.login }, row.login) },
                ]}
              />
              {data.addresses.length > 0 && (
                <Table<ThrottledAddress>
                  rowKey="address"
                  size="small"
                  scroll={{ x: 'max-content' }}
                  dataSource={data.addresses}
                  pagination={{ pageSize: 10, hideOnSinglePage: true }}
                  columns={[
                    { title: '来源地址', dataIndex: 'address' },
                    { title: '尝试的账号数', dataIndex: 'logins' },
                    { title: '输错次数', dataIndex: 'failures' },
                    { title: '最近一次', render: (_, row) => time(row.lastFailureAt) },
                    { title: '状态', render: (_, row) => <HeldTag until={row.delayedUntil} /> },
                    {
                      title: '操作',
                      render: (_, row) => liftButton({ address: row.address }, row.address),
                    },
                  ]}
                />
              )}
            </Space>
          )
        }
      </AsyncContent>
    </Card>
  );
}
