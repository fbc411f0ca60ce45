import { CheckCircleFilled, CloseCircleFilled, DownloadOutlined } from '@ant-design/icons';
import type {
  DossierT,
  TrainingSupportApplicationT,
  TrainingSupportAssessmentT,
  TrainingSupportRecoveryT,
} from '@lmis/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Row,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useI18n } from '../../app/i18n.ts';
import { DateInput } from '../../kit/form/DateInput.tsx';
import { formatDate, formatMoney, formatNumber } from '../../kit/format.ts';
import { ApiError } from '../../kit/http.ts';
import { can, useCurrentUser } from '../auth/index.ts';
import { useDossierAssessment, useInstitutionName, useRecordPayment, useRecovery, useReportResult } from './api.ts';
import { moneyInput, moneyParse, monthsText, quarterLabel } from './logic.ts';
import { GradeTag } from './parts.tsx';

const PAYMENT_STEPS = new Set(['si_payment', 'si_advance']);
const AFTER_DECISION = new Set(['si_payment', 'si_advance', 'pay_institution', 'settlement', 'recovery_review']);

/** The eligibility checks point by point, each with its rule and grade, and the rate applied. */
export function AssessmentChecks({ a }: { a: TrainingSupportAssessmentT }) {
  const { t, lang } = useI18n();
  return (
    <div data-testid="ts-checks">
      {a.checks.map((c) => (
        <div key={c.code} style={{ marginBottom: 6 }} data-testid="ts-check" data-code={c.code} data-passed={c.passed}>
          {c.passed ? (
            <CheckCircleFilled style={{ color: '#52c41a' }} aria-label="✓" />
          ) : (
            <CloseCircleFilled style={{ color: '#f5222d' }} aria-label="✗" />
          )}{' '}
          <Typography.Text strong>{c.label[lang]}</Typography.Text> — {c.detail[lang]}
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {c.legalSource}
            </Typography.Text>{' '}
            {c.grade !== 'A' && <GradeTag grade={c.grade} />}
          </div>
        </div>
      ))}
      {a.rate && (
        <div>
          <Typography.Text strong>{t('tsRate')}:</Typography.Text>{' '}
          {t('tsRateText', { cap: formatMoney(a.rate.monthlyCap), months: formatNumber(a.rate.maxMonths) })}{' '}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            ({a.rate.legalSource})
          </Typography.Text>{' '}
          <GradeTag grade={a.rate.grade} />
        </div>
      )}
    </div>
  );
}

type AssessedT = TrainingSupportAssessmentT['trainees'][number];

/** Trainees with their months and amounts, and the total in đồng. */
export function AssessedTrainees({ a, compact = false }: { a: TrainingSupportAssessmentT; compact?: boolean }) {
  const { t, lang } = useI18n();
  const overlaps = a.trainees.some((x) => x.overlaps.length > 0);
  return (
    <Table<AssessedT>
      size="small"
      rowKey="personId"
      dataSource={a.trainees}
      pagination={a.trainees.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      onRow={() => ({ 'data-testid': 'ts-trainee-row' }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        ...(compact ? [] : [{ title: t('tsPersonId'), dataIndex: 'personId', width: 130 }]),
        { title: t('tsFullName'), dataIndex: 'fullName' },
        {
          title: t('tsMonths'),
          dataIndex: 'months',
          width: compact ? 90 : 120,
          align: 'right',
          render: (v: number) => monthsText(v, lang),
        },
        {
          title: t('tsAmount'),
          dataIndex: 'amount',
          width: compact ? 125 : 150,
          align: 'right',
          render: (v: number) => formatMoney(v),
        },
        ...(compact && !overlaps
          ? []
          : [
              {
                title: '',
                key: 'overlaps',
                width: 200,
                render: (_: unknown, r: AssessedT) =>
                  r.overlaps.map((o) => (
                    <Tag key={`${o.dossierId}-${o.startDate}`} color="red">
                      {t('tsOverlap', { id: o.dossierId ?? '—' })} {formatDate(o.startDate)}–{formatDate(o.endDate)}
                    </Tag>
                  )),
              },
            ]),
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={compact ? 2 : 3}>
            <Typography.Text strong>{t('tsTotal')}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">
            <Typography.Text strong data-testid="ts-total">
              {formatMoney(a.totalAmount)}
            </Typography.Text>
          </Table.Summary.Cell>
          {(!compact || overlaps) && <Table.Summary.Cell index={4} />}
        </Table.Summary.Row>
      )}
    />
  );
}

function PaymentForm({ d }: { d: DossierT }) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const save = useRecordPayment(d.id);
  const [form] = Form.useForm<{ paidOn: Dayjs; amount: number; reference: string }>();
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const v = await form.validateFields();
    setError(null);
    try {
      await save.mutateAsync({
        version: d.version,
        paidOn: v.paidOn.format('YYYY-MM-DD'),
        amount: v.amount,
        reference: v.reference.trim(),
      });
      void message.success(t('tsRecorded'));
      form.resetFields();
    } catch (e) {
      setError(e instanceof ApiError && e.status === 409 ? t('dossierConflict') : errorText(e));
    }
  };
  return (
    <Card size="small" title={t('tsPayment')} style={{ marginTop: 12 }} data-testid="ts-payment-form">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Form form={form} layout="inline" onFinish={submit}>
        <Form.Item name="paidOn" label={t('tsPaidOn')} rules={[{ required: true }]}>
          <DateInput style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="amount" label={t('tsPaidAmount')} rules={[{ required: true }]}>
          <InputNumber
            min={1}
            precision={0}
            style={{ width: 180 }}
            decimalSeparator=","
            formatter={moneyInput}
            parser={moneyParse}
          />
        </Form.Item>
        <Form.Item name="reference" label={t('tsReference')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('save')}
        </Button>
      </Form>
    </Card>
  );
}

