// For the office, leaders and admins: who is signed in, the year's plan at a glance, and links.
import { Card, Col, Empty, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { fetchPlanCalendar, periodLabel, currentPeriodKey } from '../../api/calendar.ts';
import { ROLE_LABELS } from '../../api/auth.ts';
import { useRequest } from '../../api/use-request.ts';
import { routesFor } from '../../app/routes.tsx';
import { useSession } from '../../app/session-context.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';

export default function OfficeHome() {
  const { session } = useSession();
  const calendar = useRequest(fetchPlanCalendar, []);
  if (!session) return null;
  const links = routesFor(session.account.role).filter((route) => !route.hidden && route.path !== '/');
  const plan = calendar.data;
  const current = plan ? currentPeriodKey(plan.periods) : null;
  const tasks = plan?.structure.filter((node) => node.kind === 'part').reduce((n, p) => n + p.taskCount, 0);
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Card>
          <Typography.Title level={4}>欢迎,{session.account.displayName}</Typography.Title>
          <Typography.Paragraph>当前身份:{ROLE_LABELS[session.account.role]}</Typography.Paragraph>
          {calendar.error && <LoadFailed error={calendar.error} onRetry={calendar.reload} />}
          {plan === null && <Empty description="尚未导入年度重点工作任务" />}
          {plan && (
            <Row gutter={16}>
              <Col xs={12} md={6}>
                <Statistic title="年度" value={plan.year} groupSeparator="" />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title="重点工作任务" value={tasks ?? 0} suffix="项" />
              </Col>
              <Col xs={24} md={12}>
                <Statistic title="当前填报季度" value={current ? periodLabel(current) : '—'} />
              </Col>
            </Row>
          )}
        </Card>
      </Col>
      <Col span={24}>
        <Card title="常用功能">
          <Row gutter={[12, 12]}>
            {links.map((route) => (
              <Col key={route.path} xs={12} md={6}>
                <Link to={route.path}>
                  <Card size="small" hoverable>
                    {route.label}
                  </Card>
                </Link>
              </Col>
            ))}
            <Col xs={12} md={6}>
              <a href="/public" target="_blank" rel="noreferrer">
                <Card size="small" hoverable>
                  公开进展(公众页面)
                </Card>
              </a>
            </Col>
          </Row>
        </Card>
      </Col>
    </Row>
  );
}
