// The look every page shares, set here once rather than per page: Ant Design in Chinese, colours
// that meet WCAG AA contrast (4.5:1) on white and on their own pale backgrounds (tags, alerts,
// badges, danger buttons), tap targets of 44 px on a phone, and no motion for a person whose
// system asks for reduced motion (WCAG 2.3.3): menus, lists and dialogs then appear and go at once.
import { ConfigProvider, type ThemeConfig } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useSyncExternalStore, type ReactNode } from 'react';
import './readable.css';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
/** Ant Design's `md` breakpoint: below it the app lays itself out for a phone. */
const PHONE = '(max-width: 767.98px)';

const BLUE = '#0958d9';
const RED = '#cf1322';
const GREEN = '#237804';
const ORANGE = '#ad4e00';
/**
 * Hover and press shades: Ant Design derives lighter ones from the seed (blue hover #2e7ae6, 4.2:1
 * with white), which fail AA while the pointer rests on a button; the palette's darker shades pass.
 */
const BLUE_HOVER = '#003eb3';
const BLUE_ACTIVE = '#002c8c';
const RED_HOVER = '#a8071a';
const RED_ACTIVE = '#820014';

/** The palette's seventh shade under both of its names (`green7`, and `green-7` the CSS reads). */
function tagTexts(shades: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(shades).flatMap(([colour, hex]) => [
      [`${colour}7`, hex],
      [`${colour}-7`, hex],
    ]),
  );
}

/**
 * Ant Design's default blue, green, red and orange fall short of AA on white; preset tags print
 * their `<colour>7` on `<colour>1`, which for these colours falls short too (green 3.4:1, gold
 * 2.8:1), so their text takes the next darker shade of the same palette.
 */
const COLOURS: ThemeConfig['token'] = {
  // Chinese faces by name, Debian's (Noto CJK, WenQuanYi) included, before Latin-only fallbacks.
  fontFamily:
    "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Zen Hei', 'Helvetica Neue', Arial, sans-serif",
  colorPrimary: BLUE,
  colorInfo: BLUE,
  colorLink: BLUE,
  colorPrimaryHover: BLUE_HOVER,
  colorPrimaryActive: BLUE_ACTIVE,
  colorPrimaryTextHover: BLUE_HOVER,
  colorPrimaryTextActive: BLUE_ACTIVE,
  colorInfoHover: BLUE_HOVER,
  colorInfoActive: BLUE_ACTIVE,
  colorLinkHover: BLUE_HOVER,
  colorLinkActive: BLUE_ACTIVE,
  colorErrorHover: RED_HOVER,
  colorErrorActive: RED_ACTIVE,
  colorErrorTextHover: RED_HOVER,
  colorErrorTextActive: RED_ACTIVE,
  colorSuccess: GREEN,
  colorError: RED,
  colorWarning: ORANGE,
  colorSuccessText: GREEN,
  colorErrorText: RED,
  colorWarningText: ORANGE,
  colorInfoText: BLUE,
  // Status backgrounds stay the usual pale shades (a darker seed would darken them too).
  colorSuccessBg: '#f6ffed',
  colorSuccessBorder: '#b7eb8f',
  colorWarningBg: '#fff7e6',
  colorWarningBorder: '#ffd591',
  colorErrorBg: '#fff1f0',
  colorErrorBorder: '#ffa39e',
  colorInfoBg: '#e6f4ff',
  colorInfoBorder: '#91caff',
  colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
  colorTextDescription: 'rgba(0, 0, 0, 0.6)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
  ...tagTexts({
    green: '#237804',
    cyan: '#006d75',
    lime: '#3f6600',
    gold: '#874d00',
    yellow: '#876800',
    orange: '#ad4e00',
    volcano: '#ad2102',
  }),
};

/** On a phone every control a thumb taps is at least 44 px high (WCAG 2.5.5). */
const PHONE_SIZES: ThemeConfig['token'] = {
  controlHeight: 44,
  controlHeightSM: 44,
  controlHeightLG: 48,
};

function subscribeTo(query: string) {
  return (onChange: () => void): (() => void) => {
    const list = window.matchMedia(query);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  };
}

const subscribeMotion = subscribeTo(REDUCED_MOTION);
const subscribePhone = subscribeTo(PHONE);
const prefersReducedMotion = () => window.matchMedia(REDUCED_MOTION).matches;
const onPhone = () => window.matchMedia(PHONE).matches;

export function DubanTheme(props: { children: ReactNode }) {
  const reduced = useSyncExternalStore(subscribeMotion, prefersReducedMotion);
  const phone = useSyncExternalStore(subscribePhone, onPhone);
  const theme: ThemeConfig = {
    token: { ...COLOURS, ...(phone ? PHONE_SIZES : {}), motion: !reduced },
    components: {
      Menu: { itemHeight: 44 },
      // A segmented control's items sit inside a 2 px track: the track grows so the items reach 44 px.
      ...(phone ? { Segmented: { controlHeight: 48, controlHeightSM: 48, controlHeightLG: 52 } } : {}),
    },
  };
  return (
    <ConfigProvider locale={zhCN} theme={theme}>
      {props.children}
    </ConfigProvider>
  );
}
