// Every page with the roles that may open it: the menu and the route guard read the same list.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Role } from '../api/auth.ts';

export interface PageRoute {
  path: string;
  label: string;
  /** Roles that see it in the menu and may open it. */
  access: Role[];
  page: LazyExoticComponent<ComponentType>;
  /** Hidden from the menu (detail pages). */
  hidden?: boolean;
  /** Shown in the menu to these roles only (the others open it from a link). */
  menuFor?: Role[];
}

const ALL: Role[] = ['admin', 'supervisor', 'reporter', 'approver', 'leader'];

export const PAGE_ROUTES: PageRoute[] = [
  { path: '/', label: '首页', access: ALL, page: lazy(() => import('../pages/home/HomePage.tsx')) },
  // The units' side: the plan as the notice lists it, a task with its filings, the unit's own filing.
  {
    path: '/plan',
    label: '任务清单',
    access: ALL,
    page: lazy(() => import('../pages/plan/plan-view/PlanPage.tsx')),
  },
  {
    path: '/tasks/:taskId',
    label: '任务详情',
    access: ALL,
    hidden: true,
    page: lazy(() => import('../pages/reports/task/TaskPage.tsx')),
  },
  {
    path: '/tasks/:taskId/compare',
    label: '季度对比',
    access: ['admin', 'supervisor', 'leader'],
    hidden: true,
    page: lazy(() => import('../pages/reports/compare/ComparePage.tsx')),
  },
  {
    path: '/tasks/:taskId/periods/:key',
    label: '季度填报',
    access: ALL,
    hidden: true,
    page: lazy(() => import('../pages/reports/filing/FilingPage.tsx')),
  },
  {
    path: '/notices',
    label: '通知中心',
    access: ['supervisor', 'reporter', 'approver', 'leader'],
    hidden: true,
    page: lazy(() => import('../pages/notices/NoticesPage.tsx')),
  },
  // The office: supervision console, leaders' dashboard, and the admin's plan and directory pages.
  {
    path: '/console',
    label: '督查台',
    access: ['supervisor', 'admin'],
    page: lazy(() => import('../pages/office/console/ConsolePage.tsx')),
  },
  {
    path: '/dashboard',
    label: '数据看板',
    access: ['leader', 'supervisor', 'admin'],
    page: lazy(() => import('../pages/leader/dashboard/DashboardPage.tsx')),
  },
  {
    path: '/assessment',
    label: '年度考核',
    access: ['leader', 'supervisor', 'admin'],
    page: lazy(() => import('../pages/assessment/AssessmentPage.tsx')),
  },
  {
    path: '/assessment/statement',
    label: '考核得分',
    access: ALL,
    // A unit's accounts find their statement in the menu; the office opens it from the ranking.
    menuFor: ['reporter', 'approver'],
    page: lazy(() => import('../pages/assessment/StatementPage.tsx')),
  },
  {
    path: '/admin/import',
    label: '导入任务通知',
    access: ['admin'],
    page: lazy(() => import('../pages/admin/import/ImportPage.tsx')),
  },
  {
    path: '/admin/periods',
    label: '填报周期',
    access: ['admin'],
    page: lazy(() => import('../pages/admin/periods/PeriodsPage.tsx')),
  },
  {
    path: '/admin/units',
    label: '单位名录',
    access: ['admin'],
    page: lazy(() => import('../pages/admin/units/UnitsPage.tsx')),
  },
  {
    path: '/admin/accounts',
    label: '账号管理',
    access: ['admin'],
    page: lazy(() => import('../pages/admin/accounts/AccountsPage.tsx')),
  },
  {
    path: '/admin/backups',
    label: '数据备份',
    access: ['admin'],
    page: lazy(() => import('../pages/admin/backups/BackupsPage.tsx')),
  },
];

export function routesFor(role: Role): PageRoute[] {
  return PAGE_ROUTES.filter((route) => route.access.includes(role));
}
