import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runInNewContext } from 'node:vm';
import { ICON_NAMES } from '../../web/build/icon-names.ts';
import { withChineseIconNames } from '../../web/build/chinese-icon-names.ts';

const ICON_COMPONENTS = join(import.meta.dirname, '../../node_modules/@ant-design/icons/es/components');

/** Runs the rewritten label expression for one icon name, as the icon component would. */
function labelsFor(source: string, name: string): { label: unknown; hidden: unknown } {
  const names = source.slice(0, source.indexOf('\n'));
  const labelled = /"aria-label": (.*), "aria-hidden": (.*?)\n/.exec(source);
  assert.ok(labelled, 'the rewritten label line is there');
  const expression = `${names}\n({ label: ${labelled[1]}, hidden: ${labelled[2]} })`;
  const result = runInNewContext(expression, { icon: { name } }) as { label: unknown; hidden: unknown };
  return { label: result.label, hidden: result.hidden };
}

for (const file of ['AntdIcon.js', 'AntdIconLight.js']) {
  test(`the installed ${file} is rewritten: Chinese names, unknown icons hidden`, () => {
    const path = join(ICON_COMPONENTS, file);
    const rewritten = withChineseIconNames(readFileSync(path, 'utf8'), path);
    assert.ok(!rewritten.includes('"aria-label": icon.name'), 'no English label is left');
    assert.deepEqual(labelsFor(rewritten, 'down'), { label: '展开', hidden: undefined });
    assert.deepEqual(labelsFor(rewritten, 'close'), { label: '关闭', hidden: undefined });
    assert.deepEqual(labelsFor(rewritten, 'sketch'), { label: undefined, hidden: true });
    assert.deepEqual(labelsFor(rewritten, 'constructor'), { label: undefined, hidden: true });
  });
}

test('a changed icon component fails the build instead of keeping English names', () => {
  assert.throws(() => withChineseIconNames('export default 1;', 'Icon.js'), /label line was not found/);
});

test('every icon name is Chinese', () => {
  for (const [name, label] of Object.entries(ICON_NAMES)) {
    assert.match(label, /^[\u4e00-\u9fff]+$/, `${name} → ${label}`);
  }
});
