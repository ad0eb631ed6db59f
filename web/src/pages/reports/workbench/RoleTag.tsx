// 牵头 or 责任, and the group through which the unit owes the filing.
import { Tag, Typography } from 'antd';
import type { WorklistItem } from '../../../api/reports.types.ts';

export function RoleTag({ item }: { item: Pick<WorklistItem, 'role' | 'roleLabel' | 'viaGroup'> }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Tag color={item.role === 'lead' ? 'geekblue' : undefined}>{item.roleLabel}</Tag>
      {item.viaGroup && <Typography.Text type="secondary">经{item.viaGroup.name}</Typography.Text>}
    </span>
  );
}
