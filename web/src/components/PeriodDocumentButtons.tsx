// The quarter's office documents as downloads: the progress summary and the bulletin for the roles
// the server lets have them, and (where asked) the publication table anyone may download.
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import type { Role } from '../api/auth.ts';
import { bulletinUrl, publicationUrl, SUMMARY_ROLES, summaryUrl } from '../api/documents.ts';

export function PeriodDocumentButtons(props: { period: string; role: Role; publication?: boolean }) {
  const { period, role, publication = false } = props;
  const office = SUMMARY_ROLES.includes(role);
  if (!office && !publication) return null;
  return (
    <Flex wrap gap={8}>
      {office && (
        <Button icon={<DownloadOutlined />} href={summaryUrl(period)} download>
          下载进展汇总表
        </Button>
      )}
      {office && (
        <Button icon={<DownloadOutlined />} href={bulletinUrl(period)} download>
          下载通报
        </Button>
      )}
      {publication && (
        <Button icon={<DownloadOutlined />} href={publicationUrl(period, 'xlsx')} download>
          下载公开表Excel
        </Button>
      )}
      {publication && (
        <Button icon={<DownloadOutlined />} href={publicationUrl(period, 'docx')} download>
          下载公开表Word
        </Button>
      )}
    </Flex>
  );
}
