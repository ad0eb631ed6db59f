// Evidence files (佐证材料): upload one at a time, list, download, remove from this filing.
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import { describeError } from '../../../api/client.ts';
import { attachmentUrl, uploadAttachment } from '../../../api/reports.ts';
import type { Attachment } from '../../../api/reports.types.ts';
import { fileSize } from '../../../components/filing/AttachmentLinks.tsx';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.pptx';

export function AttachmentsField(props: {
  value: Attachment[];
  onAdd: (file: Attachment) => void;
  onRemove: (fileId: number) => void;
  disabled: boolean;
}) {
  const [uploading, setUploading] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const upload = async (file: File) => {
    setUploading((n) => n + 1);
    setError(null);
    try {
      const stored = await uploadAttachment(file);
      props.onAdd(stored);
    } catch (e) {
      setError(`${file.name}:${describeError(e)}`);
    } finally {
      setUploading((n) => n - 1);
    }
  };
  return (
    <Flex vertical gap={8}>
      {props.value.map((file) => (
        <Flex key={file.id} align="center" gap={8} wrap>
          <PaperClipOutlined aria-hidden />
          <Typography.Link href={attachmentUrl(file.id)} download={file.fileName}>
            {file.fileName}
          </Typography.Link>
          <Typography.Text type="secondary">{fileSize(file.sizeBytes)}</Typography.Text>
          {!props.disabled && (
            <Button
              type="text"
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={`移除 ${file.fileName}`}
              onClick={() => props.onRemove(file.id)}
            />
          )}
        </Flex>
      ))}
      {error && <Alert type="error" showIcon title={error} closable={{ onClose: () => setError(null) }} />}
      {!props.disabled && (
        <Upload
          accept={ACCEPT}
          multiple
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            // Our own request: antd's upload list is not used.
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={uploading > 0}>
            上传佐证材料
          </Button>
        </Upload>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        可上传PDF、图片或Office文档;只在确有必要时上传,无需截图留痕。
      </Typography.Text>
    </Flex>
  );
}
