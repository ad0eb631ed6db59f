// What the frame shows instead of a page the account may not open (403) or that does not exist
// (404): says so in Chinese, keeps the address, and offers a way back.
import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';

const TEXTS = {
  forbidden: {
    status: '403',
    title: '无权访问',
    subTitle: '您的账号没有打开此页面的权限。如需访问,请联系系统管理员调整账号角色。',
  },
  missing: { status: '404', title: '页面不存在', subTitle: '此地址没有对应的页面,可能已被移动或输入有误。' },
} as const;

export function ClosedPage({ reason }: { reason: keyof typeof TEXTS }) {
  const text = TEXTS[reason];
  const navigate = useNavigate();
  return (
    <Result
      status={text.status}
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{text.title}</h1>}
      subTitle={text.subTitle}
      extra={
        // A link (it goes somewhere) that stays inside the app instead of reloading it.
        <Button
          type="primary"
          href="/"
          onClick={(event) => {
            event.preventDefault();
            void navigate('/');
          }}
        >
          返回首页
        </Button>
      }
    />
  );
}
