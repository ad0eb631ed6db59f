// A filing's quality flags, each with its evidence; dismissed ones say who set them aside and why.
// The office sees a dismiss action; the clerk sees what to change.
import { Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import type { QualityFlag } from '../../api/quality.ts';
import { FLAG_ADVICE } from './flag-advice.ts';
import { FlagEvidence } from './FlagEvidence.tsx';
import './quality.css';

export function FlagList(props: {
  flags: readonly QualityFlag[];
  progress: string | null;
  audience: 'office' | 'unit';
  action?: (flag: QualityFlag) => ReactNode;
}) {
  return (
    <Flex vertical gap={8} role="list" aria-label="质量提示">
      {props.flags.map((flag) => (
        <div
          key={flag.kind}
          role="listitem"
          className="duban-flag-item"
          data-flag={flag.kind}
          data-dismissed={flag.dismissal !== null}
        >
          <Flex vertical gap={6}>
            <Flex wrap gap={8} align="center" justify="space-between">
              <Flex wrap gap={8} align="center">
                <Tag color={flag.dismissal ? 'default' : 'orange'}>{flag.label}</Tag>
                <Typography.Text strong>{flag.message}</Typography.Text>
              </Flex>
              {props.action?.(flag)}
            </Flex>
            {props.audience === 'unit' && !flag.dismissal && (
              <Typography.Text>{FLAG_ADVICE[flag.kind]}</Typography.Text>
            )}
            {flag.dismissal && (
              <Typography.Text type="secondary">
                督查办已忽略此提示:{flag.dismissal.reason}({flag.dismissal.by ?? '督查办'},
                {dayjs(flag.dismissal.at).format('YYYY-MM-DD HH:mm')})
              </Typography.Text>
            )}
            <FlagEvidence evidence={flag.evidence} progress={props.progress} />
          </Flex>
        </div>
      ))}
    </Flex>
  );
}
