// The computed light of a task for a unit: a 红/黄/绿 tag whose reasons open on hover, on keyboard
// focus and on a tap (a phone has no hover), and are part of its accessible name.
import { Tag, Tooltip } from 'antd';
import { LIGHT_LABELS, LIGHT_TAG_COLORS, type Light } from '../api/supervision.ts';

export const lightReasons = (light: Light): string =>
  light.reasons.length > 0 ? light.reasons.join(';') : '无预警事项';

export function LightTag({ light }: { light: Light | undefined }) {
  if (!light) return null;
  const label = LIGHT_LABELS[light.light];
  return (
    <Tooltip
      trigger={['hover', 'focus', 'click']}
      title={
        <div>
          {light.reasons.length === 0
            ? '无预警事项'
            : light.reasons.map((reason, i) => <div key={i}>{reason}</div>)}
        </div>
      }
    >
      <button
        type="button"
        className="duban-light"
        aria-label={`${label}:${lightReasons(light)}`}
        data-light={light.light}
      >
        <Tag color={LIGHT_TAG_COLORS[light.light]} style={{ marginInlineEnd: 0 }}>
          {label}
        </Tag>
      </button>
    </Tooltip>
  );
}
