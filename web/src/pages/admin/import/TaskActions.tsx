// What the admin does with one task of the preview, stored with the preview as it is done: pick its
// units, merge it into the task before it, split it at a chosen place, or mark it as not a task.
import { Button, Space } from 'antd';
import { useState } from 'react';
import type { ImportDecision, PreviewTask } from '../../../api/plan-import.ts';
import { SplitModal } from './SplitModal.tsx';
import { UnitsModal } from './UnitsModal.tsx';

export function TaskActions(props: {
  task: PreviewTask;
  first: boolean;
  unitOptions: string[];
  busy: boolean;
  onDecide: (decision: ImportDecision) => Promise<boolean>;
}) {
  const { task, onDecide } = props;
  const [open, setOpen] = useState<'units' | 'split' | null>(null);
  const label = `第${task.seq}项`;
  if (task.excluded) {
    return (
      <Button
        size="small"
        aria-label={`将${label}恢复为任务`}
        disabled={props.busy}
        onClick={() => void onDecide({ kind: 'restore', key: task.key })}
      >
        恢复为任务
      </Button>
    );
  }
  return (
    <Space wrap size={4} data-task-actions={task.key}>
      <Button size="small" aria-label={`编辑${label}的单位`} onClick={() => setOpen('units')}>
        编辑单位
      </Button>
      <Button
        size="small"
        aria-label={`将${label}并入上一项`}
        disabled={props.first || props.busy}
        onClick={() => void onDecide({ kind: 'merge', key: task.key })}
      >
        并入上一项
      </Button>
      <Button size="small" aria-label={`拆分${label}`} onClick={() => setOpen('split')}>
        拆分
      </Button>
      <Button
        size="small"
        aria-label={`${label}不是任务`}
        disabled={props.busy}
        onClick={() => void onDecide({ kind: 'not_task', key: task.key })}
      >
        不是任务
      </Button>
      {open === 'units' && (
        <UnitsModal
          task={task}
          options={props.unitOptions}
          onCancel={() => setOpen(null)}
          onSave={async (leadUnits, responsibleUnits) => {
            if (await onDecide({ kind: 'units', key: task.key, leadUnits, responsibleUnits })) setOpen(null);
          }}
        />
      )}
      {open === 'split' && (
        <SplitModal
          task={task}
          onCancel={() => setOpen(null)}
          onSplit={async (at, seq) => {
            if (await onDecide({ kind: 'split', key: task.key, at, seq })) setOpen(null);
          }}
        />
      )}
    </Space>
  );
}
