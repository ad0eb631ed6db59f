// Cards (亮牌) with their state and history. The office lowers, rejects the rectification or closes;
// the unit reports its rectification (报送整改情况).
import { App, Button, Empty, Form, Input, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { describeError } from '../../api/client.ts';
import { MAX_REASON_LENGTH } from '../../api/review.ts';
import {
  CARD_STATE_LABELS,
  CARD_STEP_LABELS,
  stepCard,
  type CardStepPath,
  type SupervisionCard,
} from '../../api/supervision.ts';
import { FormModal } from '../../components/FormModal.tsx';

export type CardsSide = 'office' | 'unit' | 'read';

interface TextStep {
  card: SupervisionCard;
  step: Extract<CardStepPath, 'answer' | 'reject-answer'>;
}

const TEXT_STEP_TITLES: Record<TextStep['step'], string> = {
  answer: '报送整改情况',
  'reject-answer': '整改不到位,退回重新整改',
};

const time = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

function History({ card }: { card: SupervisionCard }) {
  return (
    <div>
      {card.history.map((step, i) => (
        <div key={i}>
          {time(step.at)} {CARD_STEP_LABELS[step.action]}
          {step.text ? `:${step.text}` : ''}
        </div>
      ))}
    </div>
  );
}

export function CardsList(props: {
  cards: SupervisionCard[];
  side: CardsSide;
  describe: (card: SupervisionCard) => { task: string; unit: string };
  onChanged: () => void;
}) {
  const { message } = App.useApp();
  const [texting, setTexting] = useState<TextStep | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const run = async (card: SupervisionCard, step: CardStepPath, done: string) => {
    setBusy(`${card.id}:${step}`);
    try {
      await stepCard(card.id, step);
      void message.success(done);
      props.onChanged();
    } catch (e) {
      void message.error(describeError(e));
    } finally {
      setBusy(null);
    }
  };

  if (props.cards.length === 0) return <Empty description="暂无亮牌" />;
  return (
    <>
      <Table<SupervisionCard>
        rowKey="id"
        size="middle"
        dataSource={props.cards}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: '牌色',
            width: 80,
            render: (_, card) => (
              <Tag color={card.color === 'red' ? 'red' : 'gold'} data-card-color={card.color}>
                {card.colorLabel}
              </Tag>
            ),
          },
          {
            title: '任务',
            render: (_, card) => (
              <Typography.Text ellipsis={{ tooltip: props.describe(card).task }} style={{ maxWidth: 320 }}>
                {props.describe(card).task}
              </Typography.Text>
            ),
          },
          ...(props.side === 'unit'
            ? []
            : [
                {
                  title: '单位',
                  width: 160,
                  render: (_: unknown, card: SupervisionCard) => props.describe(card).unit,
                },
              ]),
          {
            title: '亮牌理由',
            render: (_, card) => (
              <Tooltip title={<History card={card} />}>
                <Typography.Text style={{ cursor: 'help' }}>{card.reason}</Typography.Text>
              </Tooltip>
            ),
          },
          {
            title: '整改期限',
            width: 130,
            render: (_, card) => (
              <Space size={4}>
                {card.rectifyBy}
                {card.rectificationOverdue && <Tag color="red">已超期</Tag>}
              </Space>
            ),
          },
          {
            title: '状态',
            width: 110,
            render: (_, card) => <Tag data-card-state={card.state}>{CARD_STATE_LABELS[card.state]}</Tag>,
          },
          {
            title: '操作',
            width: 260,
            render: (_, card) => {
              if (card.state === 'closed') return null;
              if (props.side === 'unit')
                return card.state === 'issued' ? (
                  <Button size="small" type="primary" onClick={() => setTexting({ card, step: 'answer' })}>
                    报送整改情况
                  </Button>
                ) : null;
              if (props.side !== 'office') return null;
              return (
                <Space wrap>
                  {card.state === 'answered' && (
                    <Button size="small" onClick={() => setTexting({ card, step: 'reject-answer' })}>
                      整改不到位
                    </Button>
                  )}
                  {card.state === 'answered' && card.color === 'red' && (
                    <Popconfirm
                      title="确认将红牌降为黄牌?"
                      okText="降为黄牌"
                      cancelText="取消"
                      onConfirm={() => void run(card, 'lower', '已降为黄牌')}
                    >
                      <Button size="small" loading={busy === `${card.id}:lower`}>
                        降为黄牌
                      </Button>
                    </Popconfirm>
                  )}
                  {(card.state === 'answered' || card.state === 'lowered') && (
                    <Popconfirm
                      title="确认销号?销号后该牌不再要求整改。"
                      okText="销号"
                      cancelText="取消"
                      onConfirm={() => void run(card, 'close', '已销号')}
                    >
                      <Button size="small" type="primary" loading={busy === `${card.id}:close`}>
                        销号
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              );
            },
          },
        ]}
      />
      <FormModal<{ text: string }>
        open={texting !== null}
        title={texting ? TEXT_STEP_TITLES[texting.step] : ''}
        okText="提交"
        onClose={() => setTexting(null)}
        onSubmit={async ({ text }) => {
          if (!texting) return;
          await stepCard(texting.card.id, texting.step, text.trim());
          void message.success(texting.step === 'answer' ? '整改情况已报送' : '已退回重新整改');
          props.onChanged();
        }}
      >
        {texting && (
          <Typography.Paragraph type="secondary">亮牌理由:{texting.card.reason}</Typography.Paragraph>
        )}
        <Form.Item
          name="text"
          label={texting?.step === 'answer' ? '整改情况' : '退回说明'}
          rules={[{ required: true, whitespace: true, message: '请填写内容' }]}
        >
          <Input.TextArea rows={5} maxLength={MAX_REASON_LENGTH} showCount />
        </Form.Item>
      </FormModal>
    </>
  );
}
