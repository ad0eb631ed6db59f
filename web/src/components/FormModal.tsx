// A modal around a form: validates, sends, shows the API's refusal in place, and closes on success.
import { Alert, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { describeError } from '../api/client.ts';

export function FormModal<Values extends object>(props: {
  open: boolean;
  title: ReactNode;
  okText?: string;
  danger?: boolean;
  initialValues?: Partial<Values>;
  onClose: () => void;
  onSubmit: (values: Values) => Promise<void>;
  children: ReactNode | ((form: FormInstance<Values>) => ReactNode);
}) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await props.onSubmit(values);
      props.onClose();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText ?? '保存'}
      okButtonProps={{ loading: busy, danger: props.danger ?? false }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={() => {
        setError(null);
        props.onClose();
      }}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" preserve={false} initialValues={props.initialValues}>
        {typeof props.children === 'function' ? props.children(form) : props.children}
      </Form>
    </Modal>
  );
}
