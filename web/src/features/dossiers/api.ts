import {
  Dossier,
  DossierAttachment,
  DossierCreate,
  DossierEvent,
  DossierListItem,
  DossierListQuery,
  type DossierListQueryT,
  DossierQueueItem,
  DossierQueueQuery,
  DossierSlaQuery,
  DossierSlaRow,
  DossierTransitionBody,
  type DossierTransitionBodyT,
  DossierTypeView,
  DossierUpdate,
  Employer,
  EmployerListQuery,
  InstitutionOption,
  InstitutionOptionsQuery,
  TraineeListParse,
  type TrainingSupportApplicationT,
  TrainingSupportAssessment,
  TrainingSupportAssessmentBody,
  type TrainingSupportAssessmentBodyT,
  TrainingSupportPayment,
  TrainingSupportPaymentBody,
  type TrainingSupportPaymentBodyT,
  TrainingSupportRecovery,
  TrainingSupportResultBody,
  type TrainingSupportResultBodyT,
} from '@lmis/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Type from 'typebox';
import { endpoint } from '../../kit/client.ts';
import { setCsrfToken } from '../../kit/http.ts';
import { PagedAnswer, withCursor } from '../../kit/list/paging.ts';
import { getSession } from '../auth/index.ts';

const listTypes = endpoint({
  method: 'GET',
  path: '/api/dossier-types',
  response: Type.Object({ items: Type.Array(DossierTypeView) }),
});
const queue = endpoint({
  method: 'GET',
  path: '/api/dossiers/queue',
  query: DossierQueueQuery,
  response: Type.Object({ items: Type.Array(DossierQueueItem) }),
});
const sla = endpoint({
  method: 'GET',
  path: '/api/dossiers/sla',
  query: DossierSlaQuery,
  response: Type.Object({ items: Type.Array(DossierSlaRow) }),
});
const listDossiers = endpoint({
  method: 'GET',
  path: '/api/dossiers',
  query: withCursor(DossierListQuery),
  response: PagedAnswer(DossierListItem),
});
const getDossier = endpoint({ method: 'GET', path: '/api/dossiers/:id', response: Dossier });
const updateDossier = endpoint({ method: 'PUT', path: '/api/dossiers/:id', body: DossierUpdate, response: Dossier });
const createDossier = endpoint({ method: 'POST', path: '/api/dossiers', body: DossierCreate, response: Dossier });
const history = endpoint({
  method: 'GET',
  path: '/api/dossiers/:id/history',
  response: Type.Object({ items: Type.Array(DossierEvent) }),
});
const attachments = endpoint({
  method: 'GET',
  path: '/api/dossiers/:id/attachments',
  response: Type.Object({ items: Type.Array(DossierAttachment) }),
});
const upload = endpoint({
  method: 'POST',
  path: '/api/dossiers/:id/attachments',
  body: 'multipart',
  response: DossierAttachment,
});
const act = endpoint({
  method: 'POST',
  path: '/api/dossiers/:id/actions/:action',
  body: DossierTransitionBody,
  response: Dossier,
});
const assess = endpoint({
  method: 'POST',
  path: '/api/training-support/assessment',
  body: TrainingSupportAssessmentBody,
  response: TrainingSupportAssessment,
});
const dossierAssessment = endpoint({
  method: 'GET',
  path: '/api/training-support/dossiers/:id/assessment',
  response: TrainingSupportAssessment,
});
const traineeList = endpoint({
  method: 'POST',
  path: '/api/training-support/trainee-list',
  body: 'multipart',
  response: TraineeListParse,
});
const payment = endpoint({
  method: 'POST',
  path: '/api/training-support/dossiers/:id/payment',
  body: TrainingSupportPaymentBody,
  response: TrainingSupportPayment,
});
const result = endpoint({
  method: 'PUT',
  path: '/api/training-support/dossiers/:id/result',
  body: TrainingSupportResultBody,
  response: TrainingSupportRecovery,
});
const recovery = endpoint({
  method: 'GET',
  path: '/api/training-support/dossiers/:id/recovery',
  response: TrainingSupportRecovery,
});

export const receiptUrl = (id: number) => `/api/dossiers/${id}/receipt.docx`;
export const attachmentUrl = (id: number, attachmentId: number) => `/api/dossiers/${id}/attachments/${attachmentId}`;
/** A decision as .docx; the owning module words its articles and annex (training support: Mẫu 04a/04b with the workers). */
export const decisionUrl = (id: number, decisionId: number) => `/api/dossiers/${id}/decisions/${decisionId}.docx`;

/** Mirrors the server's limit on one attached file (server/src/modules/dossiers/attachments.ts). */
export const MAX_ATTACHMENT_MB = 20;

export const TRAINING_SUPPORT = new Set<string>(['training_support_covid', 'training_support_ui']);

const keys = {
  all: ['dossiers'] as const,
  one: (id: number) => ['dossiers', 'one', id] as const,
};

