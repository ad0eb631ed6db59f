// A unit's history: names it had, aliases, group memberships and mergers, each with its dates.
import { Descriptions, Drawer, Table, Typography } from 'antd';
import { getUnit, unitKindLabel, type UnitDetail } from '../../../api/units.ts';
import { AsyncContent } from '../../../components/AsyncContent.tsx';
import { useRequest } from '../../../api/use-request.ts';

const span = (from: string | null, to: string | null) => `${from ?? '起始'} 至 ${to ?? '今'}`;

function History({ detail }: { detail: UnitDetail }) {
  return (
    <>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label="代码">{detail.code ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="当前名称">{detail.unit?.name ?? '(已不存在)'}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        名称沿革
      </Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={detail.versions}
        columns={[
          { title: '名称', dataIndex: 'name' },
          { title: '类别', render: (_, v) => unitKindLabel(v.kind) },
          { title: '期间', render: (_, v) => span(v.validFrom, v.validTo) },
          { title: '说明', render: (_, v) => v.note ?? '' },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        别名
      </Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={detail.aliases}
        locale={{ emptyText: '无' }}
        columns={[
          { title: '别名', dataIndex: 'alias' },
          { title: '期间', render: (_, a) => span(a.validFrom, a.validTo) },
        ]}
      />
      {(detail.members.length > 0 || detail.groups.length > 0) && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {detail.members.length > 0 ? '成员单位' : '所属单位组'}
          </Typography.Title>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={detail.members.length > 0 ? detail.members : detail.groups}
            columns={[
              { title: '单位', render: (_, m) => m.unit.name },
              { title: '期间', render: (_, m) => span(m.validFrom, m.validTo) },
            ]}
          />
        </>
      )}
      {detail.successions.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            合并记录
          </Typography.Title>
          {detail.successions.map((s) => (
            <p key={s.id}>
              {s.effectiveOn}:{s.predecessor.name} 并入 {s.successor.name}
              {s.note ? `(${s.note})` : ''}
            </p>
          ))}
        </>
      )}
    </>
  );
}

export function UnitHistoryDrawer(props: { unitId: number | null; onClose: () => void }) {
  const loaded = useRequest(
    () => (props.unitId ? getUnit(props.unitId) : Promise.resolve(null)),
    [props.unitId],
  );
  return (
    <Drawer open={props.unitId !== null} onClose={props.onClose} size={640} title="单位沿革" destroyOnHidden>
      <AsyncContent loaded={loaded} isEmpty={(d) => d === null}>
        {(detail) => detail && <History detail={detail} />}
      </AsyncContent>
    </Drawer>
  );
}
