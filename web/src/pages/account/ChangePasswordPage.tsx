// Change the password; required before anything else after an initial or reset password.
import { Alert, Button, Card, Form, Input, Typography, message } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { changePassword } from '../../api/auth.ts';
import { describeError } from '../../api/client.ts';
import { useSession } from '../../app/session-context.tsx';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export default function ChangePasswordPage() {
  const { session, refresh } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const submit = async (values: Values) => {
    setError(null);
    try {
      await changePassword(values.currentPassword, values.newPassword);
      await refresh();
      void message.success('密码已修改');
      void navigate('/');
    } catch (e) {
      setError(describeError(e));
    }
  };
  return (
    <Card style={{ maxWidth: 460, margin: '0 auto' }}>
      <Typography.Title level={4}>修改密码</Typography.Title>
      {session?.account.mustChangePassword && (
        <Alert
          type="warning"
          showIcon
          message="首次登录或密码被重置后,需先修改密码才能继续使用"
          style={{ marginBottom: 16 }}
        />
      )}
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form layout="vertical" onFinish={(v: Values) => void submit(v)}>
        <Form.Item
          label="当前密码"
          name="currentPassword"
          rules={[{ required: true, message: '请输入当前密码' }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label="新密码(至少10位)"
          name="newPassword"
          rules={[{ required: true, min: 10, message: '新密码至少10位' }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="再次输入新密码"
          name="confirm"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error('两次输入的密码不一致')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          确认修改
        </Button>
      </Form>
    </Card>
  );
}
