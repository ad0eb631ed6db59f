/**
 * A build step for the web bundle: Ant Design's icons label themselves with their English names
 * (role img, aria-label "down", "close"), including the icons inside Ant Design's own controls,
 * which the app cannot pass props to. This rewrites the one line in the icon component that sets
 * the label, so every icon is read in Chinese (ICON_NAMES) or, when it has no Chinese name, is
 * hidden from screen readers as decoration. A label the app passes itself still wins.
 */
import type { Plugin } from 'vite';
import { ICON_NAMES } from './icon-names.ts';

const ICON_COMPONENTS = /@ant-design[\\/]icons[\\/](es|lib)[\\/]components[\\/]AntdIcon(Light)?\.js$/;
const ENGLISH_LABEL = '"aria-label": icon.name';

/** The icon component's source with the English label replaced; throws when the line is not there. */
export function withChineseIconNames(source: string, file: string): string {
  if (!source.includes(ENGLISH_LABEL)) {
    throw new Error(
      `${file}: the icon label line was not found; check chinese-icon-names.ts against this version`,
    );
  }
  const names = `const __chineseIconNames = ${JSON.stringify(ICON_NAMES)};\n`;
  const lookup =
    'Object.prototype.hasOwnProperty.call(__chineseIconNames, icon.name) ? __chineseIconNames[icon.name] : undefined';
  const labelled = `"aria-label": ${lookup}, "aria-hidden": (${lookup}) === undefined ? true : undefined`;
  return names + source.split(ENGLISH_LABEL).join(labelled);
}

export function chineseIconNames(): Plugin {
  return {
    name: 'duban-chinese-icon-names',
    enforce: 'pre',
    transform(source, id) {
      const file = id.split('?')[0] ?? id;
      if (!ICON_COMPONENTS.test(file)) return null;
      return { code: withChineseIconNames(source, file), map: null };
    },
  };
}
