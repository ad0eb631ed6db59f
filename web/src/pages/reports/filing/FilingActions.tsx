// The buttons at the foot of the form, kept in reach on a phone: save, submit to the unit's
// approver, and for the approver sign off to the office; the corrections inside the unit: the clerk
// withdraws a submitted filing, the approver sends it back or corrects it before signing off.
import { Button, Flex } from 'antd';
import type { ReactNode } from 'react';

export type FilingAct = 'save' | 'save-next' | 'submit' | 'sign-off' | 'withdraw' | 'send-back' | 'revise';

export function FilingActions(props: {
  acts: readonly FilingAct[];
  busy: FilingAct | null;
  onAct: (act: FilingAct) => void;
  status: ReactNode;
}) {
  const button = (act: FilingAct, label: string, primary: boolean, danger = false) =>
    props.acts.includes(act) && (
      <Button
        type={primary ? 'primary' : 'default'}
        danger={danger}
        loading={props.busy === act}
        disabled={props.busy !== null && props.busy !== act}
        onClick={() => props.onAct(act)}
      >
        {label}
      </Button>
    );
  return (
    <div
      style={{
        position: 'sticky',
        bottom: 0,
        zIndex: 10,
        background: '#fff',
        borderTop: '1px solid #f0f0f0',
        padding: '10px 12px',
        borderRadius: 8,
        boxShadow: '0 -2px 8px rgba(0,0,0,0.06)',
      }}
    >
      <Flex justify="space-between" align="center" gap={8} wrap>
        <div style={{ minWidth: 0, flex: '1 1 160px' }}>{props.status}</div>
        <Flex gap={8} wrap>
          {button('withdraw', '撤回修改', false)}
          {button('send-back', '退回填报员', false, true)}
          {button('revise', '修改后签发', false)}
          {button('save', '保存草稿', false)}
          {button('save-next', '保存并填下一项', false)}
          {button('submit', '提交审核', true)}
          {button('sign-off', '签发报送', true)}
        </Flex>
      </Flex>
    </div>
  );
}
