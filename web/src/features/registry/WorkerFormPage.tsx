import { type CurrentUserT, historyFieldLabel, type WorkerInputT, type WorkerT } from '@lmis/contracts';
import { Alert, App, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { type MessageKey, useI18n } from '../../app/i18n.ts';
import { foldedSearch, foldText, type RegistryCatalogue, sexOptions, useCatalogue } from '../../kit/catalogues.tsx';
import { DateInput } from '../../kit/form/DateInput.tsx';
import { FormErrorAlert, type FormErrorState, FormFooter, FormHeader } from '../../kit/form/form-chrome.tsx';
import { ApiError, fieldIssues } from '../../kit/http.ts';
import { CommuneField } from '../../kit/units/CommuneField.tsx';
import { useCurrentUser } from '../auth/index.ts';
import { fetchWorker, transferablePersonId, useCreateWorker, useUpdateWorker, useWorker } from './api.ts';

type TextKey =
  | 'phone'
  | 'address'
  | 'householdRelation'
  | 'trainingField'
  | 'jobTitle'
  | 'workplaceName'
  | 'workplaceType'
  | 'workplaceAddress'
  | 'previousJob';
type CodeKey =
  | 'ethnicityCode'
  | 'generalEducationCode'
  | 'qualificationCode'
  | 'employmentStatus'
  | 'statusInEmploymentCode'
  | 'occupationCode'
  | 'workplaceSector'
  | 'unemploymentDurationCode'
  | 'inactivityReasonCode';

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

const TEXT_KEYS: TextKey[] = [
  'phone',
  'address',
  'householdRelation',
  'trainingField',
  'jobTitle',
  'workplaceName',
  'workplaceType',
  'workplaceAddress',
  'previousJob',
];
const CODE_KEYS: CodeKey[] = [
  'ethnicityCode',
  'generalEducationCode',
  'qualificationCode',
  'employmentStatus',
  'statusInEmploymentCode',
  'occupationCode',
  'workplaceSector',
  'unemploymentDurationCode',
  'inactivityReasonCode',
];

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

/** "Ngày sinh: không hợp lệ" stays as is; a sentence that does not name its field gets the field's label. */
/** An issue named by the field's declared label ("Số điện thoại: …"), never by its code name. */
function issueText(issue: { field: string; message: string; messageEn?: string }, lang: 'vi' | 'en'): string {
  const label = historyFieldLabel('worker', issue.field, lang);
  const message = lang === 'en' && issue.messageEn ? issue.messageEn : issue.message;
  return foldText(message).includes(foldText(label)) ? message : `${label}: ${message}`;
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
    setError({
      text: conflict ? t('workerConflict') : fieldIssues(e).length ? t('validationTitle') : errorText(e),
      issues: fieldIssues(e).map((i) => issueText(i, lang)),
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
  const item = (name: keyof WorkerForm, label: MessageKey, control: ReactNode, extra?: object) => (
    <Col span={8} key={name}>
      <Form.Item name={name} label={t(label)} {...extra}>
        {control}
      </Form.Item>
    </Col>
  );
  const text = (name: TextKey, label: MessageKey) => item(name, label, <Input allowClear />);
  const code = (name: CodeKey, label: MessageKey, cat: RegistryCatalogue) =>
    item(name, label, <CatalogueSelect name={cat} />);
  const check = (name: 'needTraining' | 'needJob' | 'needAbroad', label: MessageKey) => (
    <Col span={8} key={name}>
      <Form.Item name={name} valuePropName="checked" style={{ marginBottom: 8 }}>
        <Checkbox>{t(label)}</Checkbox>
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
            {item('fullName', 'fullName', <Input />, { rules: req })}
            {item('personId', 'personId', <Input maxLength={12} disabled={Boolean(record)} />, {
              rules: [...req, { pattern: /^\d{12}$/, message: t('personIdDigits') }],
            })}
            {item('birthDate', 'birthDate', <DateInput />, {
              rules: req,
            })}
            {item('sex', 'sex', <Select options={sexOptions(lang)} />, { rules: req })}
            {code('ethnicityCode', 'ethnicity', 'ethnic-groups')}
            {text('phone', 'phone')}
            {item('communeCode', 'commune', <CommuneField user={user} initialLabel={record?.communeName ?? null} />, {
              rules: req,
            })}
            {text('address', 'address')}
            {text('householdRelation', 'householdRelation')}
          </>,
        )}
        {section(
          'sectionQualification',
          <>
            {code('generalEducationCode', 'generalEducation', 'general-education')}
            {code('qualificationCode', 'qualificationLong', 'qualification-levels')}
            {text('trainingField', 'trainingField')}
          </>,
        )}
        {section(
          'sectionEmployment',
          <>
            {code('employmentStatus', 'employmentStatus', 'employment-status')}
            {status === '1' && (
              <>
                {code('statusInEmploymentCode', 'statusInEmployment', 'status-in-employment')}
                {text('jobTitle', 'jobTitle')}
                {code('occupationCode', 'occupation', 'vsco-occupations')}
                {text('workplaceName', 'workplaceName')}
                {text('workplaceType', 'workplaceType')}
                {code('workplaceSector', 'workplaceSector', 'vsic-sections')}
                {text('workplaceAddress', 'workplaceAddress')}
                {item(
                  'socialInsurance',
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
                {code('unemploymentDurationCode', 'unemploymentDuration', 'unemployment-duration')}
                {text('previousJob', 'previousJob')}
              </>
            ) : (
              code('inactivityReasonCode', 'inactivityReason', 'inactivity-reasons')
            ),
          )}
        {section(
          'sectionNeeds',
          <>
            {check('needTraining', 'needTraining')}
            {check('needJob', 'needJob')}
            {check('needAbroad', 'needAbroad')}
            {item('roundYear', 'roundYear', <InputNumber min={2015} max={2100} style={{ width: '100%' }} />, {
              rules: req,
            })}
          </>,
        )}
      </Form>
      <FormFooter pending={pending} onSave={() => form.submit()} saveTestId="worker-save-bottom" />
    </div>
  );
}