export function useDossierTypes() {
  return useQuery({
    queryKey: ['dossiers', 'types'],
    queryFn: () => listTypes(),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export type QueueView = 'mine' | 'overdue' | 'due_soon';

export function useQueue(
  query: { view: QueueView; days?: number; unitCode?: string; stepCode?: string },
  enabled = true,
) {
  return useQuery({
    queryKey: ['dossiers', 'queue', query],
    queryFn: ({ signal }) => queue({ query: { limit: 200, ...query }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The plain list of dossiers in the scope (an employer account: its employer's, drafts included), newest first. */
export function useDossierList(query: Partial<DossierListQueryT>, enabled = true) {
  return useQuery({
    queryKey: ['dossiers', 'list', query],
    queryFn: ({ signal }) => listDossiers({ query, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useSla(query: { from: string; to: string; unitCode?: string }) {
  return useQuery({
    queryKey: ['dossiers', 'sla', query],
    queryFn: ({ signal }) => sla({ query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useDossier(id: number, enabled = true) {
  return useQuery({ queryKey: keys.one(id), queryFn: () => getDossier({ params: { id } }), retry: false, enabled });
}

export function useDossierHistory(id: number) {
  return useQuery({ queryKey: [...keys.one(id), 'history'], queryFn: () => history({ params: { id } }) });
}

export function useAttachments(id: number) {
  return useQuery({ queryKey: [...keys.one(id), 'attachments'], queryFn: () => attachments({ params: { id } }) });
}

export function useDossierAssessment(id: number, enabled: boolean) {
  return useQuery({
    queryKey: [...keys.one(id), 'assessment'],
    queryFn: () => dossierAssessment({ params: { id } }),
    enabled,
  });
}

export function useRecovery(id: number, enabled: boolean) {
  return useQuery({
    queryKey: [...keys.one(id), 'recovery'],
    queryFn: () => recovery({ params: { id } }),
    enabled,
    retry: false,
  });
}

/** The live assessment of a draft: asked again whenever the application changes (the caller debounces). */
export function useDraftAssessment(body: TrainingSupportAssessmentBodyT | null) {
  return useQuery({
    queryKey: ['dossiers', 'draft-assessment', body],
    queryFn: ({ signal }) => assess({ body: body as TrainingSupportAssessmentBodyT, signal }),
    enabled: body !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: keys.all });
}

async function withCsrf() {
  setCsrfToken((await getSession()).csrfToken);
}

export function useAct(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: { action: string; body: DossierTransitionBodyT }) =>
      act({ params: { id, action: input.action }, body: input.body }),
    onSettled: invalidate,
  });
}

export function useUpload(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (input: { file: File; documentCode: string }) => {
      await withCsrf();
      const form = new FormData();
      // The server reads the fields before the file.
      form.append('documentCode', input.documentCode);
      form.append('file', input.file, input.file.name);
      return upload({ params: { id }, body: form });
    },
    onSuccess: invalidate,
  });
}

export function useParseTraineeList() {
  return useMutation({
    mutationFn: async (file: File) => {
      await withCsrf();
      const form = new FormData();
      form.append('file', file, file.name);
      return traineeList({ body: form });
    },
  });
}

export function useCreateDossier() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: {
      typeCode: string;
      unitCode: string;
      applicantName: string;
      payload: TrainingSupportApplicationT;
    }) => createDossier({ body: { ...input, payload: input.payload as unknown as Record<string, unknown> } }),
    onSuccess: invalidate,
  });
}

/** Saves a draft's content into the same dossier, with the version read (409 when saved elsewhere meanwhile). */
export function useUpdateDossier() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: {
      id: number;
      version: number;
      unitCode: string;
      applicantName: string;
      payload: TrainingSupportApplicationT;
    }) => {
      const { id, payload, ...rest } = input;
      return updateDossier({
        params: { id },
        body: { ...rest, payload: payload as unknown as Record<string, unknown> },
      });
    },
    onSuccess: invalidate,
  });
}

export function useRecordPayment(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: TrainingSupportPaymentBodyT) => payment({ params: { id }, body }),
    onSettled: invalidate,
  });
}

export function useReportResult(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: TrainingSupportResultBodyT) => result({ params: { id }, body }),
    onSettled: invalidate,
  });
}

/** Submits a fresh draft: the first action of its type (the server lists it in allowedActions). */
export async function submitDraft(id: number, version: number) {
  return act({ params: { id, action: 'submit' }, body: { version } });
}

const getEmployer = endpoint({ method: 'GET', path: '/api/employers/:id', response: Employer });
const findEmployers = endpoint({
  method: 'GET',
  path: '/api/employers',
  query: EmployerListQuery,
  response: Type.Object({ items: Type.Array(Employer), total: Type.Integer() }),
});
const institutionOptions = endpoint({
  method: 'GET',
  path: '/api/institutions/options',
  query: InstitutionOptionsQuery,
  response: Type.Object({ items: Type.Array(InstitutionOption) }),
});

/** The applicant: an employer account's own employer, or the one an officer picks. */
export function useApplicantEmployer(id: number | undefined) {
  return useQuery({
    queryKey: ['dossiers', 'employer', id],
    queryFn: () => getEmployer({ params: { id: id ?? 0 } }),
    enabled: id !== undefined,
  });
}

export function useEmployerSearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['dossiers', 'employer-search', q],
    queryFn: ({ signal }) => findEmployers({ query: { q: q || undefined, pageSize: 20 }, signal }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** The plan's institution picker: name, code and commune (employer accounts included). */
export function useInstitutionSearch(q: string) {
  return useQuery({
    queryKey: ['dossiers', 'institution-search', q],
    queryFn: ({ signal }) => institutionOptions({ query: { q: q || undefined, limit: 20 }, signal }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** An institution's name for the plan, through the picker's answer (which every filing account may read). */
export function useInstitutionName(id: number | null | undefined) {
  const q = useQuery({
    queryKey: ['dossiers', 'institution', id],
    queryFn: () => institutionOptions({ query: { id: id ?? 0, limit: 1 } }),
    enabled: typeof id === 'number',
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  return q.data?.items[0]?.name;
}
