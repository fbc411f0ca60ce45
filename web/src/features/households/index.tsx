import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Forbidden, NotFound } from '../../app/status-pages.tsx';
import { can, useCurrentUser } from '../auth/index.ts';
import { HouseholdDetailPage } from './HouseholdDetailPage.tsx';
import { HouseholdFormPage } from './HouseholdFormPage.tsx';
import { HouseholdImportPage } from './HouseholdImportPage.tsx';
import { HouseholdsPage } from './HouseholdsPage.tsx';
import { PovertyRatesPage } from './PovertyRatesPage.tsx';
import { ReviewFormPage } from './ReviewFormPage.tsx';

function Guard({ allowed, children }: { allowed: boolean; children: ReactNode }) {
  return allowed ? children : <Forbidden />;
}

/**
 * Households and their yearly poverty review (rà soát hộ nghèo, hộ cận nghèo), mounted at /households/*.
 * The server enforces roles and scope.
 */
export function HouseholdsRoutes() {
  const user = useCurrentUser();
  const read = can(user, 'household:read');
  const guarded = (allowed: boolean, page: ReactNode) => <Guard allowed={allowed}>{page}</Guard>;
  return (
    <Routes>
      <Route index element={guarded(read, <HouseholdsPage />)} />
      <Route path="rates" element={guarded(read, <PovertyRatesPage />)} />
      <Route path="new" element={guarded(can(user, 'household:create'), <HouseholdFormPage />)} />
      <Route path="import" element={guarded(can(user, 'household_import:create'), <HouseholdImportPage />)} />
      <Route path=":id" element={guarded(read, <HouseholdDetailPage />)} />
      <Route path=":id/edit" element={guarded(can(user, 'household:update'), <HouseholdFormPage />)} />
      <Route path=":id/reviews/:year" element={guarded(can(user, 'poverty_review:write'), <ReviewFormPage />)} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

// What other features may use: one household's detail and its class tag.
export { useHousehold } from './api.ts';
export { ClassTag } from './labels.tsx';
