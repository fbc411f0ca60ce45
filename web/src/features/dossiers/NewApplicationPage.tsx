import { DeleteOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import type { TrainingSupportApplicationT, TrainingSupportTraineeT } from '@lmis/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n.ts';
import { DateInput } from '../../kit/form/DateInput.tsx';
import { FormErrorAlert, type FormErrorState } from '../../kit/form/form-chrome.tsx';
import { formatNumber, todayIso } from '../../kit/format.ts';
import { ApiError, fieldIssues } from '../../kit/http.ts';
import { useDebounced } from '../../kit/use-debounced.ts';
import { useCurrentUser } from '../auth/index.ts';
import {
  submitDraft,
  TRAINING_SUPPORT,
  useApplicantEmployer,
  useCreateDossier,
  useDossier,
  useDossierTypes,
  useDraftAssessment,
  useEmployerSearch,
  useInstitutionSearch,
  useParseTraineeList,
  useUpdateDossier,
} from './api.ts';
import {
  type DraftValues,
  draftApplication,
  draftValuesOf,
  moneyInput,
  moneyParse,
  quarterLabel,
  quarterOptions,
  revenueDeclinePct,
} from './logic.ts';
import { FilePick, useLabel } from './parts.tsx';
import { AssessedTrainees, AssessmentChecks } from './TrainingSupportPanel.tsx';

type FormValues = Omit<DraftValues, 'startDate' | 'endDate' | 'confirmationDate'> & {
  startDate?: Dayjs | null;
  endDate?: Dayjs | null;
  confirmationDate?: Dayjs | null;
};

const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

function MoneyInput(props: { value?: number | null; onChange?: (v: number | null) => void; testId?: string }) {
  return (
    <InputNumber
      min={0}
      precision={0}
      style={{ width: '100%' }}
      value={props.value}
      onChange={props.onChange}
      formatter={moneyInput}
      parser={moneyParse}
      data-testid={props.testId}
    />
  );
}

/** The trainee list: loaded from the Mẫu 02 Phụ lục I file (row errors by row number) or edited here. */
function TraineeEditor(props: {
  value: TrainingSupportTraineeT[];
  onChange: (rows: TrainingSupportTraineeT[]) => void;
}) {
  const { t, lang, errorText } = useI18n();
  const parse = useParseTraineeList();
  const { value: rows, onChange } = props;
  const patch = (i: number, change: Partial<TrainingSupportTraineeT>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const errors = parse.data?.errors ?? [];
  const text = (field: keyof TrainingSupportTraineeT, width?: number) => ({
    key: field,
    width,
    render: (_: unknown, r: TrainingSupportTraineeT, i: number) => (
      <Input size="small" value={String(r[field] ?? '')} onChange={(e) => patch(i, { [field]: e.target.value })} />
    ),
  });
  const date = (field: 'birthDate' | 'contractStartDate') => ({
    key: field,
    width: 130,
    render: (_: unknown, r: TrainingSupportTraineeT, i: number) => (
      <DateInput
        size="small"
        value={r[field] ? dayjs(r[field]) : null}
        onChange={(d) => patch(i, { [field]: d ? d.format('YYYY-MM-DD') : '' })}
      />
    ),
  });
  return (
    <div>
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text>{t('tsTraineeFile')}</Typography.Text>
        <FilePick
          label={t('tsChooseFile')}
          accept=".xlsx,.xls,.csv"
          testId="ts-trainee-file"
          loading={parse.isPending}
          onFile={async (file) => {
            const parsed = await parse.mutateAsync(file).catch(() => null);
            if (parsed) onChange(parsed.rows);
          }}
        />
        <Button
          size="small"
          icon={<PlusOutlined />}
          onClick={() =>
            onChange([
              ...rows,
              {
                personId: '',
                fullName: '',
                birthDate: '',
                contractType: '',
                contractStartDate: '',
                siBookNo: '',
                trade: '',
                communeCode: null,
              },
            ])
          }
        >
          {t('tsAddTrainee')}
        </Button>
      </Space>
      {parse.isError && <Alert type="error" showIcon title={errorText(parse.error)} style={{ marginBottom: 8 }} />}
      {parse.data && (
        <Alert
          type={errors.length ? 'warning' : 'success'}
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="ts-trainee-parsed"
          title={t('tsTraineeParsed', { n: formatNumber(parse.data.rows.length) })}
          description={
            errors.length > 0 ? (
              <div>
                <Typography.Text strong>{t('tsTraineeErrors')}</Typography.Text>
                <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="ts-trainee-errors">
                  {errors.map((er) => (
                    <li key={`${er.row}-${er.field}`}>
                      {t('tsRowError', {
                        row: formatNumber(er.row),
                        field: er.field,
                        message: lang === 'en' ? er.messageEn : er.message,
                      })}
                    </li>
                  ))}
                </ul>
              </div>
            ) : undefined
          }
        />
      )}
      <Table
        size="small"
        rowKey={(_, i) => String(i)}
        dataSource={rows}
        scroll={{ x: 1100 }}
        pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        onRow={() => ({ 'data-testid': 'ts-edit-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('tsPersonId'), ...text('personId', 140) },
          { title: t('tsFullName'), ...text('fullName', 180) },
          { title: t('tsBirthDate'), ...date('birthDate') },
          { title: t('tsContractType'), ...text('contractType', 150) },
          { title: t('tsContractStart'), ...date('contractStartDate') },
          { title: t('tsSiBook'), ...text('siBookNo', 120) },
          { title: t('tsTrade'), ...text('trade', 160) },
          {
            key: 'remove',
            width: 44,
            render: (_: unknown, __: TrainingSupportTraineeT, i: number) => (
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label="×"
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
              />
            ),
          },
        ]}
      />
    </div>
  );
}

/**
 * A new training-support application (QĐ 23/2021/QĐ-TTg Mẫu số 03 with the plan of Mẫu số 02; the unemployment-
 * insurance scheme): the employer (an employer account's own, fixed), revenue with the decline computed live, the
 * contributions and their confirmation, the change of structure, the training plan and the trainee list, with the
 * server's assessment alongside. Saved as a draft (then documents are attached on the dossier page) or submitted.
 */
export function NewApplicationPage({ editId }: { editId?: number } = {}) {
  const { t, lang, errorText } = useI18n();
  const label = useLabel();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const types = useDossierTypes();
  // A reopened draft (/dossiers/:id/edit): its type is fixed, its content fills the form once, saves go into it.
  const editing = useDossier(editId ?? 0, editId !== undefined);
  const saved = editId !== undefined ? editing.data : undefined;
  const asked = saved?.typeCode ?? params.get('type') ?? '';
  const typeCode = TRAINING_SUPPORT.has(asked)
    ? (asked as 'training_support_covid' | 'training_support_ui')
    : 'training_support_ui';
  const covid = typeCode === 'training_support_covid';
  const employerAccount = user.role === 'employer';
  const [form] = Form.useForm<FormValues>();
  const values = Form.useWatch([], form) as FormValues | undefined;
  const [trainees, setTrainees] = useState<TrainingSupportTraineeT[]>([]);
  const [employerQ, setEmployerQ] = useState('');
  const [institutionQ, setInstitutionQ] = useState('');
  const [error, setError] = useState<FormErrorState | null>(null);
  const [pending, setPending] = useState(false);
  const create = useCreateDossier();
  const update = useUpdateDossier();
  const [loadedId, setLoadedId] = useState<number | null>(null);
  const day = (v: string | undefined) => (v ? dayjs(v) : null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: fills the form once per reopened draft
  useEffect(() => {
    if (!saved || loadedId === saved.id) return;
    const { values, trainees: list } = draftValuesOf(saved.payload);
    form.setFieldsValue({
      ...values,
      startDate: day(values.startDate),
      endDate: day(values.endDate),
      confirmationDate: day(values.confirmationDate),
    } as FormValues);
    setTrainees(list as TrainingSupportTraineeT[]);
    setLoadedId(saved.id);
  }, [saved]);

  const pickedId = employerAccount ? (user.employerId ?? undefined) : values?.employerId;
  const employer = useApplicantEmployer(pickedId ?? undefined);
  const employers = useEmployerSearch(useDebounced(employerQ, 300), !employerAccount);
  const institutions = useInstitutionSearch(useDebounced(institutionQ, 300));
  const selfTraining = values?.selfTraining ?? true;

  const draft = useMemo(
    () =>
      draftApplication(
        {
          ...(values ?? {}),
          employerId: pickedId,
          startDate: iso(values?.startDate),
          endDate: iso(values?.endDate),
          confirmationDate: iso(values?.confirmationDate),
        },
        trainees,
        covid,
      ),
    [values, pickedId, trainees, covid],
  );
  const debounced = useDebounced(draft, 500);
  const assessment = useDraftAssessment(debounced ? { ...debounced, typeCode } : null);
  const decline = revenueDeclinePct(values?.revenueAmount, values?.baseAmount);

  const save = async (submit: boolean) => {
    setError(null);
    await form.validateFields();
    if (!draft || !employer.data) {
      setError({ text: t('validationTitle'), issues: [t('tsAssessmentHint')], conflict: false });
      return;
    }
    setPending(true);
    try {
      const content = {
        unitCode: employer.data.communeCode ?? user.unitCode ?? '',
        applicantName: employer.data.name,
        payload: draft as TrainingSupportApplicationT,
      };
      const created = saved
        ? await update.mutateAsync({ id: saved.id, version: saved.version, ...content })
        : await create.mutateAsync({ typeCode, ...content });
      if (submit) await submitDraft(created.id, created.version);
      void message.success(submit ? t('actionDone', { action: t('tsSubmit') }) : t('tsSaved'));
      void navigate(`/dossiers/${created.id}`);
    } catch (e) {
      setError({
        text: fieldIssues(e).length ? t('validationTitle') : errorText(e),
        issues: fieldIssues(e).map((i) => `${i.field}: ${lang === 'en' ? (i.messageEn ?? i.message) : i.message}`),
        conflict: e instanceof ApiError && e.status === 409,
      });
    } finally {
      setPending(false);
    }
  };

  const typeOptions = (types.data?.items ?? [])
    .filter((x) => TRAINING_SUPPORT.has(x.code))
    .map((x) => ({ value: x.code, label: label(x.name) }));
  const a = assessment.data;

  return (
    <div>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, flexWrap: 'wrap', marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {editId !== undefined ? t('tsEditTitle') : t('dossierNew')}
        </Typography.Title>
        <Space>
          <Button onClick={() => navigate(-1)}>{t('cancel')}</Button>
          <Button loading={pending} onClick={() => save(false)} data-testid="ts-save-draft">
            {t('tsSaveDraft')}
          </Button>
          <Button
            type="primary"
            icon={<SendOutlined />}
            loading={pending}
            onClick={() => save(true)}
            data-testid="ts-submit"
          >
            {t('tsSubmit')}
          </Button>
        </Space>
      </div>
      <FormErrorAlert
        error={error}
        onReload={() => {
          setError(null);
          if (editId !== undefined) {
            setLoadedId(null);
            void editing.refetch();
          }
        }}
        testId="ts-form-error"
      />
      <Row gutter={12}>
        <Col xs={24} xl={16}>
          <Form form={form} layout="vertical" initialValues={{ selfTraining: true, baseYear: 2019, trades: [] }}>
            <Card size="small" title={t('tsScheme')} style={{ marginBottom: 12 }}>
              <Select
                style={{ width: '100%' }}
                value={typeCode}
                options={typeOptions}
                onChange={(v) => setParams({ type: v }, { replace: true })}
                disabled={editId !== undefined}
                data-testid="ts-type"
              />
            </Card>
            <Card size="small" title={t('tsEmployer')} style={{ marginBottom: 12 }}>
              {employerAccount ? (
                <div data-testid="ts-employer">
                  <Typography.Text strong>{employer.data?.name ?? '…'}</Typography.Text>{' '}
                  <Typography.Text type="secondary">
                    {employer.data?.taxCode} · {employer.data?.communeName}
                  </Typography.Text>
                  <div>
                    <Typography.Text type="secondary">{t('tsOwnEmployerOnly')}</Typography.Text>
                  </div>
                </div>
              ) : (
                <Form.Item name="employerId" rules={[{ required: true }]} style={{ marginBottom: 0 }}>
                  <Select
                    showSearch
                    filterOption={false}
                    onSearch={setEmployerQ}
                    placeholder={t('tsEmployerPick')}
                    options={(employers.data?.items ?? []).map((e) => ({
                      value: e.id,
                      label: `${e.name} — ${e.taxCode}`,
                    }))}
                    data-testid="ts-employer-pick"
                  />
                </Form.Item>
              )}
            </Card>
            {covid && (
              <Card size="small" title={t('tsRevenue')} style={{ marginBottom: 12 }}>
                <Row gutter={12}>
                  <Col xs={24} md={8}>
                    <Form.Item name="quarter" label={t('tsRevenueQuarter')} rules={[{ required: true }]}>
                      <Select
                        options={quarterOptions(todayIso(), 24).map((q) => ({
                          value: q,
                          label: quarterLabel(q, lang),
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name="revenueAmount" label={t('tsRevenueAmount')} rules={[{ required: true }]}>
                      <MoneyInput testId="ts-revenue" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name="baseYear" label={t('tsBaseYear')} rules={[{ required: true }]}>
                      <Radio.Group options={[2019, 2020].map((y) => ({ value: y, label: String(y) }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name="baseAmount" label={t('tsBaseAmount')} rules={[{ required: true }]}>
                      <MoneyInput testId="ts-base-revenue" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={16}>
                    <Form.Item label={t('tsDecline')} extra={t('tsDeclineRule')}>
                      <Typography.Text
                        strong
                        type={decline === null ? 'secondary' : decline >= 10 ? 'success' : 'danger'}
                        data-testid="ts-decline"
                      >
                        {decline === null ? t('tsDeclineNone') : `${formatNumber(decline)}%`}
                      </Typography.Text>
                    </Form.Item>
                  </Col>
                </Row>
              </Card>
            )}
            <Card size="small" title={t('tsUi')} style={{ marginBottom: 12 }}>
              <Row gutter={12}>
                <Col xs={24} md={6}>
                  <Form.Item name="uiMonths" label={t('tsUiMonths')} rules={[{ required: true }]}>
                    <InputNumber min={0} max={600} precision={0} style={{ width: '100%' }} data-testid="ts-ui-months" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={10}>
                  <Form.Item
                    name="confirmationNo"
                    label={t('tsConfirmationNo')}
                    rules={[{ required: true, whitespace: true }]}
                  >
                    <Input maxLength={100} data-testid="ts-confirmation-no" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="confirmationDate" label={t('tsConfirmationDate')} rules={[{ required: true }]}>
                    <DateInput data-testid="ts-confirmation-date" />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item
                name="structureChange"
                label={t('tsStructureChange')}
                rules={[{ required: true, whitespace: true }]}
                style={{ marginBottom: 0 }}
              >
                <Input.TextArea rows={3} maxLength={8000} data-testid="ts-structure-change" />
              </Form.Item>
            </Card>
            <Card size="small" title={t('tsPlan')} style={{ marginBottom: 12 }}>
              <Row gutter={12}>
                <Col xs={24} md={8}>
                  <Form.Item name="selfTraining" valuePropName="checked" label=" ">
                    <Checkbox data-testid="ts-self-training">{t('tsSelfTraining')}</Checkbox>
                  </Form.Item>
                </Col>
                <Col xs={24} md={16}>
                  <Form.Item
                    name="institutionId"
                    label={t('tsInstitution')}
                    rules={[{ required: !selfTraining }]}
                    extra={institutions.isError && !selfTraining ? t('tsInstitutionsUnavailable') : undefined}
                  >
                    <Select
                      showSearch
                      allowClear
                      disabled={selfTraining}
                      filterOption={false}
                      onSearch={setInstitutionQ}
                      placeholder={t('tsInstitutionSearch')}
                      options={(institutions.data?.items ?? []).map((i) => ({ value: i.id, label: i.name }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24}>
                  <Form.Item name="trades" label={t('tsTrades')} rules={[{ required: true, type: 'array', min: 1 }]}>
                    <Select mode="tags" open={false} placeholder={t('tsTradesHint')} data-testid="ts-trades" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="startDate" label={t('tsStart')} rules={[{ required: true }]}>
                    <DateInput data-testid="ts-start" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="endDate" label={t('tsEnd')} rules={[{ required: true }]}>
                    <DateInput data-testid="ts-end" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="costPerWorker" label={t('tsCostPerWorker')} rules={[{ required: true }]}>
                    <MoneyInput testId="ts-cost" />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
            <Card
              size="small"
              title={`${t('tsTrainees')} (${formatNumber(trainees.length)})`}
              style={{ marginBottom: 12 }}
            >
              <TraineeEditor value={trainees} onChange={setTrainees} />
            </Card>
          </Form>
        </Col>
        <Col xs={24} xl={8}>
          <div style={{ position: 'sticky', top: 12 }}>
            <Card size="small" title={t('tsAssessment')} data-testid="ts-assessment">
              <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                {t('tsAssessmentHint')}
              </Typography.Paragraph>
              {!debounced && <Typography.Text type="secondary">{t('tsAssessmentIncomplete')}</Typography.Text>}
              {assessment.isError && <Alert type="warning" showIcon title={errorText(assessment.error)} />}
              {a && debounced && <AssessmentChecks a={a} />}
              {a && debounced && a.trainees.length > 0 && (
                <div style={{ marginTop: 8 }}>
                  <AssessedTrainees a={a} compact />
                </div>
              )}
            </Card>
          </div>
        </Col>
      </Row>
    </div>
  );
}
