// Filters over the plan: unit, part or section, this quarter's state, and words in the task text.
import { Flex, Input, Select } from 'antd';
import type { StructureNode } from '../../../api/calendar.ts';
import type { DirectoryUnit } from '../../../api/plan-tasks.ts';
import type { ProgressCode } from '../../../api/reports.types.ts';
import { PROGRESS_LABELS } from '../../../components/FilingStateTag.tsx';
import type { PlanFilter } from './plan-rows.ts';

export function sectionOptions(structure: readonly StructureNode[]) {
  return structure
    .filter((node) => node.kind !== 'subsection')
    .sort((a, b) => a.id - b.id)
    .map((node) => ({
      value: node.path.join('.'),
      label:
        node.kind === 'part'
          ? `${node.number}、${node.title}`
          : `${node.path[0]}(${node.number})${node.title}`,
    }));
}

export function PlanFilters(props: {
  structure: readonly StructureNode[];
  units: readonly DirectoryUnit[];
  unitId: number | null;
  onUnit: (unitId: number | null) => void;
  filter: PlanFilter;
  onFilter: (filter: PlanFilter) => void;
  showState: boolean;
}) {
  const { filter, onFilter } = props;
  return (
    <Flex gap={8} wrap>
      <Select<number>
        aria-label="按单位筛选"
        placeholder="全部单位"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 200 }}
        value={props.unitId ?? undefined}
        onChange={(value) => props.onUnit(value ?? null)}
        options={props.units.map((unit) => ({ value: unit.id, label: unit.name }))}
      />
      <Select<string>
        aria-label="按部分或章节筛选"
        placeholder="全部章节"
        allowClear
        style={{ width: 260, maxWidth: '100%' }}
        value={filter.section ?? undefined}
        onChange={(section) => onFilter({ ...filter, section: section ?? null })}
        options={sectionOptions(props.structure)}
      />
      {props.showState && (
        <Select<ProgressCode>
          aria-label="按本季度状态筛选"
          placeholder="全部状态"
          allowClear
          style={{ width: 140 }}
          value={filter.state ?? undefined}
          onChange={(state) => onFilter({ ...filter, state: state ?? null })}
          options={(Object.keys(PROGRESS_LABELS) as ProgressCode[]).map((code) => ({
            value: code,
            label: PROGRESS_LABELS[code],
          }))}
        />
      )}
      <Input.Search
        aria-label="搜索任务"
        placeholder="搜索任务内容、序号或牵头单位"
        allowClear
        style={{ width: 280, maxWidth: '100%' }}
        value={filter.query}
        onChange={(event) => onFilter({ ...filter, query: event.target.value })}
      />
    </Flex>
  );
}
