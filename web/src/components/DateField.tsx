// A day a person types or picks, held as the API's 'YYYY-MM-DD' text. The browser's own date box
// (input type=date) keeps the year in a segment of up to six digits, so a typed 2027-01-20 ends up
// as a year in the tens of thousands and Tab only moves between its segments; Ant Design's picker
// reads the day as typed (2027-01-20, 2027/01/20, 20270120) and opens a calendar on a click or tap.
import { DatePicker } from 'antd';
import dayjs from 'dayjs';

const ISO = 'YYYY-MM-DD';
const TYPED = [ISO, 'YYYY/MM/DD', 'YYYY.MM.DD', 'YYYYMMDD'];

export function DateField(props: {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  'aria-label'?: string;
}) {
  return (
    <DatePicker
      id={props.id}
      aria-label={props['aria-label']}
      value={props.value ? dayjs(props.value, ISO) : null}
      onChange={(day) => props.onChange?.(day ? day.format(ISO) : undefined)}
      format={TYPED}
      style={{ width: '100%' }}
    />
  );
}
