// Above a batch list: tick every row the act applies to, and the one button that opens the confirm
// step for the ticked rows.
import { Button, Checkbox, Flex } from 'antd';
import type { BatchAct } from '../../api/report-batches.ts';
import { BATCH_ACT_LABELS } from './batch-model.ts';
import './batch.css';

export function BatchBar(props: {
  act: BatchAct;
  /** How many shown rows the act applies to, and how many of them are ticked. */
  eligible: number;
  ticked: number;
  onTickAll: (all: boolean) => void;
  onOpen: () => void;
  /** The act's own wording when it differs from the plain label (e.g. 退回所选). */
  danger?: boolean;
}) {
  const label = BATCH_ACT_LABELS[props.act];
  if (props.eligible === 0) return null;
  return (
    <Flex wrap gap={8} align="center" justify="space-between">
      <Checkbox
        className="batch-tick-all"
        checked={props.ticked > 0 && props.ticked === props.eligible}
        indeterminate={props.ticked > 0 && props.ticked < props.eligible}
        onChange={(event) => props.onTickAll(event.target.checked)}
      >
        全选可{label}的 {props.eligible} 项
      </Checkbox>
      <Button type="primary" danger={props.danger} disabled={props.ticked === 0} onClick={props.onOpen}>
        批量{label}
        {props.ticked > 0 ? ` ${props.ticked} 项` : ''}
      </Button>
    </Flex>
  );
}
