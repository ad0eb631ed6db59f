// The worklist on a phone: one card per task, the whole card is the link to the form.
import { RightOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Role } from '../../../api/auth.ts';
import type { WorklistItem } from '../../../api/reports.types.ts';
import { DueText } from '../../../components/DueText.tsx';
import { FilingStateTag } from '../../../components/FilingStateTag.tsx';
import { RowTick } from '../../../components/batch/RowTick.tsx';
import { PreviewToggle, previewId, toggled } from './PreviewToggle.tsx';
import { RoleTag } from './RoleTag.tsx';
import { SignOffPreview } from './SignOffPreview.tsx';
import { actionLabel, filingPath, shownState, tickLabel, type WorklistTick } from './workbench-model.ts';

export function WorklistCards(props: {
  items: WorklistItem[];
  periodKey: string;
  role: Role;
  tick?: WorklistTick;
  /** The approver's 待签发 list: each card opens below to its content and the co-units' inputs. */
  preview?: boolean;
}) {
  const { tick } = props;
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  if (props.items.length === 0) return <Empty description="没有需要处理的任务" />;
  return (
    <Flex vertical gap={12} role="list" aria-label="本单位任务">
      {props.items.map((item) => (
        <Flex key={item.task.id} role="listitem" align="flex-start" gap={4}>
          {tick && item.reportId !== null && tick.eligible(item) && (
            <RowTick
              label={tickLabel(item)}
              checked={tick.ticks.has(item.reportId)}
              onChange={(on) => item.reportId !== null && tick.ticks.set(item.reportId, on)}
            />
          )}
          <Flex vertical gap={8} style={{ flex: '1 1 auto', minWidth: 0 }}>
            <Link
              to={filingPath(item, props.periodKey)}
              aria-label={`第${item.task.seq}项 ${actionLabel(item, props.role)}`}
              style={{ color: 'inherit' }}
            >
              <Card size="small" hoverable>
                <Flex justify="space-between" align="center" gap={8}>
                  <Typography.Text strong>第 {item.task.seq} 项</Typography.Text>
                  <FilingStateTag {...shownState(item)} late={item.late} />
                </Flex>
                <Typography.Paragraph ellipsis={{ rows: 3 }} style={{ margin: '8px 0' }}>
                  {item.task.text}
                </Typography.Paragraph>
                <Flex justify="space-between" align="center" gap={8} wrap>
                  <RoleTag item={item} />
                  <DueText state={item.state} daysToDue={item.daysToDue} dueOn={item.dueOn} />
                </Flex>
                <Flex justify="flex-end" style={{ marginTop: 8 }}>
                  {/* Text, not a nested link: the whole card already is one. */}
                  <span style={{ color: '#0958d9' }}>
                    {actionLabel(item, props.role)} <RightOutlined />
                  </span>
                </Flex>
              </Card>
            </Link>
            {props.preview && item.reportId !== null && (
              <PreviewToggle
                item={item}
                block
                open={open.has(item.task.id)}
                onToggle={() => setOpen((now) => toggled(now, item.task.id))}
              />
            )}
            {props.preview && open.has(item.task.id) && (
              <div id={previewId(item)}>
                <SignOffPreview item={item} periodKey={props.periodKey} />
              </div>
            )}
          </Flex>
        </Flex>
      ))}
    </Flex>
  );
}
