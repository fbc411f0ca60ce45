import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Forbidden } from '../../app/status-pages.tsx';
import { can, useCurrentUser } from '../auth/index.ts';
import { ImportPage } from './ImportPage.tsx';
import { StatsPage } from './StatsPage.tsx';
import { TransfersPage } from './TransfersPage.tsx';
import { WorkerDetailPage } from './WorkerDetailPage.tsx';
import { WorkerFormPage } from './WorkerFormPage.tsx';
import { WorkersPage } from './WorkersPage.tsx';

function Guard({ allowed, children }: { allowed: boolean; children: ReactNode }) {
  return allowed ? children : <Forbidden />;
}

/** The labour-supply register (Cung lao động), mounted at /registry/*. The server enforces roles and scope. */
export function RegistryRoutes() {
  const user = useCurrentUser();
  const read = can(user, 'worker:read');
  return (
    <Routes>
      <Route
        index
        element={
          <Guard allowed={read}>
            <WorkersPage />
          </Guard>
        }
      />
      <Route
        path="workers/new"
        element={
          <Guard allowed={can(user, 'worker:create')}>
            <WorkerFormPage />
          </Guard>
        }
      />
      <Route
        path="workers/:personId"
        element={
          <Guard allowed={read}>
            <WorkerDetailPage />
          </Guard>
        }
      />
      <Route
        path="workers/:personId/edit"
        element={
          <Guard allowed={can(user, 'worker:update')}>
            <WorkerFormPage />
          </Guard>
        }
      />
      <Route
        path="import"
        element={
          <Guard allowed={can(user, 'worker_import:create')}>
            <ImportPage />
          </Guard>
        }
      />
      <Route
        path="stats"
        element={
          <Guard allowed={read}>
            <StatsPage />
          </Guard>
        }
      />
      <Route
        path="transfers"
        element={
          <Guard allowed={can(user, 'person_transfer:request')}>
            <TransfersPage />
          </Guard>
        }
      />
      <Route path="*" element={<Forbidden />} />
    </Routes>
  );
}
