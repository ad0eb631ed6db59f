// 保存并填下一项: after the draft is saved, the form moves to the unit's next task still to file in
// the quarter, or back to the workbench when none is left.
import { App } from 'antd';
import { useNavigate } from 'react-router-dom';
import { fetchWorklist } from '../../../api/reports.ts';
import { filingPath, nextOpenTask } from '../workbench/workbench-model.ts';

export function useSaveNext(taskId: number, periodKey: string): () => Promise<void> {
  const navigate = useNavigate();
  const { message } = App.useApp();
  return async () => {
    const { items } = await fetchWorklist(periodKey);
    const next = nextOpenTask(items, taskId);
    if (next) {
      void message.success(`草稿已保存,下一项:第${next.task.seq}项`);
      void navigate(filingPath(next, periodKey));
      return;
    }
    void message.success('草稿已保存,本季度已没有待填报的任务');
    void navigate(`/?period=${encodeURIComponent(periodKey)}`);
  };
}