type ResultRow = { personId: string; fullName: string; completed: boolean; certificateNo: string; kept: boolean };

function ResultForm({ d, trainees }: { d: DossierT; trainees: { personId: string; fullName: string }[] }) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const save = useReportResult(d.id);
  const [rows, setRows] = useState<ResultRow[]>([]);
  const [actualCost, setActualCost] = useState<number | null>(null);
  const [reportedOn, setReportedOn] = useState<Dayjs | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setRows(trainees.map((x) => ({ ...x, completed: true, certificateNo: '', kept: true })));
  }, [trainees]);
  const patch = (i: number, change: Partial<ResultRow>) =>
    setRows((prev) => prev.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const submit = async () => {
    setError(null);
    try {
      await save.mutateAsync({
        version: d.version,
        actualCost: actualCost ?? 0,
        ...(reportedOn && { reportedOn: reportedOn.format('YYYY-MM-DD') }),
        trainees: rows.map((r) => ({
          personId: r.personId,
          completed: r.completed,
          certificateNo: r.certificateNo.trim() || null,
          kept: r.kept,
        })),
      });
      void message.success(t('tsRecorded'));
    } catch (e) {
      setError(e instanceof ApiError && e.status === 409 ? t('dossierConflict') : errorText(e));
    }
  };
  return (
    <Card size="small" title={t('tsResult')} style={{ marginTop: 12 }} data-testid="ts-result-form">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Form layout="inline" style={{ marginBottom: 8 }}>
        <Form.Item label={t('tsActualCost')} required>
          <InputNumber
            min={0}
            precision={0}
            style={{ width: 200 }}
            value={actualCost}
            onChange={(v) => setActualCost(v)}
            formatter={moneyInput}
            parser={moneyParse}
          />
        </Form.Item>
        <Form.Item label={t('tsReportedOn')} tooltip={t('tsReportedOnHint')}>
          <DateInput style={{ width: 140 }} value={reportedOn} onChange={setReportedOn} data-testid="ts-reported-on" />
        </Form.Item>
        <Button type="primary" onClick={submit} loading={save.isPending} disabled={actualCost === null}>
          {t('save')}
        </Button>
      </Form>
      <Table
        size="small"
        rowKey="personId"
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        columns={[
          { title: t('tsFullName'), dataIndex: 'fullName' },
          {
            title: t('tsCompleted'),
            key: 'completed',
            width: 110,
            render: (_, r) => (
              <Checkbox
                checked={r.completed}
                onChange={(e) => patch(rows.indexOf(r), { completed: e.target.checked })}
              />
            ),
          },
          {
            title: t('tsCertificate'),
            key: 'cert',
            width: 200,
            render: (_, r) => (
              <Input
                size="small"
                value={r.certificateNo}
                onChange={(e) => patch(rows.indexOf(r), { certificateNo: e.target.value })}
              />
            ),
          },
          {
            title: t('tsKept'),
            key: 'kept',
            width: 120,
            render: (_, r) => (
              <Checkbox checked={r.kept} onChange={(e) => patch(rows.indexOf(r), { kept: e.target.checked })} />
            ),
          },
        ]}
      />
    </Card>
  );
}

