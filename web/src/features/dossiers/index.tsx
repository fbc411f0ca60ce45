import type { ReactNode } from 'react';
import { Route, Routes, useParams } from 'react-router-dom';
import { Forbidden, NotFound } from '../../app/status-pages.tsx';
import { can, useCurrentUser } from '../auth/index.ts';
import { DossierPage } from './DossierPage.tsx';
import { NewApplicationPage } from './NewApplicationPage.tsx';
import { QueuePage } from './QueuePage.tsx';
import { SlaPage } from './SlaPage.tsx';

/** A draft reopened in the application form (/dossiers/:id/edit); the server refuses all but drafts. */
function EditDraft() {
  const id = Number(useParams().id);
  return Number.isInteger(id) && id > 0 ? <NewApplicationPage key={id} editId={id} /> : <NotFound />;
}

function Guard({ allowed, children }: { allowed: boolean; children: ReactNode }) {
  return allowed ? children : <Forbidden />;
}

/**
 * Support dossiers on the approval engine, mounted at /dossiers/*: the work queue (an employer account's own
 * dossiers), one dossier, a new training-support application and the SLA summary. The server decides every request.
 */
export function DossiersRoutes() {
  const user = useCurrentUser();
  const read = can(user, 'dossier:read');
  return (
    <Routes>
      <Route index element={<Guard allowed={read}>{<QueuePage />}</Guard>} />
      <Route path="new" element={<Guard allowed={can(user, 'dossier:file')}>{<NewApplicationPage />}</Guard>} />
      <Route path="sla" element={<Guard allowed={can(user, 'dossier:sla')}>{<SlaPage />}</Guard>} />
      <Route path=":id/edit" element={<Guard allowed={can(user, 'dossier:file')}>{<EditDraft />}</Guard>} />
      <Route path=":id" element={<Guard allowed={read}>{<DossierPage />}</Guard>} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
