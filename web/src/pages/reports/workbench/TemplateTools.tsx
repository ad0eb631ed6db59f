// 下载/上传填报模板: the unit downloads the quarter's Excel template, fills it in and uploads it; the
// answer is either how many rows were saved, or every problem with its cell (nothing is saved then).
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Table, Upload } from 'antd';
import { useState } from 'react';
import { describeError } from '../../../api/client.ts';
import type { TemplateApplied, TemplateProblem } from '../../../api/documents.ts';
import { templateProblems, templateUrl, uploadTemplate } from '../../../api/documents.ts';

type Outcome =
  | { kind: 'applied'; result: TemplateApplied }
  | { kind: 'rejected'; message: string; problems: TemplateProblem[] };

const PROBLEM_COLUMNS = [
  { title: '工作表', dataIndex: 'sheet', width: 120, render: (sheet: string | null) => sheet ?? '整个文件' },
  { title: '单元格', dataIndex: 'cell', width: 90, render: (cell: string | null) => cell ?? '—' },
  { title: '问题', dataIndex: 'message' },
];

export default function TemplateTools({
  periodKey,
  onApplied,
}: {
  periodKey: string;
  onApplied: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const upload = async (file: File) => {
    setBusy(true);
    setOutcome(null);
    try {
      const result = await uploadTemplate(periodKey, file);
      setOutcome({ kind: 'applied', result });
      if (result.applied > 0) onApplied();
    } catch (error) {
      setOutcome({ kind: 'rejected', message: describeError(error), problems: templateProblems(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex vertical gap={8}>
      <Flex wrap gap={8}>
        <Button icon={<DownloadOutlined />} href={templateUrl(periodKey)} download>
          下载本季度填报模板
        </Button>
        <Upload
          accept=".xlsx"
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy}>
            上传填好的模板
          </Button>
        </Upload>
      </Flex>
      {outcome && <OutcomeView outcome={outcome} />}
    </Flex>
  );
}

function OutcomeView({ outcome }: { outcome: Outcome }) {
  if (outcome.kind === 'applied') {
    const { applied, unchanged } = outcome.result;
    return (
      <Alert
        type="success"
        showIcon
        message={`模板已导入:保存 ${applied} 项,未变化 ${unchanged} 项`}
        description={applied > 0 ? '已保存为草稿,请逐项核对后提交。' : undefined}
      />
    );
  }
  const { problems } = outcome;
  return (
    <Alert
      type="error"
      showIcon
      message={
        problems.length > 0
          ? `模板有 ${problems.length} 处问题,未导入任何内容,请修改后重新上传`
          : outcome.message
      }
      description={
        problems.length > 0 && (
          <Table<TemplateProblem>
            size="small"
            pagination={false}
            rowKey={(problem, index) => `${problem.sheet ?? ''}:${problem.cell ?? ''}:${index ?? 0}`}
            columns={PROBLEM_COLUMNS}
            dataSource={problems}
            scroll={{ y: 320 }}
          />
        )
      }
    />
  );
}
