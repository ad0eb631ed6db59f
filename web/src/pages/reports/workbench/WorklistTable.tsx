// The worklist on a wide screen: one row per task, one click to the form. A plain table rather than
// antd's Table: a unit owes at most a few dozen tasks, and the workbench must load fast.
import { Fragment, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Role } from '../../../api/auth.ts';
import type { WorklistItem } from '../../../api/reports.types.ts';
import { DueText } from '../../../components/DueText.tsx';
import { FilingStateTag } from '../../../components/FilingStateTag.tsx';
import { LightTag } from '../../../components/LightTag.tsx';
import { lightKey, type Light } from '../../../api/supervision.ts';
import { RowTick } from '../../../components/batch/RowTick.tsx';
import { PreviewToggle, previewId, toggled } from './PreviewToggle.tsx';
import { RoleTag } from './RoleTag.tsx';
import { SignOffPreview } from './SignOffPreview.tsx';
import { actionLabel, filingPath, shownState, tickLabel, type WorklistTick } from './workbench-model.ts';
import './worklist-table.css';

interface Props {
  items: WorklistItem[];
  periodKey: string;
  role: Role;
  unitId?: number;
  lights?: Map<string, Light>;
  /** Tick boxes for a batch, when the list offers one. */
  tick?: WorklistTick;
  /** The approver's 待签发 list: each row opens in place to its content and the co-units' inputs. */
  preview?: boolean;
}

const COLUMNS = ['序号', '目标与任务', '本单位角色', '状态', '灯色', '截止', '操作'];

/** Loaded only on wide screens: phones never fetch the table code. */
export default function WorklistTable(props: Props) {
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const columns = COLUMNS.length + (props.tick ? 1 : 0) + (props.preview ? 1 : 0);
  return (
    <table className="worklist-table">
      <thead>
        <tr>
          {props.tick && (
            <th scope="col" className="worklist-tick">
              选择
            </th>
          )}
          {props.preview && (
            <th scope="col" className="worklist-expand">
              内容
            </th>
          )}
          {COLUMNS.map((title) => (
            <th key={title} scope="col">
              {title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.items.map((item) => {
          const shown = props.preview === true && open.has(item.task.id);
          return (
            <Fragment key={item.task.id}>
              <WorklistRow
                item={item}
                {...props}
                open={shown}
                onToggle={() => setOpen((now) => toggled(now, item.task.id))}
              />
              {shown && (
                <tr id={previewId(item)} className="worklist-preview">
                  <td colSpan={columns}>
                    <SignOffPreview item={item} periodKey={props.periodKey} />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}

function WorklistRow(props: Props & { item: WorklistItem; open: boolean; onToggle: () => void }) {
  const { item, periodKey, role, unitId, lights, tick } = props;
  const label = actionLabel(item, role);
  const { reportId } = item;
  return (
    <tr>
      {tick && (
        <td className="worklist-tick">
          {reportId !== null && tick.eligible(item) && (
            <RowTick
              label={tickLabel(item)}
              checked={tick.ticks.has(reportId)}
              onChange={(on) => tick.ticks.set(reportId, on)}
            />
          )}
        </td>
      )}
      {props.preview && (
        <td className="worklist-expand">
          {reportId !== null && <PreviewToggle item={item} open={props.open} onToggle={props.onToggle} />}
        </td>
      )}
      <td className="worklist-seq">{item.task.seq}</td>
      <td>
        <Link
          to={`/tasks/${item.task.id}?period=${periodKey}`}
          className="worklist-text"
          title={item.task.text}
        >
          {item.task.text}
        </Link>
      </td>
      <td>
        <RoleTag item={item} />
      </td>
      <td>
        <FilingStateTag {...shownState(item)} late={item.late} />
      </td>
      <td>
        {unitId === undefined ? null : <LightTag light={lights?.get(lightKey(item.task.id, unitId))} />}
      </td>
      <td>
        <DueText state={item.state} daysToDue={item.daysToDue} dueOn={item.dueOn} />
      </td>
      <td>
        <Link
          to={filingPath(item, periodKey)}
          className={label === '查看' ? 'worklist-action' : 'worklist-action primary'}
        >
          {label}
        </Link>
      </td>
    </tr>
  );
}
