// One square of the matrix: the filing's state as colour and mark, lead units outlined, late flagged.
import { Tooltip } from 'antd';
import { PROGRESS_CODES, type Matrix, type MatrixCell } from '../../../api/matrix.ts';
import { LIGHT_LABELS, type Light } from '../../../api/supervision.ts';
import { lightReasons } from '../../../components/LightTag.tsx';
import {
  PROGRESS_COLORS,
  PROGRESS_LABELS,
  PROGRESS_MARKS,
  markTextColor,
} from '../../../components/progress-states.ts';

export const CELL_WIDTH = 64;

export function cellTitle(cell: MatrixCell): string {
  const via = cell.viaGroup ? `(经${cell.viaGroup.name})` : '';
  return `${cell.name}${via} · ${cell.roleLabel}单位 · ${PROGRESS_LABELS[cell.state]}${cell.late ? ' · 迟报' : ''}`;
}

const LIGHT_DOTS: Record<Light['light'], string> = { green: '#389e0d', yellow: '#d4b106', red: '#cf1322' };

export function MatrixCellMark({
  cell,
  light,
  onOpen,
}: {
  cell: MatrixCell;
  light?: Light | undefined;
  onOpen: (cell: MatrixCell) => void;
}) {
  const title = light
    ? `${cellTitle(cell)} · ${LIGHT_LABELS[light.light]}:${lightReasons(light)}`
    : cellTitle(cell);
  return (
    <button
      type="button"
      className="duban-cell"
      title={title}
      aria-label={title}
      data-light={light?.light}
      data-state={cell.state}
      onClick={() => onOpen(cell)}
      style={{
        position: 'relative',
        width: 26,
        height: 22,
        padding: 0,
        border: cell.role === 'lead' ? '2px solid #1f1f1f' : '1px solid rgba(0,0,0,0.08)',
        borderRadius: 3,
        background: PROGRESS_COLORS[cell.state],
        color: markTextColor(cell.state),
        fontSize: 12,
        lineHeight: '18px',
        cursor: 'pointer',
      }}
    >
      {PROGRESS_MARKS[cell.state]}
      {light && light.light !== 'green' && (
        <span
          aria-hidden
          style={{
            position: 'absolute',
            bottom: -4,
            left: -4,
            width: 8,
            height: 8,
            borderRadius: 4,
            background: LIGHT_DOTS[light.light],
            border: '1px solid #fff',
          }}
        />
      )}
      {cell.late && (
        <span
          aria-hidden
          style={{
            position: 'absolute',
            top: -4,
            right: -4,
            width: 8,
            height: 8,
            borderRadius: 4,
            background: '#a8071a',
            border: '1px solid #fff',
          }}
        />
      )}
    </button>
  );
}

export function MatrixLegend() {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, fontSize: 12, alignItems: 'center' }}>
      {PROGRESS_CODES.map((code) => (
        <span key={code} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
          <span
            style={{
              display: 'inline-block',
              width: 14,
              height: 14,
              borderRadius: 2,
              background: PROGRESS_COLORS[code],
            }}
          />
          {PROGRESS_LABELS[code]}
        </span>
      ))}
      <span>粗框:牵头单位</span>
      <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
        <span
          style={{ width: 8, height: 8, borderRadius: 4, background: '#a8071a', display: 'inline-block' }}
        />
        迟报
      </span>
    </div>
  );
}

/**
 * A unit's short name for a column head: the city's "市" prefix and a zone's "管委会" go (the column
 * group says what kind of unit it is), and anything longer than eight characters is cut.
 */
export function shortUnitName(name: string): string {
  const short = name.replace(/^市(?=.{3,})/, '').replace(/(管委会|人民政府)$/, '') || name;
  return short.length > 8 ? `${short.slice(0, 7)}…` : short;
}

/**
 * A unit's column head: its short name written across, and how many of its filings are overdue.
 * The full name and the tallies open on hover, on keyboard focus and on a tap, and are its name.
 */
export function UnitColumnTitle({ unit }: { unit: Matrix['units'][number] }) {
  const { counts } = unit;
  const full = unit.fullName && unit.fullName !== unit.name ? `${unit.name}(${unit.fullName})` : unit.name;
  const detail = `${full}:应报${counts.owed},${PROGRESS_LABELS.accepted}${counts.accepted},${PROGRESS_LABELS.submitted}${counts.submitted},逾期未报${counts.overdue},迟报${counts.late}`;
  return (
    <Tooltip title={detail} trigger={['hover', 'focus', 'click']}>
      <button type="button" className="duban-unit-head" aria-label={detail}>
        <span className="duban-unit-name">{shortUnitName(unit.name)}</span>
        <span className={counts.overdue ? 'duban-unit-overdue' : 'duban-unit-count'}>{counts.overdue}</span>
      </button>
    </Tooltip>
  );
}
