// The computed light of a task for a unit: a 红/黄/绿 tag, its reasons in a tooltip.
import { Tag, Tooltip } from 'antd';
import { LIGHT_LABELS, LIGHT_TAG_COLORS, type Light } from '../api/supervision.ts';

export const lightReasons = (light: Light): string =>
  light.reasons.length > 0 ? light.reasons.join(';') : '无预警事项';

export function LightTag({ light }: { light: Light | undefined }) {
  if (!light) return null;
  return (
    <Tooltip
      title={
        <div>
          {light.reasons.length === 0
            ? '无预警事项'
            : light.reasons.map((reason, i) => <div key={i}>{reason}</div>)}
        </div>
      }
    >
      <Tag color={LIGHT_TAG_COLORS[light.light]} data-light={light.light} style={{ cursor: 'help' }}>
        {LIGHT_LABELS[light.light]}
      </Tag>
    </Tooltip>
  );
}
