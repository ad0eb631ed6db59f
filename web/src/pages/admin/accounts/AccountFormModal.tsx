// Creating an account, or changing its name, role and unit. Unit roles need a unit.
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { UNIT_ROLES, type AccountView } from '../../../api/accounts.ts';
import { ROLE_LABELS, type Role } from '../../../api/auth.ts';
import { describeError } from '../../../api/client.ts';
import type { Unit } from '../../../api/units.ts';

export interface AccountFields {
  login: string;
  displayName: string;
  role: Role;
  unitId: number | null;
}

export function AccountFormModal(props: {
  /** null: create; an account: edit it. */
  editing: AccountView | null;
  open: boolean;
  units: Unit[];
  onClose: () => void;
  onSubmit: (fields: AccountFields) => Promise<void>;
}) {
  const [form] = Form.useForm<AccountFields>();
  const role = Form.useWatch('role', form);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const needsUnit = role !== undefined && UNIT_ROLES.includes(role);
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await props.onSubmit({ ...values, unitId: needsUnit ? values.unitId : null });
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={props.open}
      title={props.editing ? `修改账号 ${props.editing.login}` : '新建账号'}
      okText={props.editing ? '保存' : '创建'}
      okButtonProps={{ loading: busy }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={props.onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={props.editing ?? { role: 'reporter', unitId: null }}
      >
        {!props.editing && (
          <Form.Item
            name="login"
            label="用户名"
            rules={[
              { required: true, message: '请输入用户名' },
              { min: 2, max: 63, message: '用户名为2至63个字符' },
              {
                pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
                message: '以字母或数字开头,只能使用字母、数字、点、下划线和连字符',
              },
            ]}
          >
            <Input autoComplete="off" placeholder="例如 fgw-reporter" />
          </Form.Item>
        )}
        <Form.Item
          name="displayName"
          label="姓名"
          rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="role" label="角色" rules={[{ required: true, message: '请选择角色' }]}>
          <Select options={Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        {needsUnit && (
          <Form.Item
            name="unitId"
            label="所属单位"
            rules={[{ required: true, message: '填报员和审核人须属于一个单位' }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="选择单位"
              options={props.units
                .filter((u) => u.kind !== 'group')
                .map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
