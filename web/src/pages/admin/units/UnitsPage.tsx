// The unit directory (admin): names, aliases, groups and their members; create, rename, alias,
// set members, merge, with every change kept in the unit's history.
import { CloseOutlined, DownOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Dropdown, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { describeError } from '../../../api/client.ts';
import {
  UNIT_KINDS,
  endAlias,
  findUnits,
  unitKindLabel,
  UNIT_KIND_LABELS,
  type Unit,
  type UnitRef,
  type UnitKind,
} from '../../../api/units.ts';
import { AsyncContent } from '../../../components/AsyncContent.tsx';
import { useRequest } from '../../../api/use-request.ts';
import { UnitHistoryDrawer } from './UnitHistoryDrawer.tsx';
import { UnitModals, type UnitAction } from './UnitModals.tsx';
import { wideOnPhone } from '../../../components/wide-table.ts';

const MENU_ACTIONS: readonly UnitAction[] = ['rename', 'alias', 'members', 'merge'];

/**
 * Each alias is a plain tag with its own 停用 button beside it (not a tag's close cross: too small to
 * tap and out of the tab order, and a focusable tag around it would nest one control in another).
 */
function Aliases({ unit, onEnd }: { unit: Unit; onEnd: (aliasId: number) => void }) {
  return (
    <Space wrap size={8}>
      {unit.aliases.map((a) => (
        <span key={a.id} className="duban-alias">
          <Tag style={{ marginInlineEnd: 0 }}>{a.alias}</Tag>
          <Popconfirm title={`停用别名“${a.alias}”?(历史中保留)`} onConfirm={() => onEnd(a.id)} okText="停用">
            <Button type="text" size="small" icon={<CloseOutlined />} aria-label={`停用别名${a.alias}`} />
          </Popconfirm>
        </span>
      ))}
    </Space>
  );
}

export default function UnitsPage() {
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<UnitKind | undefined>(undefined);
  const units = useRequest(() => findUnits({ q, ...(kind ? { kind } : {}) }), [q, kind]);
  const all = useRequest(() => findUnits(), []);
  const [action, setAction] = useState<{ action: UnitAction; unit: Unit | null } | null>(null);
  const [history, setHistory] = useState<number | null>(null);
  // A searched list names only the units it holds: members and groups outside it are named from the full list.
  const names = useMemo(() => new Map((all.data ?? []).map((u) => [u.id, u.name])), [all.data]);
  const nameOf = (ref: UnitRef) => names.get(ref.id) ?? ref.name;
  const refresh = () => {
    units.reload();
    all.reload();
  };
  const end = async (unit: Unit, aliasId: number) => {
    try {
      await endAlias(unit.id, aliasId);
      void message.success('别名已停用');
      refresh();
    } catch (e) {
      void message.error(describeError(e));
    }
  };
  return (
    <Card
      title="单位名录"
      extra={
        <Space wrap>
          <Input.Search
            aria-label="搜索单位"
            placeholder="名称或别名"
            allowClear
            onSearch={setQ}
            style={{ width: 220 }}
          />
          <Select
            aria-label="按类别筛选"
            allowClear
            placeholder="全部类别"
            style={{ width: 140 }}
            value={kind}
            onChange={setKind}
            options={UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }))}
          />
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAction({ action: 'create', unit: null })}
          >
            新建单位
          </Button>
        </Space>
      }
    >
      <AsyncContent loaded={units} isEmpty={(list) => list.length === 0} emptyText="没有符合条件的单位">
        {(list) => (
          <Table<Unit>
            rowKey="id"
            size="middle"
            {...wideOnPhone(900)}
            dataSource={list}
            pagination={{ pageSize: 30, hideOnSinglePage: true }}
            columns={[
              {
                title: '单位',
                render: (_, u) => (
                  <Space orientation="vertical" size={0}>
                    <span className="duban-nowrap">
                      {u.name} {u.successor && <Tag color="default">已并入 {nameOf(u.successor)}</Tag>}
                    </span>
                    {u.fullName && <small style={{ color: '#8c8c8c' }}>{u.fullName}</small>}
                  </Space>
                ),
              },
              { title: '类别', width: 120, render: (_, u) => unitKindLabel(u.kind) },
              { title: '代码', width: 80, render: (_, u) => u.code ?? '' },
              { title: '别名', render: (_, u) => <Aliases unit={u} onEnd={(id) => void end(u, id)} /> },
              {
                title: <span className="duban-nowrap">单位组 / 成员</span>,
                render: (_, u) =>
                  u.kind === 'group' ? (
                    u.members.length > 0 ? (
                      `${u.members.length}个成员:${u.members.map(nameOf).join('、')}`
                    ) : (
                      <Tag color="orange">尚未设置成员</Tag>
                    )
                  ) : (
                    u.groups.map((g) => <Tag key={g.id}>{nameOf(g)}</Tag>)
                  ),
              },
              {
                title: '操作',
                width: 110,
                render: (_, u) => (
                  <Dropdown
                    menu={{
                      items: [
                        { key: 'rename', label: '更名' },
                        { key: 'alias', label: '添加别名' },
                        ...(u.kind === 'group' ? [{ key: 'members', label: '设置成员' }] : []),
                        { key: 'merge', label: '合并到…', danger: true },
                        { key: 'history', label: '查看沿革' },
                      ],
                      onClick: ({ key }) => {
                        const chosen = MENU_ACTIONS.find((a) => a === key);
                        if (chosen) setAction({ action: chosen, unit: u });
                        else setHistory(u.id);
                      },
                    }}
                  >
                    <Button size="small">
                      操作 <DownOutlined />
                    </Button>
                  </Dropdown>
                ),
              },
            ]}
          />
        )}
      </AsyncContent>
      <UnitModals
        action={action?.action ?? null}
        unit={action?.unit ?? null}
        units={all.data ?? []}
        onClose={() => setAction(null)}
        onDone={(text) => {
          void message.success(text);
          refresh();
        }}
      />
      <UnitHistoryDrawer unitId={history} onClose={() => setHistory(null)} />
    </Card>
  );
}
