// The landing page after sign-in: a unit's accounts get their workbench, everyone else a short
// summary with the pages their role opens.
import { lazy } from 'react';
import { useSession } from '../../app/session-context.tsx';

const WorkbenchPage = lazy(() => import('../reports/workbench/WorkbenchPage.tsx'));
const OfficeHome = lazy(() => import('./OfficeHome.tsx'));

export default function HomePage() {
  const { session } = useSession();
  if (!session) return null;
  const { role } = session.account;
  return role === 'reporter' || role === 'approver' ? <WorkbenchPage /> : <OfficeHome />;
}
