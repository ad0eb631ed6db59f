// The admin's changes to the directory, each a small form; dated changes take effect from a day
// (today by default) and keep the history.
import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  UNIT_KINDS,
  UNIT_KIND_LABELS,
  addAlias,
  createUnit,
  mergeUnit,
  renameUnit,
  setGroupMembers,
  type Unit,
  type UnitKind,
} from '../../../api/units.ts';
import { FormModal } from '../../../components/FormModal.tsx';

export type UnitAction = 'create' | 'rename' | 'alias' | 'members' | 'merge';

const effectiveOn = (day: Dayjs | undefined) => (day ? { effectiveOn: day.format('YYYY-MM-DD') } : {});

const EffectiveOn = () => (
  <Form.Item name="effectiveOn" label="生效日期" extra="不填为今天">
    <DatePicker style={{ width: '100%' }} />
  </Form.Item>
);

const unitOptions = (units: Unit[], except?: number) =>
  units.filter((u) => u.id !== except && u.successor === null).map((u) => ({ value: u.id, label: u.name }));

export function UnitModals(props: {
  action: UnitAction | null;
  unit: Unit | null;
  units: Unit[];
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { action, unit, units, onClose, onDone } = props;
  return (
    <>
      <FormModal<{ name: string; kind: UnitKind; fullName?: string; code?: string; aliases?: string[] }>
        open={action === 'create'}
        title="新建单位"
        okText="创建"
        initialValues={{ kind: 'department' }}
        onClose={onClose}
        onSubmit={async ({ name, kind, fullName, code, aliases }) => {
          await createUnit({
            name,
            kind,
            fullName: fullName || null,
            code: code || null,
            aliases: aliases ?? [],
          });
          onDone(`已创建 ${name}`);
        }}
      >
        <Form.Item
          name="name"
          label="简称"
          rules={[{ required: true, whitespace: true, message: '请输入单位简称' }]}
        >
          <Input placeholder="例如 市发改委" />
        </Form.Item>
        <Form.Item name="kind" label="类别" rules={[{ required: true }]}>
          <Select options={UNIT_KINDS.map((kind) => ({ value: kind, label: UNIT_KIND_LABELS[kind] }))} />
        </Form.Item>
        <Form.Item name="fullName" label="全称">
          <Input />
        </Form.Item>
        <Form.Item name="code" label="代码" extra="用于生成账号,如 fgw">
          <Input />
        </Form.Item>
        <Form.Item name="aliases" label="别名">
          <Select mode="tags" placeholder="输入后回车" open={false} />
        </Form.Item>
      </FormModal>
      <FormModal<{ name: string; effectiveOn?: Dayjs; note?: string }>
        open={action === 'rename' && unit !== null}
        title={`更名:${unit?.name ?? ''}`}
        onClose={onClose}
        onSubmit={async ({ name, effectiveOn: day, note }) => {
          if (!unit) return;
          await renameUnit(unit.id, { name, note: note || null, ...effectiveOn(day) });
          onDone(`${unit.name} 已更名为 ${name},原名保留为别名`);
        }}
      >
        <Form.Item
          name="name"
          label="新名称"
          rules={[{ required: true, whitespace: true, message: '请输入新名称' }]}
        >
          <Input />
        </Form.Item>
        <EffectiveOn />
        <Form.Item name="note" label="说明">
          <Input.TextArea rows={2} placeholder="例如 机构改革更名" />
        </Form.Item>
      </FormModal>
      <FormModal<{ alias: string }>
        open={action === 'alias' && unit !== null}
        title={`添加别名:${unit?.name ?? ''}`}
        okText="添加"
        onClose={onClose}
        onSubmit={async ({ alias }) => {
          if (!unit) return;
          await addAlias(unit.id, alias.trim());
          onDone(`已为 ${unit.name} 添加别名 ${alias}`);
        }}
      >
        <Form.Item
          name="alias"
          label="别名"
          rules={[{ required: true, whitespace: true, message: '请输入别名' }]}
        >
          <Input placeholder="通知中出现的其他写法" />
        </Form.Item>
      </FormModal>
      <FormModal<{ memberIds: number[]; effectiveOn?: Dayjs }>
        open={action === 'members' && unit !== null}
        title={`设置成员:${unit?.name ?? ''}`}
        initialValues={{ memberIds: unit?.members.map((m) => m.id) ?? [] }}
        onClose={onClose}
        onSubmit={async ({ memberIds, effectiveOn: day }) => {
          if (!unit) return;
          await setGroupMembers(unit.id, { memberIds, ...effectiveOn(day) });
          onDone(`${unit.name} 现有 ${memberIds.length} 个成员单位`);
        }}
      >
        <Form.Item name="memberIds" label="成员单位" extra="分配给该组的任务由每个成员单位分别填报">
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={unitOptions(
              units.filter((u) => u.kind !== 'group'),
              unit?.id,
            )}
          />
        </Form.Item>
        <EffectiveOn />
      </FormModal>
      <FormModal<{ intoUnitId: number; effectiveOn?: Dayjs; note?: string }>
        open={action === 'merge' && unit !== null}
        title={`合并:${unit?.name ?? ''}`}
        okText="合并"
        danger
        onClose={onClose}
        onSubmit={async ({ intoUnitId, effectiveOn: day, note }) => {
          if (!unit) return;
          await mergeUnit(unit.id, { intoUnitId, note: note || null, ...effectiveOn(day) });
          onDone(`${unit.name} 已并入 ${units.find((u) => u.id === intoUnitId)?.name ?? ''}`);
        }}
      >
        <p>合并后,该单位当前和今后的任务转由目标单位负责,历史记录保留。</p>
        <Form.Item
          name="intoUnitId"
          label="并入单位"
          rules={[{ required: true, message: '请选择并入的单位' }]}
        >
          <Select showSearch={{ optionFilterProp: 'label' }} options={unitOptions(units, unit?.id)} />
        </Form.Item>
        <EffectiveOn />
        <Form.Item name="note" label="说明">
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
    </>
  );
}
