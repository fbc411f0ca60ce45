import {
  type CurrentUserT,
  type FieldDeclaration,
  WORKER_FIELD_LABELS,
  WORKER_FIELDS,
  type WorkerInputT,
  type WorkerT,
} from '@lmis/contracts';
import { Alert, App, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { type MessageKey, useI18n } from '../../app/i18n.ts';
import { foldedSearch, type RegistryCatalogue, sexOptions, useCatalogue } from '../../kit/catalogues.tsx';
import { DateInput } from '../../kit/form/DateInput.tsx';
import { FormErrorAlert, type FormErrorState, FormFooter, FormHeader } from '../../kit/form/form-chrome.tsx';
import { clearFieldErrors, showFieldErrors } from '../../kit/form/form-errors.ts';
import { ApiError, fieldIssues } from '../../kit/http.ts';
import { CommuneField } from '../../kit/units/CommuneField.tsx';
import { useCurrentUser } from '../auth/index.ts';
import { fetchWorker, transferablePersonId, useCreateWorker, useUpdateWorker, useWorker } from './api.ts';

/**
 * The form's fields come from the worker's field declaration (packages/contracts `worker.fields.ts`): labels, which
 * are free text and which take a catalogue. The sections below place the fields the register's form lays out by
 * employment status (TT 01/2022 Art. 7); any other declared field shows in "Thông tin khác" without a change here.
 */
type Declared = (typeof WORKER_FIELDS)[number];
type TextKey = Exclude<Extract<Declared, { type: 'text' }>['key'], 'fullName'>;
type CodeKey = Extract<Declared, { type: 'catalogue' }>['key'];
type BoolKey = Extract<Declared, { type: 'bool' }>['key'];

/** Every declared field, read through the declaration type (each literal entry lacks the optional properties). */
const DECLARED: readonly FieldDeclaration<Declared['key']>[] = WORKER_FIELDS;
const ENTERED = DECLARED.filter((f) => f.stored !== 'none');
const TEXT_KEYS = ENTERED.filter((f) => f.type === 'text' && f.key !== 'fullName').map((f) => f.key as TextKey);
const CODE_KEYS = ENTERED.filter((f) => f.type === 'catalogue').map((f) => f.key as CodeKey);
const catalogueOf = (key: CodeKey) => DECLARED.find((f) => f.key === key)?.catalogue as RegistryCatalogue;

/** Fields the sections below place themselves. */
const PLACED = new Set<string>([
  'personId',
  'fullName',
  'birthDate',
  'sex',
  'ethnicityCode',
  'phone',
  'communeCode',
  'address',
  'householdRelation',
  'generalEducationCode',
  'qualificationCode',
  'trainingField',
  'employmentStatus',
  'statusInEmploymentCode',
  'jobTitle',
  'occupationCode',
  'workplaceName',
  'workplaceType',
  'workplaceSector',
  'workplaceAddress',
  'socialInsurance',
  'unemploymentDurationCode',
  'previousJob',
  'inactivityReasonCode',
  'needTraining',
  'needJob',
  'needAbroad',
]);
const OTHER_FIELDS = ENTERED.filter((f) => !PLACED.has(f.key) && ['text', 'catalogue'].includes(f.type));

interface WorkerForm extends Partial<Record<TextKey | CodeKey, string | null>> {
  personId: string;
  fullName: string;
  birthDate: Dayjs | null;
  sex: string;
  communeCode: string | null;
  socialInsurance: 'yes' | 'no' | null;
  needTraining: boolean;
  needJob: boolean;
  needAbroad: boolean;
  roundYear: number;
}

function toForm(w: WorkerT | null, user: CurrentUserT): Partial<WorkerForm> {
  if (!w) {
    return {
      communeCode: user.unitCode?.length === 5 ? user.unitCode : null,
      needTraining: false,
      needJob: false,
      needAbroad: false,
      socialInsurance: null,
      roundYear: new Date().getFullYear(),
    };
  }
  const v: Partial<WorkerForm> = {
    personId: w.personId,
    fullName: w.fullName,
    birthDate: dayjs(w.birthDate, 'YYYY-MM-DD'),
    sex: w.sex,
    communeCode: w.communeCode,
    socialInsurance: w.socialInsurance === null ? null : w.socialInsurance ? 'yes' : 'no',
    needTraining: w.needTraining,
    needJob: w.needJob,
    needAbroad: w.needAbroad,
    roundYear: w.roundYear,
  };
  for (const k of [...TEXT_KEYS, ...CODE_KEYS]) v[k] = w[k];
  return v;
}

function toInput(v: WorkerForm): WorkerInputT {
  const text = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);
  const body: WorkerInputT = {
    personId: v.personId.trim(),
    fullName: v.fullName.trim().replace(/\s+/g, ' '),
    birthDate: v.birthDate ? v.birthDate.format('YYYY-MM-DD') : '',
    sex: v.sex,
    communeCode: v.communeCode ?? '',
    socialInsurance: v.socialInsurance === null || v.socialInsurance === undefined ? null : v.socialInsurance === 'yes',
    needTraining: v.needTraining,
    needJob: v.needJob,
    needAbroad: v.needAbroad,
    roundYear: v.roundYear,
  };
  for (const k of TEXT_KEYS) body[k] = text(v[k]);
  for (const k of CODE_KEYS) body[k] = v[k] ?? null;
  // The unemployment duration belongs to the unemployed, the reason of inactivity to the inactive (TT 01/2022).
  if (v.employmentStatus !== '2') body.unemploymentDurationCode = null;
  if (v.employmentStatus !== '3') body.inactivityReasonCode = null;
  return body;
}

