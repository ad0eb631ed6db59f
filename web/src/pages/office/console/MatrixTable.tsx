// Tasks × units for the period. 220 tasks × 80 units is too wide and long to draw at once: rows are
// virtualised, the head and the task column stay in place while it scrolls, units are grouped by
// kind, and the section and unit filters narrow the columns to the units that matter.
import { Checkbox, Empty, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import {
  PROGRESS_CODES,
  type Matrix,
  type MatrixCell,
  type MatrixRow,
  type ProgressCode,
} from '../../../api/matrix.ts';
import { PROGRESS_LABELS, sectionLabel } from '../../../components/progress-states.ts';
import { sectionKey } from '../../../components/matrix-filters.ts';
import { usePhone } from '../../../components/use-phone.ts';
import { lightKey, type Light } from '../../../api/supervision.ts';
import { UNIT_KINDS, unitKindLabel } from '../../../api/units.ts';
import { CELL_WIDTH, MatrixCellMark, MatrixLegend, UnitColumnTitle } from './matrix-cell.tsx';

interface Filters {
  section: string | null;
  unitIds: number[];
  states: ProgressCode[];
  lateOnly: boolean;
}

interface GridRow {
  row: MatrixRow;
  byUnit: Map<number, MatrixCell>;
}

/** The task column: wide on a desk, narrow on a phone so units still show beside it. */
const TASK_COLUMN_WIDTH = { desk: 300, phone: 140 };

function visibleRows(matrix: Matrix, filters: Filters): GridRow[] {
  const unitSet = new Set(filters.unitIds);
  return matrix.rows
    .filter((row) => filters.section === null || sectionKey(row.section.path) === filters.section)
    .map((row) => ({ row, byUnit: new Map(row.cells.map((cell) => [cell.unitId, cell])) }))
    .filter(({ row }) =>
      row.cells.some(
        (cell) =>
          (unitSet.size === 0 || unitSet.has(cell.unitId)) &&
          (filters.states.length === 0 || filters.states.includes(cell.state)) &&
          (!filters.lateOnly || cell.late || cell.overdue),
      ),
    );
}

type MatrixUnit = Matrix['units'][number];

function unitGroups(units: readonly MatrixUnit[]): { kind: string; members: MatrixUnit[] }[] {
  const order = (kind: string) => {
    const at = (UNIT_KINDS as readonly string[]).indexOf(kind);
    return at < 0 ? UNIT_KINDS.length : at;
  };
  const kinds = [...new Set(units.map((unit) => unit.kind))].sort((a, b) => order(a) - order(b));
  return kinds.map((kind) => ({ kind, members: units.filter((unit) => unit.kind === kind) }));
}

function visibleUnits(matrix: Matrix, rows: GridRow[], filters: Filters) {
  if (filters.unitIds.length > 0) return matrix.units.filter((u) => filters.unitIds.includes(u.unitId));
  const present = new Set(rows.flatMap(({ row }) => row.cells.map((cell) => cell.unitId)));
  return matrix.units.filter((u) => present.has(u.unitId));
}

export function MatrixTable(props: {
  matrix: Matrix;
  onOpenCell: (cell: MatrixCell, row: MatrixRow) => void;
  lights?: Map<string, Light>;
}) {
  const { matrix, onOpenCell, lights } = props;
  const taskWidth = TASK_COLUMN_WIDTH[usePhone() ? 'phone' : 'desk'];
  const [filters, setFilters] = useState<Filters>({
    section: null,
    unitIds: [],
    states: [],
    lateOnly: false,
  });
  const change = (patch: Partial<Filters>) => setFilters((previous) => ({ ...previous, ...patch }));
  const rows = useMemo(() => visibleRows(matrix, filters), [matrix, filters]);
  const units = useMemo(() => visibleUnits(matrix, rows, filters), [matrix, rows, filters]);
  const columns = useMemo<ColumnsType<GridRow>>(
    () => [
      {
        title: '任务',
        key: 'task',
        fixed: 'left',
        width: taskWidth,
        render: (_, { row }) => (
          <Typography.Text ellipsis style={{ width: taskWidth - 24 }} title={row.task.text}>
            <b>{row.task.seq}</b> {row.task.text}
          </Typography.Text>
        ),
      },
      // Units grouped by kind (市直部门, 县市区政府…) under one head each, in the directory's order.
      ...unitGroups(units).map(({ kind, members }) => ({
        key: `kind:${kind}`,
        // Left and sticky: a group of seventy units is wider than the screen, its centre off it.
        align: 'left' as const,
        title: (
          <span style={{ position: 'sticky', left: taskWidth + 8, display: 'inline-block' }}>
            {unitKindLabel(kind)}({members.length})
          </span>
        ),
        children: members.map((unit) => ({
          key: String(unit.unitId),
          width: CELL_WIDTH,
          align: 'center' as const,
          title: <UnitColumnTitle unit={unit} />,
          render: (_: unknown, { row, byUnit }: GridRow) => {
            const cell = byUnit.get(unit.unitId);
            return cell ? (
              <MatrixCellMark
                cell={cell}
                light={lights?.get(lightKey(row.task.id, cell.unitId))}
                onOpen={(c) => onOpenCell(c, row)}
              />
            ) : null;
          },
        })),
      })),
    ],
    [units, onOpenCell, lights, taskWidth],
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          aria-label="按板块筛选"
          allowClear
          placeholder="全部板块"
          style={{ width: 320, maxWidth: '100%' }}
          value={filters.section ?? undefined}
          onChange={(value: string | undefined) => change({ section: value ?? null })}
          options={matrix.sections.map(({ section, counts }) => ({
            value: sectionKey(section.path),
            label: `${sectionLabel(section.path)} ${section.title ?? ''}(应报${counts.owed},逾期${counts.overdue})`,
          }))}
        />
        <Select
          aria-label="按单位筛选"
          mode="multiple"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="全部单位"
          maxTagCount="responsive"
          style={{ minWidth: 280, maxWidth: '100%' }}
          value={filters.unitIds}
          onChange={(unitIds: number[]) => change({ unitIds })}
          options={matrix.units.map((u) => ({ value: u.unitId, label: u.name }))}
        />
        <Select
          aria-label="按状态筛选"
          mode="multiple"
          allowClear
          placeholder="全部状态"
          style={{ minWidth: 200 }}
          value={filters.states}
          onChange={(states: ProgressCode[]) => change({ states })}
          options={PROGRESS_CODES.map((code) => ({ value: code, label: PROGRESS_LABELS[code] }))}
        />
        <Checkbox checked={filters.lateOnly} onChange={(e) => change({ lateOnly: e.target.checked })}>
          只看逾期和迟报
        </Checkbox>
      </Space>
      <MatrixLegend />
      <Typography.Text type="secondary">
        显示 {rows.length} 项任务 × {units.length} 个单位
      </Typography.Text>
      {rows.length === 0 ? (
        <Empty description="没有符合条件的任务" />
      ) : (
        <Table<GridRow>
          virtual
          bordered
          size="small"
          rowKey={({ row }) => row.task.id}
          columns={columns}
          dataSource={rows}
          pagination={false}
          scroll={{ x: taskWidth + units.length * CELL_WIDTH, y: 560 }}
        />
      )}
    </Space>
  );
}
