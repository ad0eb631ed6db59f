// The plan's reporting periods with their opening and due dates; the admin moves due dates.
import { EditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Form, Modal, Select, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { forgetPlanCalendar, periodLabel } from '../../../api/calendar.ts';
import { describeError } from '../../../api/client.ts';
import {
  PERIOD_STATE_LABELS,
  findPlans,
  getPlanOverview,
  setPeriodDates,
  type Period,
} from '../../../api/plans.ts';
import { AsyncContent } from '../../../components/AsyncContent.tsx';
import { useRequest } from '../../../api/use-request.ts';

const STATE_COLORS = { scheduled: 'default', open: 'processing', due: 'default', closed: 'success' } as const;
const DATE = 'YYYY-MM-DD';

function DatesModal(props: {
  year: number;
  period: Period | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ opensOn: Dayjs; dueOn: Dayjs }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { period } = props;
  const save = async () => {
    if (!period) return;
    const values = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await setPeriodDates(props.year, period.key, {
        opensOn: values.opensOn.format(DATE),
        dueOn: values.dueOn.format(DATE),
      });
      forgetPlanCalendar();
      void message.success(`${periodLabel(period.key)}的日期已保存`);
      props.onSaved();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={period !== null}
      title={period ? `修改${periodLabel(period.key)}的日期` : ''}
      okText="保存"
      okButtonProps={{ loading: busy }}
      onOk={() => void save().catch(() => undefined)}
      onCancel={props.onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {period && (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ opensOn: dayjs(period.opensOn), dueOn: dayjs(period.dueOn) }}
        >
          <Form.Item
            name="opensOn"
            label="开始填报日期"
            rules={[{ required: true, message: '请选择开始日期' }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="dueOn"
            label="截止日期"
            dependencies={['opensOn']}
            rules={[
              { required: true, message: '请选择截止日期' },
              ({ getFieldValue }) => ({
                validator: (_, value: Dayjs | undefined) => {
                  const opensOn = getFieldValue('opensOn') as Dayjs | undefined;
                  return !value || !opensOn || !value.isBefore(opensOn)
                    ? Promise.resolve()
                    : Promise.reject(new Error('截止日期不能早于开始日期'));
                },
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

export default function PeriodsPage() {
  const plans = useRequest(findPlans, []);
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const year = chosenYear ?? plans.data?.map((p) => p.year).sort((a, b) => b - a)[0] ?? null;
  const overview = useRequest(() => (year ? getPlanOverview(year) : Promise.resolve(null)), [year]);
  const [editing, setEditing] = useState<Period | null>(null);
  return (
    <Card
      title="填报周期"
      extra={
        <Select
          aria-label="选择年度"
          style={{ width: 140 }}
          value={year ?? undefined}
          onChange={setChosenYear}
          options={(plans.data ?? []).map((p) => ({ value: p.year, label: `${p.year}年度` }))}
        />
      }
    >
      <AsyncContent loaded={plans} isEmpty={(list) => list.length === 0} emptyText="尚未导入年度任务">
        {() => (
          <AsyncContent loaded={overview} isEmpty={(o) => o === null || o.periods.length === 0}>
            {(data) =>
              data && (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <Alert
                    type="info"
                    showIcon
                    title={`默认截止日期为季度结束后第${data.plan.dueDaysAfterQuarterEnd}天;修改后各单位的工作台和逾期判断随之更新。`}
                  />
                  <Table<Period>
                    rowKey="key"
                    dataSource={data.periods}
                    pagination={false}
                    columns={[
                      { title: '季度', render: (_, p) => periodLabel(p.key) },
                      { title: '开始填报', dataIndex: 'opensOn' },
                      { title: '截止日期', dataIndex: 'dueOn' },
                      {
                        title: '状态',
                        render: (_, p) => (
                          <Tag color={STATE_COLORS[p.state]}>
                            {p.stateLabel || PERIOD_STATE_LABELS[p.state]}
                          </Tag>
                        ),
                      },
                      {
                        title: '操作',
                        render: (_, p) => (
                          <Button
                            size="small"
                            icon={<EditOutlined />}
                            disabled={p.state === 'closed'}
                            onClick={() => setEditing(p)}
                            aria-label={`修改${periodLabel(p.key)}的日期`}
                          >
                            修改日期
                          </Button>
                        ),
                      },
                    ]}
                  />
                  {year && (
                    <DatesModal
                      year={year}
                      period={editing}
                      onClose={() => setEditing(null)}
                      onSaved={() => {
                        setEditing(null);
                        overview.reload();
                      }}
                    />
                  )}
                </Space>
              )
            }
          </AsyncContent>
        )}
      </AsyncContent>
    </Card>
  );
}
