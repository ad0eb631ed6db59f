// Unit clerks often file from a phone: pages switch to cards and stacked layouts below 768px.
import { Grid } from 'antd';

export function usePhone(): boolean {
  const screens = Grid.useBreakpoint();
  // Before the first measurement every breakpoint is undefined: assume a wide screen.
  return screens.md === false;
}
