// A person's reading of a table's columns: one role per column, the task's text and a column of
// units (牵头, 责任 or 分工) named, each role at most once, any number of columns ignored.
import { invalid } from '../errors.ts';
import { COLUMN_ROLES, type ColumnRole } from './plan.types.ts';

export function checkColumnRoles(roles: readonly ColumnRole[], width: number): void {
  if (roles.length !== width)
    throw invalid('import_decision.columns_count', `表格有${width}列,需为每一列选择含义`, { width });
  const unknown = roles.find((role) => !COLUMN_ROLES.includes(role));
  if (unknown) throw invalid('import_decision.columns_role', `未知的列含义:${unknown}`, { role: unknown });
  for (const role of COLUMN_ROLES.filter((r) => r !== 'ignore')) {
    if (roles.filter((r) => r === role).length > 1)
      throw invalid('import_decision.columns_repeated', `同一含义只能对应一列`, { role });
  }
  const units = roles.some((r) => r === 'lead' || r === 'responsible' || r === 'roles');
  if (!roles.includes('text') || !units)
    throw invalid('import_decision.columns_missing', `需要指定任务所在的列和牵头(或责任)单位所在的列`);
}
