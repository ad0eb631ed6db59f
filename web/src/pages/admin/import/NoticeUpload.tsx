// Step one: drop the notice (text, web page, Word or Excel) and get the preview back.
import { InboxOutlined } from '@ant-design/icons';
import { Alert, Spin, Upload } from 'antd';
import { useState } from 'react';
import { describeError } from '../../../api/client.ts';
import { ACCEPTED_NOTICE_TYPES, previewNotice, type ImportPreview } from '../../../api/plan-import.ts';

export function NoticeUpload({ onPreview }: { onPreview: (preview: ImportPreview) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const read = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      onPreview(await previewNotice(file));
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Spin spinning={busy} description="正在读取通知…">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Upload.Dragger
        accept={ACCEPTED_NOTICE_TYPES}
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          void read(file);
          // The page sends the file itself, so it can show the preview and the errors it gets back.
          return Upload.LIST_IGNORE;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">点击或将任务分解通知拖到此处</p>
        <p className="ant-upload-hint">
          支持从政府网站复制的文本(.txt)、网页(.html)、Word(.docx)和
          Excel(.xlsx),最大10MB。上传后先预览,确认无误再导入。
        </p>
      </Upload.Dragger>
    </Spin>
  );
}
