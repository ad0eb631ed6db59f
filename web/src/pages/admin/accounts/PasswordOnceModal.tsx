// An initial password is shown exactly once: the admin passes it on, the account replaces it.
import { Alert, Modal, Typography } from 'antd';
import type { AccountWithPassword } from '../../../api/accounts.ts';

export function PasswordOnceModal(props: { shown: AccountWithPassword | null; onClose: () => void }) {
  const { shown } = props;
  return (
    <Modal
      open={shown !== null}
      title="初始密码"
      onOk={props.onClose}
      onCancel={props.onClose}
      okText="我已记下"
      cancelButtonProps={{ style: { display: 'none' } }}
      mask={{ closable: false }}
    >
      {shown && (
        <>
          <p>
            账号 <b>{shown.account.login}</b>({shown.account.displayName})的初始密码:
          </p>
          <Typography.Paragraph copyable={{ text: shown.initialPassword }} style={{ fontSize: 20 }}>
            <code data-initial-password>{shown.initialPassword}</code>
          </Typography.Paragraph>
          <Alert
            type="warning"
            showIcon
            title="此密码只显示这一次"
            description="请当面或通过安全渠道转交。对方首次登录时必须修改密码。"
          />
        </>
      )}
    </Modal>
  );
}
