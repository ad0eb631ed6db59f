// The tick box of one row in a batch list: a 44 px target for a thumb, named for screen readers.
import { Checkbox } from 'antd';
import './batch.css';

export function RowTick(props: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <Checkbox
      className="batch-tick"
      aria-label={props.label}
      checked={props.checked}
      onChange={(event) => props.onChange(event.target.checked)}
    />
  );
}
