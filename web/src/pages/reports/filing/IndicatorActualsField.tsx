// Each indicator's actual value next to its target, typed in the notice's own scale (万平方米, 亿元).
import { Flex, Input, InputNumber, Typography } from 'antd';
import { CONTENT_LIMITS } from '../../../../../src/core/report/report-content.ts';
import type { Indicator, IndicatorActual } from '../../../api/reports.types.ts';
import { displayScale, toBase, toDisplay } from '../../../components/filing/indicator-scale.ts';

export function IndicatorActualsField(props: {
  indicators: readonly Indicator[];
  value: IndicatorActual[];
  onChange: (actuals: IndicatorActual[]) => void;
  disabled: boolean;
}) {
  const update = (indicatorId: number, patch: Partial<IndicatorActual>) => {
    const others = props.value.filter((a) => a.indicatorId !== indicatorId);
    const current = props.value.find((a) => a.indicatorId === indicatorId) ?? { indicatorId, value: null };
    const next = { ...current, ...patch };
    if (next.note === '') delete next.note;
    // Keep the task's order so saved content reads the same as the form.
    const order = props.indicators.map((indicator) => indicator.id);
    props.onChange(
      [...others, next].sort((a, b) => order.indexOf(a.indicatorId) - order.indexOf(b.indicatorId)),
    );
  };
  return (
    <Flex vertical gap={12}>
      {props.indicators.map((indicator) => {
        const scale = displayScale(indicator);
        const actual = props.value.find((a) => a.indicatorId === indicator.id);
        const id = `indicator-${indicator.id}`;
        return (
          <div key={indicator.id}>
            <label htmlFor={id} style={{ display: 'block' }}>
              {indicator.metric}
              <Typography.Text type="secondary">(目标:{indicator.raw})</Typography.Text>
            </label>
            <Flex gap={8} wrap style={{ marginTop: 4 }}>
              <InputNumber<number>
                // No step arrows: Ant Design names them in English ("Increase Value"); the arrow keys still step.
                controls={false}
                id={id}
                style={{ width: 200, maxWidth: '100%' }}
                inputMode="decimal"
                placeholder="实际完成值"
                disabled={props.disabled}
                value={
                  actual?.value === null || actual?.value === undefined
                    ? null
                    : toDisplay(actual.value, scale)
                }
                onChange={(shown) =>
                  update(indicator.id, { value: shown === null ? null : toBase(shown, scale) })
                }
                suffix={scale.unit}
              />
              <Input
                aria-label={`${indicator.metric} 说明`}
                style={{ flex: '1 1 180px' }}
                placeholder="说明(可选,如统计口径、数据截止时间)"
                maxLength={CONTENT_LIMITS.indicatorNote}
                disabled={props.disabled}
                value={actual?.note ?? ''}
                onChange={(event) => update(indicator.id, { note: event.target.value })}
              />
            </Flex>
          </div>
        );
      })}
    </Flex>
  );
}
