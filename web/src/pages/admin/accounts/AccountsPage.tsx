// Accounts (admin): who may sign in, in which role and unit; create, change, reset, disable.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Select, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import {
  createAccount,
  findAccounts,
  resetPassword,
  updateAccount,
  type AccountView,
  type AccountWithPassword,
} from '../../../api/accounts.ts';
import { ROLE_LABELS, type Role } from '../../../api/auth.ts';
import { describeError } from '../../../api/client.ts';
import { findUnits } from '../../../api/units.ts';
import { useSession } from '../../../app/session-context.tsx';
import { AsyncContent } from '../../../components/AsyncContent.tsx';
import { useRequest } from '../../../api/use-request.ts';
import { AccountFormModal, type AccountFields } from './AccountFormModal.tsx';
import { LoginThrottlesCard } from './LoginThrottlesCard.tsx';
import { PasswordOnceModal } from './PasswordOnceModal.tsx';
import { wideOnPhone } from '../../../components/wide-table.ts';

function StatusTags({ account }: { account: AccountView }) {
  const locked = account.lockedUntil !== null && dayjs(account.lockedUntil).isAfter(dayjs());
  return (
    <Space size={4}>
      {account.disabled ? <Tag color="default">已停用</Tag> : <Tag color="green">正常</Tag>}
      {locked && <Tag color="orange">登录限速中</Tag>}
      {account.mustChangePassword && !account.disabled && <Tag color="orange">待改初始密码</Tag>}
    </Space>
  );
}

export default function AccountsPage() {
  const { message } = App.useApp();
  const { session } = useSession();
  const [role, setRole] = useState<Role | undefined>(undefined);
  const accounts = useRequest(() => findAccounts({ ...(role ? { role } : {}) }), [role]);
  const units = useRequest(() => findUnits(), []);
  const unitNames = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u.name])), [units.data]);
  const [form, setForm] = useState<{ editing: AccountView | null } | null>(null);
  const [password, setPassword] = useState<AccountWithPassword | null>(null);
  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      void message.success(done);
      accounts.reload();
    } catch (e) {
      void message.error(describeError(e));
    }
  };
  const submit = async (fields: AccountFields) => {
    const editing = form?.editing;
    if (editing) {
      const { displayName, role: newRole, unitId } = fields;
      await updateAccount(editing.id, { displayName, role: newRole, unitId });
      void message.success('已保存');
    } else {
      setPassword(await createAccount(fields));
    }
    setForm(null);
    accounts.reload();
  };
  const reset = async (account: AccountView) => {
    try {
      setPassword(await resetPassword(account.id));
      accounts.reload();
    } catch (e) {
      void message.error(describeError(e));
    }
  };
  return (
    <>
      <Card
        title="账号管理"
        extra={
          <Space>
            <Select
              aria-label="按角色筛选"
              allowClear
              placeholder="全部角色"
              style={{ width: 140 }}
              value={role}
              onChange={setRole}
              options={Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }))}
            />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ editing: null })}>
              新建账号
            </Button>
          </Space>
        }
      >
        <AsyncContent loaded={accounts}>
          {(list) => (
            <Table<AccountView>
              rowKey="id"
              {...wideOnPhone(900)}
              dataSource={list}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              columns={[
                { title: '用户名', dataIndex: 'login' },
                { title: '姓名', dataIndex: 'displayName' },
                { title: '角色', render: (_, a) => ROLE_LABELS[a.role] },
                {
                  title: '单位',
                  render: (_, a) => (a.unitId === null ? '—' : (unitNames.get(a.unitId) ?? `#${a.unitId}`)),
                },
                { title: '状态', render: (_, a) => <StatusTags account={a} /> },
                {
                  title: '最近登录',
                  render: (_, a) =>
                    a.lastLoginAt ? dayjs(a.lastLoginAt).format('YYYY-MM-DD HH:mm') : '从未登录',
                },
                {
                  title: '操作',
                  render: (_, a) => (
                    <Space size={4} wrap>
                      <Button size="small" onClick={() => setForm({ editing: a })}>
                        修改
                      </Button>
                      <Popconfirm
                        title={`为 ${a.login} 生成新的初始密码?`}
                        onConfirm={() => void reset(a)}
                        okText="重置"
                      >
                        <Button size="small">重置密码</Button>
                      </Popconfirm>
                      {a.id !== session?.account.id && (
                        <Popconfirm
                          title={a.disabled ? `启用 ${a.login}?` : `停用 ${a.login}?停用后该账号不能登录。`}
                          okText={a.disabled ? '启用' : '停用'}
                          onConfirm={() =>
                            void act(
                              () => updateAccount(a.id, { disabled: !a.disabled }),
                              a.disabled ? '已启用' : '已停用',
                            )
                          }
                        >
                          <Button size="small" danger={!a.disabled}>
                            {a.disabled ? '启用' : '停用'}
                          </Button>
                        </Popconfirm>
                      )}
                    </Space>
                  ),
                },
              ]}
            />
          )}
        </AsyncContent>
        <AccountFormModal
          open={form !== null}
          editing={form?.editing ?? null}
          units={units.data ?? []}
          onClose={() => setForm(null)}
          onSubmit={submit}
        />
        <PasswordOnceModal shown={password} onClose={() => setPassword(null)} />
      </Card>
      <LoginThrottlesCard />
    </>
  );
}
