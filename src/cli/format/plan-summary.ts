// A readable summary of one import: what a clerk checks before committing a plan.
import type { ImportResult, StructureNode, Task } from '../../core/plan/plan.types.ts';

const SEVERITY_LABEL = { error: '错误', warning: '警告', info: '提示' } as const;

export function formatPlanSummary(result: ImportResult, options: { maxIssues?: number } = {}): string {
  const { plan, tasks } = result;
  const out: string[] = [];
  out.push(`${plan.title ?? '(未识别标题)'}`);
  out.push(
    `发文单位:${plan.issuer ?? '-'}  年度:${plan.year ?? '-'}  发布:${plan.publishedAt ?? '-'}  ` +
      `完成时限:${plan.deadline ?? '-'}  反馈:${cadenceLabel(plan.cadence)}  监督电话:${plan.hotline ?? '-'}`,
  );
  const announced = plan.announcedTaskCount === null ? '' : `(正文说明${plan.announcedTaskCount}项)`;
  out.push(`任务 ${tasks.length} 项${announced},格式 ${result.source.format}${encodingNote(result)}`, '');
  out.push(...structureLines(result.structure, tasks), '');
  out.push(unitLine(result), '');
  out.push(...inferredLines(tasks), ...issueLines(result, options.maxIssues ?? 30));
  return `${out.join('\n')}\n`;
}

function cadenceLabel(cadence: ImportResult['plan']['cadence']): string {
  switch (cadence) {
    case 'quarterly':
      return '按季度';
    case 'monthly':
      return '按月';
    case 'half-yearly':
      return '每半年';
    case 'yearly':
      return '每年';
    case null:
      return '-';
  }
}

function encodingNote(result: ImportResult): string {
  return result.source.encoding ? `,编码 ${result.source.encoding}` : '';
}

function countUnder(node: StructureNode, tasks: Task[]): number {
  return tasks.filter((t) => node.path.every((n, i) => t.path[i] === n)).length;
}

function structureLines(structure: StructureNode[], tasks: Task[]): string[] {
  const lines = ['结构(部分 / 章节 / 小节:任务数)'];
  for (const part of structure) {
    lines.push(`${part.number}、${part.title}  ${countUnder(part, tasks)}项`);
    for (const section of part.children) {
      const subs = section.children.length ? `,${section.children.length}个小节` : '';
      lines.push(`  (${section.number})${section.title}  ${countUnder(section, tasks)}项${subs}`);
    }
  }
  return lines;
}

function unitLine(result: ImportResult): string {
  const used = new Set(result.tasks.flatMap((t) => [...t.leadUnits, ...t.responsibleUnits]));
  const unknown = result.units.filter((u) => u.kind === 'unknown').map((u) => u.name);
  const groups = result.units.filter((u) => u.kind === 'group' && used.has(u.name)).map((u) => u.name);
  const unknownText = unknown.length
    ? `;名录外单位 ${unknown.length} 个:${unknown.join('、')}`
    : ';全部在单位名录中';
  return `涉及单位 ${used.size} 个(含单位组:${groups.join('、') || '无'})${unknownText}`;
}

function inferredLines(tasks: Task[]): string[] {
  const inferred = tasks.filter((t) => t.assignment === 'inferred');
  if (inferred.length === 0) return ['牵头/责任单位分界:全部由版式确定', ''];
  const lines = [`待人工确认的牵头/责任单位分界:${inferred.length} 项(推断:牵头 | 责任)`];
  for (const task of inferred) {
    lines.push(
      `  ${String(task.seq).padStart(3)}  ${task.leadUnits.join('、')} | ${task.responsibleUnits.join('、') || '-'}`,
    );
  }
  return [...lines, ''];
}

function issueLines(result: ImportResult, max: number): string[] {
  const shown = result.issues.filter((i) => i.code !== 'task.inferred_assignment');
  if (shown.length === 0) return ['问题:无'];
  const lines = [`问题 ${shown.length} 条:`];
  for (const item of shown.slice(0, max)) {
    const where = item.line === null ? '' : `第${item.line}行 `;
    lines.push(`  [${SEVERITY_LABEL[item.severity]}] ${where}${item.message} (${item.code})`);
  }
  if (shown.length > max) lines.push(`  …另有 ${shown.length - max} 条,用 --json 查看全部`);
  return lines;
}
