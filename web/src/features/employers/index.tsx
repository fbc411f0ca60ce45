import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Forbidden, NotFound } from '../../app/status-pages.tsx';
import { can, useCurrentUser } from '../auth/index.ts';
import { EmployerDetailPage } from './EmployerDetailPage.tsx';
import { EmployerFormPage } from './EmployerFormPage.tsx';
import { EmployerImportPage } from './EmployerImportPage.tsx';
import { EmployersPage } from './EmployersPage.tsx';

function Guard({ allowed, children }: { allowed: boolean; children: ReactNode }) {
  return allowed ? children : <Forbidden />;
}

/**
 * The employers register, mounted at /employers/*. An employer account lands on its own employer; the server
 * enforces roles and scope.
 */
export function EmployersRoutes() {
  const user = useCurrentUser();
  const read = can(user, 'employer:read');
  const guarded = (allowed: boolean, page: ReactNode) => <Guard allowed={allowed}>{page}</Guard>;
  const own = user.employerId ?? undefined;
  return (
    <Routes>
      <Route index element={guarded(read, own !== undefined ? <EmployerDetailPage id={own} /> : <EmployersPage />)} />
      <Route path="new" element={guarded(can(user, 'employer:create'), <EmployerFormPage />)} />
      <Route path="import" element={guarded(can(user, 'employer:import'), <EmployerImportPage />)} />
      <Route path=":id" element={guarded(read, <EmployerDetailPage />)} />
      <Route path=":id/edit" element={guarded(can(user, 'employer:update'), <EmployerFormPage />)} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
