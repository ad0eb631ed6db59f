// 导出: the year's plan in the notice's layout, as the office files and prints it.
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { planExportUrl } from '../../../api/documents.ts';

export function PlanExportButtons({ year }: { year: number }) {
  return (
    <Flex wrap gap={8}>
      <Button icon={<DownloadOutlined />} href={planExportUrl(year, 'xlsx')} download>
        导出Excel
      </Button>
      <Button icon={<DownloadOutlined />} href={planExportUrl(year, 'docx')} download>
        导出Word
      </Button>
    </Flex>
  );
}
