// The look every page shares: Ant Design in Chinese, colours that meet WCAG AA contrast on white,
// and no motion for a person whose system asks for reduced motion (WCAG 2.3.3): menus, lists and
// dialogs then appear and go at once.
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useSyncExternalStore, type ReactNode } from 'react';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** Ant Design's default blue and greys fall short of WCAG AA contrast on white; these meet it. */
const COLOURS = {
  colorPrimary: '#0958d9',
  colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
};

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(REDUCED_MOTION);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const prefersReducedMotion = () => window.matchMedia(REDUCED_MOTION).matches;

export function DubanTheme(props: { children: ReactNode }) {
  const reduced = useSyncExternalStore(subscribe, prefersReducedMotion);
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { ...COLOURS, motion: !reduced } }}>
      {props.children}
    </ConfigProvider>
  );
}
