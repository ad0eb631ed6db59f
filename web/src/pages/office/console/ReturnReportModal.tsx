// Returning a filing needs reasons: the unit reads them and revises the report.
import { App } from 'antd';
import { returnReport } from '../../../api/review.ts';
import { ReasonsModal } from '../../../components/ReasonsModal.tsx';

export function ReturnReportModal(props: {
  target: { reportId: number; title: string } | null;
  onClose: () => void;
  onReturned: () => void;
}) {
  const { message } = App.useApp();
  const { target } = props;
  return (
    <ReasonsModal
      open={target !== null}
      title="退回报告"
      intro={target?.title}
      reader="单位"
      placeholder="例如:进展情况缺少具体数据,请补充"
      onClose={props.onClose}
      onSubmit={async (reasons) => {
        if (target === null) return;
        await returnReport(target.reportId, reasons);
        void message.success('已退回,单位将收到退回理由');
        props.onReturned();
      }}
    />
  );
}
