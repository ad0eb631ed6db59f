// The unit's cards (亮牌) of the year on the workbench, with 报送整改情况 on those awaiting it.
import { Badge, Card } from 'antd';
import { useMemo } from 'react';
import type { Role } from '../../../api/auth.ts';
import type { WorklistItem } from '../../../api/reports.types.ts';
import { getCards } from '../../../api/supervision.ts';
import { useRequest } from '../../../api/use-request.ts';
import { LoadFailed } from '../../../components/LoadFailed.tsx';
import { CardsList } from '../../supervision/CardsList.tsx';

export default function UnitCards(props: { year: number; role: Role; items: readonly WorklistItem[] }) {
  const cards = useRequest(() => getCards({ year: props.year }), [props.year]);
  const tasks = useMemo(() => new Map(props.items.map((item) => [item.task.id, item.task])), [props.items]);
  if (cards.error) return <LoadFailed error={cards.error} onRetry={cards.reload} />;
  const list = cards.data ?? [];
  if (list.length === 0) return null;
  const waiting = list.filter((card) => card.state === 'issued').length;
  const canAnswer = props.role === 'reporter' || props.role === 'approver';
  return (
    <Card
      size="small"
      title={
        <Badge count={waiting} offset={[12, 0]}>
          亮牌整改
        </Badge>
      }
    >
      <CardsList
        cards={list}
        side={canAnswer ? 'unit' : 'read'}
        describe={(card) => {
          const task = tasks.get(card.taskId);
          return { task: task ? `第${task.seq}项 ${task.text}` : `任务 ${card.taskId}`, unit: '' };
        }}
        onChanged={cards.reload}
      />
    </Card>
  );
}
