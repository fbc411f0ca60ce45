import type { Capability } from '@lmis/contracts';
import { Button, Result } from 'antd';
import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { can, useMe } from '../features/auth/api.ts';
import { useI18n } from './i18n.ts';
import { AppLayout, PageFallback } from './layout.tsx';
import { Forbidden, NotFound } from './status-pages.tsx';

// Each page is its own chunk: antd tables, trees and date pickers load only where they are used.
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
const LoginPage = page(() => import('../features/auth/LoginPage.tsx'), 'LoginPage');
const ChangePasswordPage = page(() => import('../features/auth/ChangePasswordPage.tsx'), 'ChangePasswordPage');
const HomePage = page(() => import('../features/home/HomePage.tsx'), 'HomePage');
const RegistryRoutes = page(() => import('../features/registry/index.tsx'), 'RegistryRoutes');
const HouseholdsRoutes = page(() => import('../features/households/index.tsx'), 'HouseholdsRoutes');
const EmployersRoutes = page(() => import('../features/employers/index.tsx'), 'EmployersRoutes');
const DossiersRoutes = page(() => import('../features/dossiers/index.tsx'), 'DossiersRoutes');
const UnitBrowserPage = page(() => import('../features/admin-units/UnitBrowserPage.tsx'), 'UnitBrowserPage');
const CataloguesPage = page(() => import('../features/catalogues/CataloguesPage.tsx'), 'CataloguesPage');
const UsersPage = page(() => import('../features/users/UsersPage.tsx'), 'UsersPage');
const HistoryPage = page(() => import('../features/history/HistoryPage.tsx'), 'HistoryPage');
const SecurityLogPage = page(() => import('../features/admin-security/SecurityLogPage.tsx'), 'SecurityLogPage');
const SystemPage = page(() => import('../features/admin-system/SystemPage.tsx'), 'SystemPage');
const ApiTokensPage = page(() => import('../features/api-tokens/ApiTokensPage.tsx'), 'ApiTokensPage');
const ModulePage = lazy(async () => ({ default: (await import('../features/modules/ModulePage.tsx')).ModulePage }));

const MODULE_PATHS = ['/training', '/jobs', '/fairs', '/plans', '/reports'];
const CHANGE_PASSWORD_PATH = '/doi-mat-khau';

function FullScreenError({ error }: { error: unknown }) {
  const { errorText, t } = useI18n();
  return (
    <Result
      status="error"
      title={errorText(error)}
      extra={<Button onClick={() => window.location.reload()}>{t('reload')}</Button>}
    />
  );
}

/** Signed-in pages: sends anonymous visitors to sign in, and users with a temporary password to change it. */
function RequireSession({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageFallback />;
  if (me.isError) return <FullScreenError error={me.error} />;
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={`/dang-nhap${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`} replace />;
  }
  if (me.data.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  }
  return children;
}

/** A page for users holding a capability (from /api/auth/me); the server refuses the rest anyway. */
function RequireCapability({ capability, children }: { capability: Capability; children: ReactNode }) {
  const me = useMe();
  if (me.data && !can(me.data, capability)) return <Forbidden />;
  return children;
}

export function AppRouter() {
  return (
    <BrowserRouter>
      <Suspense fallback={<PageFallback />}>
        <Routes>
          <Route path="/dang-nhap" element={<LoginPage />} />
          <Route path="/login" element={<Navigate to="/dang-nhap" replace />} />
          <Route
            element={
              <RequireSession>
                <AppLayout />
              </RequireSession>
            }
          >
            <Route index element={<HomePage />} />
            <Route path="registry/*" element={<RegistryRoutes />} />
            <Route path="households/*" element={<HouseholdsRoutes />} />
            <Route path="employers/*" element={<EmployersRoutes />} />
            <Route path="dossiers/*" element={<DossiersRoutes />} />
            {MODULE_PATHS.map((path) => (
              <Route key={path} path={path} element={<ModulePage path={path} />} />
            ))}
            <Route path="admin" element={<Navigate to="/admin/units" replace />} />
            <Route path="admin/units" element={<UnitBrowserPage />} />
            <Route path="admin/catalogues" element={<CataloguesPage />} />
            <Route
              path="admin/users"
              element={
                <RequireCapability capability="user:read">
                  <UsersPage />
                </RequireCapability>
              }
            />
            <Route
              path="admin/history"
              element={
                <RequireCapability capability="audit:read">
                  <HistoryPage />
                </RequireCapability>
              }
            />
            <Route
              path="admin/security"
              element={
                <RequireCapability capability="security_log:read">
                  <SecurityLogPage />
                </RequireCapability>
              }
            />
            <Route
              path="admin/api-tokens"
              element={
                <RequireCapability capability="api_token:manage">
                  <ApiTokensPage />
                </RequireCapability>
              }
            />
            <Route
              path="admin/system"
              element={
                <RequireCapability capability="system:read">
                  <SystemPage />
                </RequireCapability>
              }
            />
            <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}
