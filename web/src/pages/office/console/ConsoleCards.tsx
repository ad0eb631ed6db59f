// The console's cards (亮牌) for the quarter: pick a task and a unit to issue one, and follow the
// cards already issued through rectification to closing.
import { Button, Flex, Select } from 'antd';
import { useMemo, useState } from 'react';
import type { Matrix } from '../../../api/matrix.ts';
import { getCards } from '../../../api/supervision.ts';
import { useRequest } from '../../../api/use-request.ts';
import { AsyncContent } from '../../../components/AsyncContent.tsx';
import { CardsList } from '../../supervision/CardsList.tsx';
import type { CardTarget } from '../../supervision/IssueCardModal.tsx';

export function ConsoleCards(props: {
  matrix: Matrix;
  /** Changes when a card was issued elsewhere on the page. */
  version: number;
  canIssue: boolean;
  onIssue: (target: CardTarget) => void;
}) {
  const { matrix } = props;
  const period = matrix.period.key;
  const cards = useRequest(() => getCards({ period }), [period, props.version]);
  const [taskId, setTaskId] = useState<number | null>(null);
  const [unitId, setUnitId] = useState<number | null>(null);
  const row = matrix.rows.find((r) => r.task.id === taskId);
  const tasks = useMemo(() => new Map(matrix.rows.map((r) => [r.task.id, r.task])), [matrix.rows]);
  const units = useMemo(() => new Map(matrix.units.map((u) => [u.unitId, u.name])), [matrix.units]);
  return (
    <Flex vertical gap={12}>
      {props.canIssue && (
        <Flex wrap gap={8} align="center">
          <Select
            aria-label="亮牌任务"
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="选择任务"
            style={{ width: 360 }}
            value={taskId ?? undefined}
            onChange={(value: number) => {
              setTaskId(value);
              setUnitId(null);
            }}
            options={matrix.rows.map((r) => ({ value: r.task.id, label: `${r.task.seq} ${r.task.text}` }))}
          />
          <Select
            aria-label="亮牌单位"
            placeholder="选择单位"
            style={{ width: 220 }}
            disabled={!row}
            value={unitId ?? undefined}
            onChange={(value: number) => setUnitId(value)}
            options={(row?.cells ?? []).map((c) => ({ value: c.unitId, label: `${c.name}(${c.roleLabel})` }))}
          />
          <Button
            danger
            disabled={!row || unitId === null}
            onClick={() => {
              if (!row || unitId === null) return;
              props.onIssue({
                taskId: row.task.id,
                unitId,
                period,
                title: `第${row.task.seq}项 · ${units.get(unitId) ?? ''}`,
              });
            }}
          >
            亮牌
          </Button>
        </Flex>
      )}
      <AsyncContent loaded={cards} isEmpty={(list) => list.length === 0} emptyText="本季度暂无亮牌">
        {(list) => (
          <CardsList
            cards={list}
            side={props.canIssue ? 'office' : 'read'}
            describe={(card) => {
              const task = tasks.get(card.taskId);
              return {
                task: task ? `第${task.seq}项 ${task.text}` : `任务 ${card.taskId}`,
                unit: units.get(card.unitId) ?? `单位 ${card.unitId}`,
              };
            }}
            onChanged={cards.reload}
          />
        )}
      </AsyncContent>
    </Flex>
  );
}
