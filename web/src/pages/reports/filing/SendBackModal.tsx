// 退回填报员: the approver returns a submitted filing to the unit's clerk with reasons. It stays
// inside the unit (a draft again, never the office's 已退回) and does not count in the assessment.
import { App } from 'antd';
import { sendBackFiling } from '../../../api/report-batches.ts';
import { ReasonsModal } from '../../../components/ReasonsModal.tsx';

export function SendBackModal(props: { reportId: number | null; onClose: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const { reportId } = props;
  return (
    <ReasonsModal
      open={reportId !== null}
      title="退回填报员修改"
      intro="退回后填报员可修改并重新提交;本次退回仅在本单位内部,不计入考核。"
      reader="填报员"
      placeholder="例如:请补充本季度完成的投资额"
      onClose={props.onClose}
      onSubmit={async (reasons) => {
        if (reportId === null) return;
        await sendBackFiling(reportId, reasons);
        void message.success('已退回填报员修改');
        props.onDone();
      }}
    />
  );
}
