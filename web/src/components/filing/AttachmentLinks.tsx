// Evidence files as download links; the server checks who may fetch each one.
import { PaperClipOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { attachmentUrl } from '../../api/reports.ts';
import type { Attachment } from '../../api/reports.types.ts';

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function AttachmentLinks({ files }: { files: readonly Attachment[] }) {
  if (files.length === 0) return <Typography.Text type="secondary">无</Typography.Text>;
  return (
    <Flex vertical gap={4}>
      {files.map((file) => (
        <span key={file.id}>
          <PaperClipOutlined aria-hidden />{' '}
          <Typography.Link href={attachmentUrl(file.id)} download={file.fileName}>
            {file.fileName}
          </Typography.Link>{' '}
          <Typography.Text type="secondary">({fileSize(file.sizeBytes)})</Typography.Text>
        </span>
      ))}
    </Flex>
  );
}