function RecoveryView({ r }: { r: TrainingSupportRecoveryT }) {
  const { t, lang } = useI18n();
  const owed = r.trainees.filter((x) => x.recoverAmount > 0);
  return (
    <Card size="small" title={t('tsRecovery')} style={{ marginTop: 12 }} data-testid="ts-recovery">
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('tsTotal')}>{formatMoney(r.approvedAmount)}</Descriptions.Item>
        <Descriptions.Item label={t('tsPaidAmount')}>{formatMoney(r.paidAmount)}</Descriptions.Item>
        <Descriptions.Item label={t('tsActualCost')}>{formatMoney(r.actualCost)}</Descriptions.Item>
        <Descriptions.Item label={t('tsRecovery')} span={3}>
          <Typography.Text strong data-testid="ts-recovery-total">
            {formatMoney(r.recoveredAmount ?? r.totalRecovery)}
          </Typography.Text>{' '}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            ({r.legalSource})
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      {owed.length === 0 ? (
        <Typography.Text type="secondary">{t('tsRecoveryNone')}</Typography.Text>
      ) : (
        <Table
          size="small"
          rowKey="personId"
          dataSource={owed}
          pagination={false}
          columns={[
            { title: t('tsFullName'), dataIndex: 'fullName' },
            { title: t('historyComment'), key: 'reason', render: (_, x) => x.reason?.[lang] ?? '—' },
            {
              title: t('tsAmount'),
              dataIndex: 'recoverAmount',
              align: 'right',
              width: 150,
              render: (v: number) => formatMoney(v),
            },
          ]}
        />
      )}
    </Card>
  );
}

/** The application summary of a training-support dossier, its assessment, and the forms of the later steps. */
export function TrainingSupportPanel({ d }: { d: DossierT }) {
  const { t, lang, errorText } = useI18n();
  const user = useCurrentUser();
  const app = d.payload as unknown as TrainingSupportApplicationT;
  const assessment = useDossierAssessment(d.id, true);
  const step = d.step?.code ?? '';
  const afterDecision = d.decisions.length > 0 || AFTER_DECISION.has(step);
  const recovery = useRecovery(d.id, afterDecision);
  const officer = can(user, 'dossier:act') && user.role !== 'employer';
  const a = assessment.data;
  const institution = useInstitutionName(app.plan?.institutionId);
  return (
    <div>
      <Row gutter={12}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('tsApplication')} data-testid="ts-summary">
            <Descriptions size="small" column={1}>
              {app.revenue && (
                <Descriptions.Item label={t('tsRevenue')}>
                  {quarterLabel(app.revenue.quarter, lang)}: {formatMoney(app.revenue.amount)} /{' '}
                  {quarterLabel(`${app.revenue.baseYear}-${app.revenue.quarter.slice(5)}`, lang)}:{' '}
                  {formatMoney(app.revenue.baseAmount)}
                  {a?.revenueDeclinePct !== null && a?.revenueDeclinePct !== undefined && (
                    <Tag style={{ marginLeft: 8 }}>
                      {t('tsDecline')} {formatNumber(a.revenueDeclinePct)}%
                    </Tag>
                  )}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('tsUiMonths')}>
                {formatNumber(app.uiContribution?.months)} · {app.uiContribution?.confirmationNo} ·{' '}
                {formatDate(app.uiContribution?.confirmationDate)}
              </Descriptions.Item>
              <Descriptions.Item label={t('tsTrades')}>{(app.plan?.trades ?? []).join('; ')}</Descriptions.Item>
              <Descriptions.Item label={t('tsPlan')}>
                {formatDate(app.plan?.startDate)} – {formatDate(app.plan?.endDate)} ·{' '}
                {app.plan?.institutionId === null ? t('tsSelfTraining') : (institution ?? t('tsInstitution'))}
              </Descriptions.Item>
              <Descriptions.Item label={t('tsCostPerWorker')}>{formatMoney(app.plan?.costPerWorker)}</Descriptions.Item>
            </Descriptions>
            <Typography.Text type="secondary">{t('tsStructureChange')}</Typography.Text>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="ts-structure">
              {app.structureChange}
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('tsAssessment')}>
            {assessment.isError && <Alert type="error" showIcon title={errorText(assessment.error)} />}
            {a && <AssessmentChecks a={a} />}
          </Card>
        </Col>
      </Row>
      {a && (
        <Card
          size="small"
          title={`${t('tsTrainees')} (${a.trainees.length})`}
          style={{ marginTop: 12 }}
          extra={
            d.decisions.some((x) => x.kind === 'approve') && (
              <Button
                size="small"
                icon={<DownloadOutlined />}
                href={`/api/training-support/dossiers/${d.id}/trainees.xlsx`}
                data-testid="ts-trainees-xlsx"
              >
                {t('tsTraineesXlsx')}
              </Button>
            )
          }
        >
          <AssessedTrainees a={a} />
        </Card>
      )}
      {officer && PAYMENT_STEPS.has(step) && d.status === 'in_progress' && <PaymentForm d={d} />}
      {step === 'settlement' && d.status === 'in_progress' && can(user, 'dossier:file') && (
        <ResultForm d={d} trainees={app.trainees ?? []} />
      )}
      {recovery.data && <RecoveryView r={recovery.data} />}
    </div>
  );
}
