// Opens and closes a 待签发 row's content in place: a real button (Enter and Space work, the state
// is read out), named for its task, 44 px tall on a phone.
import { DownOutlined, RightOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { WorklistItem } from '../../../api/reports.types.ts';

export const previewId = (item: WorklistItem): string => `sign-off-preview-${item.task.id}`;

export function PreviewToggle(props: {
  item: WorklistItem;
  open: boolean;
  onToggle: () => void;
  block?: boolean;
}) {
  const { item, open } = props;
  return (
    <Button
      type={props.block ? 'default' : 'link'}
      block={props.block}
      className="preview-toggle"
      icon={open ? <DownOutlined /> : <RightOutlined />}
      aria-expanded={open}
      aria-controls={previewId(item)}
      aria-label={`${open ? '收起' : '展开'}第${item.task.seq}项填报内容`}
      onClick={props.onToggle}
    >
      {open ? '收起' : '展开'}
    </Button>
  );
}

/** Which rows are open: the set and a toggle. */
export function toggled(set: ReadonlySet<number>, id: number): Set<number> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}
