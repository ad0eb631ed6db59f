// Routing: public pages, sign-in, and the signed-in frame whose routes follow the account's role.
import { Suspense, lazy } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { AppLayout } from '../components/AppLayout.tsx';
import { PageLoading } from '../components/PageLoading.tsx';
import { ClosedPage } from '../pages/errors/ClosedPage.tsx';
import { PAGE_ROUTES, routesFor } from './routes.tsx';
import { SessionProvider, useSession } from './session-context.tsx';

const LoginPage = lazy(() => import('../pages/login/LoginPage.tsx'));
const ChangePasswordPage = lazy(() => import('../pages/account/ChangePasswordPage.tsx'));
const PublicProgressPage = lazy(() => import('../pages/public/progress/PublicProgressPage.tsx'));

function SignedIn() {
  const { session, loading } = useSession();
  const location = useLocation();
  if (loading) return <PageLoading />;
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (session.account.mustChangePassword && location.pathname !== '/password')
    return <Navigate to="/password" replace />;
  return (
    <AppLayout>
      <Routes>
        <Route path="/password" element={<ChangePasswordPage />} />
        {routesFor(session.account.role).map(({ path, page: Page }) => (
          <Route key={path} path={path} element={<Page />} />
        ))}
        {/* Another role's page says so, rather than sending the person elsewhere without a word. */}
        {PAGE_ROUTES.filter((route) => !route.access.includes(session.account.role)).map(({ path }) => (
          <Route key={path} path={path} element={<ClosedPage reason="forbidden" />} />
        ))}
        <Route path="*" element={<ClosedPage reason="missing" />} />
      </Routes>
    </AppLayout>
  );
}

export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <Suspense fallback={<PageLoading />}>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            {/* Open to anyone: what the office has published, outside the signed-in frame. */}
            <Route path="/public" element={<PublicProgressPage />} />
            <Route path="/*" element={<SignedIn />} />
          </Routes>
        </Suspense>
      </BrowserRouter>
    </SessionProvider>
  );
}