function CatalogueSelect(props: {
  name: RegistryCatalogue;
  id?: string;
  value?: string | null;
  onChange?: (v: string | null) => void;
}) {
  const cat = useCatalogue(props.name);
  return (
    <Select
      id={props.id}
      allowClear
      showSearch={foldedSearch}
      loading={cat.isLoading}
      value={props.value ?? undefined}
      options={cat.options}
      onChange={(v?: string) => props.onChange?.(v ?? null)}
      popupMatchSelectWidth={false}
    />
  );
}

/** Creates a worker (/registry/workers/new) or edits one, sending the version it read (409 when stale). */
export function WorkerFormPage() {
  const { personId } = useParams();
  const editing = Boolean(personId);
  const { t, lang, errorText } = useI18n();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<WorkerForm>();
  const loaded = useWorker(personId);
  const [record, setRecord] = useState<WorkerT | null>(null);
  const [error, setError] = useState<FormErrorState | null>(null);
  // Set when the personal ID is registered in another unit: the form offers a transfer request instead.
  const [transferable, setTransferable] = useState<string | null>(null);
  const create = useCreateWorker();
  const update = useUpdateWorker();
  const status = Form.useWatch('employmentStatus', form);

  const fill = (w: WorkerT | null) => {
    setRecord(w);
    form.resetFields();
    form.setFieldsValue(toForm(w, user));
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: fill once the record (or the blank form) is ready
  useEffect(() => {
    if (!editing) fill(null);
    else if (loaded.data) fill(loaded.data);
  }, [editing, loaded.data]);

  const onError = (e: unknown) => {
    const conflict = e instanceof ApiError && e.code === 'CONFLICT';
    setTransferable(transferablePersonId(e));
    clearFieldErrors(form);
    // Each refused field's reason beside the field; the others (a field of a hidden section) in the alert.
    const unmatched = conflict ? [] : showFieldErrors(form, e, lang, (f) => WORKER_FIELD_LABELS[f]?.[lang] ?? f);
    setError({
      text: conflict ? t('workerConflict') : fieldIssues(e).length ? t('validationTitle') : errorText(e),
      issues: unmatched,
      conflict,
    });
    window.scrollTo({ top: 0, behavior: 'smooth' });
  };

  const reload = async () => {
    if (!record) return;
    try {
      fill(await fetchWorker(record.personId));
      setError(null);
    } catch (e) {
      onError(e);
    }
  };

  // Called with all stored values, including those of sections hidden by the employment status.
  const onFinish = (v: WorkerForm) => {
    setError(null);
    const body = toInput(v);
    if (!record) {
      create.mutate(body, {
        onSuccess: (w) => {
          void message.success(t('workerCreated'));
          void navigate(`/registry/workers/${w.personId}`, { replace: true });
        },
        onError,
      });
      return;
    }
    update.mutate(
      { personId: record.personId, body: { ...body, personId: record.personId, version: record.version } },
      {
        onSuccess: (w) => {
          void message.success(t('saved'));
          void navigate(`/registry/workers/${w.personId}`, { replace: true });
        },
        onError,
      },
    );
  };

  if (editing && loaded.isPending) return <Spin />;
  if (editing && loaded.isError) return <Alert type="error" showIcon title={errorText(loaded.error)} />;

  const pending = create.isPending || update.isPending;
  const req = [{ required: true, message: t('required') }];
  const label = (name: string) => WORKER_FIELD_LABELS[name]?.[lang] ?? name;
  const item = (name: keyof WorkerForm, control: ReactNode, extra?: object) => (
    <Col span={8} key={name}>
      <Form.Item name={name} label={name === 'roundYear' ? t('roundYear') : label(name)} {...extra}>
        {control}
      </Form.Item>
    </Col>
  );
  const text = (name: TextKey) => item(name, <Input allowClear />);
  const code = (name: CodeKey) => item(name, <CatalogueSelect name={catalogueOf(name)} />);
  const check = (name: BoolKey) => (
    <Col span={8} key={name}>
      <Form.Item name={name} valuePropName="checked" style={{ marginBottom: 8 }}>
        <Checkbox>{label(name)}</Checkbox>
      </Form.Item>
    </Col>
  );
  const section = (title: MessageKey, children: ReactNode) => (
    <Card size="small" title={t(title)} style={{ marginBottom: 12 }}>
      <Row gutter={16}>{children}</Row>
    </Card>
  );

  return (
    <div>
      <FormHeader
        title={record ? `${t('editWorker')}: ${record.fullName}` : t('addWorker')}
        pending={pending}
        onSave={() => form.submit()}
        saveTestId="worker-save"
      />
      <FormErrorAlert error={error} onReload={reload} testId="worker-form-error" />
      {transferable && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('transferRequestHint')}
          action={
            <Button
              size="small"
              type="primary"
              onClick={() => navigate(`/registry/transfers?personId=${transferable}`)}
              data-testid="worker-request-transfer"
            >
              {t('transferRequest')}
            </Button>
          }
        />
      )}
      <Form<WorkerForm>
        form={form}
        layout="vertical"
        onFinish={() => onFinish(form.getFieldsValue(true) as WorkerForm)}
        disabled={pending}
        requiredMark
      >
        {section(
          'sectionPersonal',
          <>
            {item('fullName', <Input />, { rules: req })}
            {item('personId', <Input maxLength={12} disabled={Boolean(record)} />, {
              rules: [...req, { pattern: /^\d{12}$/, message: t('personIdDigits') }],
            })}
            {item('birthDate', <DateInput />, {
              rules: req,
            })}
            {item('sex', <Select options={sexOptions(lang)} />, { rules: req })}
            {code('ethnicityCode')}
            {text('phone')}
            {item('communeCode', <CommuneField user={user} initialLabel={record?.communeName ?? null} />, {
              rules: req,
            })}
            {text('address')}
            {text('householdRelation')}
          </>,
        )}
        {section(
          'sectionQualification',
          <>
            {code('generalEducationCode')}
            {code('qualificationCode')}
            {text('trainingField')}
          </>,
        )}
        {section(
          'sectionEmployment',
          <>
            {code('employmentStatus')}
            {status === '1' && (
              <>
                {code('statusInEmploymentCode')}
                {text('jobTitle')}
                {code('occupationCode')}
                {text('workplaceName')}
                {text('workplaceType')}
                {code('workplaceSector')}
                {text('workplaceAddress')}
                {item(
                  'socialInsurance',
                  <Select
                    allowClear
                    options={[
                      { value: 'yes', label: t('yes') },
                      { value: 'no', label: t('no') },
                    ]}
                  />,
                )}
              </>
            )}
          </>,
        )}
        {(status === '2' || status === '3') &&
          section(
            'sectionUnemployment',
            status === '2' ? (
              <>
                {code('unemploymentDurationCode')}
                {text('previousJob')}
              </>
            ) : (
              code('inactivityReasonCode')
            ),
          )}
        {OTHER_FIELDS.length > 0 &&
          section(
            'sectionOther',
            OTHER_FIELDS.map((f) => (f.type === 'catalogue' ? code(f.key as CodeKey) : text(f.key as TextKey))),
          )}
        {section(
          'sectionNeeds',
          <>
            {check('needTraining')}
            {check('needJob')}
            {check('needAbroad')}
            {item('roundYear', <InputNumber min={2015} max={2100} style={{ width: '100%' }} />, {
              rules: req,
            })}
          </>,
        )}
      </Form>
      <FormFooter pending={pending} onSave={() => form.submit()} saveTestId="worker-save-bottom" />
    </div>
  );
}
