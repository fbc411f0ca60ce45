import { DownloadOutlined, EditOutlined, PaperClipOutlined, PauseCircleOutlined } from '@ant-design/icons';
import { DOSSIER_ACTIONS, type DossierT } from '@lmis/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Space,
  Table,
  Tabs,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n.ts';
import { DateInput } from '../../kit/form/DateInput.tsx';
import { formatCount, formatDate, formatDateTime } from '../../kit/format.ts';
import { ApiError } from '../../kit/http.ts';
import { can, useCurrentUser } from '../auth/index.ts';
import {
  attachmentUrl,
  decisionUrl,
  MAX_ATTACHMENT_MB,
  receiptUrl,
  TRAINING_SUPPORT,
  useAct,
  useAttachments,
  useDossier,
  useDossierHistory,
  useDossierTypes,
  useUpload,
} from './api.ts';
import { REASON_REQUIRED, SIGNED } from './logic.ts';
import { DaysLeft, FilePick, GradeTag, StatusTag, useLabel, useLevelLabel } from './parts.tsx';
import { TrainingSupportPanel } from './TrainingSupportPanel.tsx';

const CLOSED = new Set(['completed', 'refused', 'withdrawn', 'cancelled', 'recovered']);
// The engine's names of its actions, as the API's history names them.
const ACTION_LABELS: Record<string, { vi: string; en: string }> = DOSSIER_ACTIONS;
const DANGER = new Set(['refuse', 'return', 'withdraw', 'cancel']);

/** The declared version of a dossier: the one it was submitted under, else the latest (a draft). */
function useDeclaredVersion(d: DossierT | undefined) {
  const types = useDossierTypes();
  if (!d) return undefined;
  const type = types.data?.items.find((x) => x.code === d.typeCode);
  return type?.versions.find((v) => v.validFrom === d.typeVersion) ?? type?.versions.at(-1);
}

/** A step's name by its code, from the dossier's steps or else its type's declaration (a draft has no steps yet). */
function useStepName(d: DossierT) {
  const label = useLabel();
  const version = useDeclaredVersion(d);
  return (code: string) =>
    label(d.steps.find((s) => s.code === code)?.name ?? version?.steps.find((s) => s.code === code)?.name) || '—';
}

/** The grade of the dossier's version: the weakest of its steps' grades (A verified; B, C "chưa xác minh"). */
function useVersionGrade(d: DossierT | undefined) {
  const version = useDeclaredVersion(d);
  if (!version) return null;
  return (
    version.steps
      .map((s) => s.grade)
      .sort()
      .at(-1) ?? null
  );
}

/** The action buttons the server lists, each asking what its transition needs (reasons, signer, the day). */
function ActionBar({ d, onConflict }: { d: DossierT; onConflict: () => void }) {
  const { t, lang, errorText } = useI18n();
  const { message } = App.useApp();
  const act = useAct(d.id);
  const [action, setAction] = useState<string | null>(null);
  const [form] = Form.useForm<{ comment?: string; signerName?: string; signerPosition?: string; on?: Dayjs | null }>();
  const [error, setError] = useState<string | null>(null);
  if (d.allowedActions.length === 0) {
    return <Typography.Text type="secondary">{t('noActions')}</Typography.Text>;
  }
  const run = async () => {
    if (!action) return;
    const v = await form.validateFields();
    setError(null);
    try {
      await act.mutateAsync({
        action,
        body: {
          version: d.version,
          ...(v.comment?.trim() ? { comment: v.comment.trim() } : {}),
          ...(v.on ? { on: v.on.format('YYYY-MM-DD') } : {}),
          ...(SIGNED.has(action) ? { signerName: v.signerName?.trim(), signerPosition: v.signerPosition?.trim() } : {}),
        },
      });
      void message.success(t('actionDone', { action: ACTION_LABELS[action]?.[lang] ?? action }));
      setAction(null);
      form.resetFields();
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        setAction(null);
        void message.warning(t('dossierConflict'));
        onConflict();
        return;
      }
      setError(errorText(e));
    }
  };
  const reason = action !== null && REASON_REQUIRED.has(action);
  return (
    <>
      <Space wrap>
        {d.allowedActions.map((a) => (
          <Button
            key={a}
            type={a === 'approve' || a === 'accept' || a === 'submit' || a === 'resubmit' ? 'primary' : 'default'}
            danger={DANGER.has(a)}
            onClick={() => {
              setError(null);
              setAction(a);
            }}
            data-testid={`action-${a}`}
          >
            {ACTION_LABELS[a]?.[lang] ?? a}
          </Button>
        ))}
      </Space>
      <Modal
        open={action !== null}
        title={action ? (ACTION_LABELS[action]?.[lang] ?? action) : ''}
        okText={t('actionConfirm')}
        cancelText={t('cancel')}
        onOk={run}
        confirmLoading={act.isPending}
        onCancel={() => setAction(null)}
        okButtonProps={{ 'data-testid': 'action-confirm' } as Record<string, string>}
        destroyOnHidden
      >
        {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={error} data-testid="action-error" />}
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item
            name="comment"
            label={reason ? t('actionReason') : t('actionComment')}
            rules={reason ? [{ required: true, whitespace: true, message: t('actionReasonRequired') }] : []}
          >
            <Input.TextArea rows={3} maxLength={4000} data-testid="action-comment" />
          </Form.Item>
          {action && SIGNED.has(action) && (
            <div style={{ display: 'flex', gap: 8 }}>
              <Form.Item
                name="signerName"
                label={t('actionSignerName')}
                rules={[{ required: true, whitespace: true }]}
                style={{ flex: 1 }}
              >
                <Input maxLength={200} data-testid="action-signer-name" />
              </Form.Item>
              <Form.Item
                name="signerPosition"
                label={t('actionSignerPosition')}
                rules={[{ required: true, whitespace: true }]}
                style={{ flex: 1 }}
              >
                <Input maxLength={200} data-testid="action-signer-position" />
              </Form.Item>
            </div>
          )}
          <Form.Item name="on" label={t('actionOn')}>
            <DateInput />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** The steps as a timeline: who acts, the limit, due date, days used and left, late or on time, paused clocks. */
function StepTimeline({ d }: { d: DossierT }) {
  const { t } = useI18n();
  const label = useLabel();
  const level = useLevelLabel();
  const paused = d.status === 'awaiting_additions';
  return (
    <Timeline
      data-testid="dossier-steps"
      items={d.steps.map((s, i) => ({
        key: `${s.code}-${i}`,
        color: s.running ? (s.late ? 'red' : 'blue') : s.late ? 'red' : 'green',
        dot: s.running && paused ? <PauseCircleOutlined style={{ color: '#fa8c16' }} /> : undefined,
        children: (
          <div data-testid="dossier-step" data-step={s.code}>
            <Typography.Text strong>{label(s.name)}</Typography.Text>{' '}
            {s.running && paused && <Tag color="orange">{t('stepPaused')}</Tag>}
            {!s.running &&
              s.completedOn &&
              (s.late ? <Tag color="red">{t('stepLate')}</Tag> : <Tag color="green">{t('stepOnTime')}</Tag>)}
            <div>
              <Typography.Text type="secondary">
                {t('stepWho')}: {s.outsideAgency ? label(s.outsideAgency) : level(s.level)} · {t('stepLimit')}:{' '}
                {s.limit
                  ? `${formatCount(s.limit.days)} ${s.limit.unit === 'working' ? t('workingDays') : t('calendarDays')}`
                  : t('stepNoLimit')}
              </Typography.Text>
            </div>
            <div>
              <Typography.Text type="secondary">
                {t('stepStarted')} {formatDate(s.startedOn)} · {t('dossierDue')} {formatDate(s.dueOn)}
                {s.dueProvisional ? ` ${t('stepProvisional')}` : ''} · {t('stepUsed', { n: formatCount(s.daysUsed) })}
                {s.completedOn ? ` · ${t('stepCompleted', { date: formatDate(s.completedOn) })}` : ''}
              </Typography.Text>{' '}
              {s.running && <DaysLeft days={s.daysLeft} />}
            </div>
          </div>
        ),
      }))}
    />
  );
}

/** The documents each step requires, their files (download) and an upload per document while the dossier is open. */
function Documents({ d }: { d: DossierT }) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const label = useLabel();
  const user = useCurrentUser();
  const files = useAttachments(d.id);
  const upload = useUpload(d.id);
  const [error, setError] = useState<string | null>(null);
  const open = !CLOSED.has(d.status) && (can(user, 'dossier:file') || can(user, 'dossier:act'));
  const byId = new Map((files.data?.items ?? []).map((a) => [a.id, a]));
  const stepName = useStepName(d);
  const send = async (documentCode: string, file: File) => {
    setError(null);
    if (file.size > MAX_ATTACHMENT_MB * 1024 * 1024) {
      setError(t('docTooLarge', { name: file.name, mb: MAX_ATTACHMENT_MB }));
      return;
    }
    try {
      await upload.mutateAsync({ file, documentCode });
      void message.success(t('docUploaded', { name: file.name }));
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <div>
      {open && (
        <Typography.Paragraph type="secondary">{t('docUploadHint', { mb: MAX_ATTACHMENT_MB })}</Typography.Paragraph>
      )}
      {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={error} data-testid="upload-error" />}
      <Table
        size="small"
        rowKey={(r) => `${r.stepCode}:${r.code}`}
        pagination={false}
        dataSource={d.documents}
        columns={[
          {
            title: t('dossierFilterStep'),
            key: 'step',
            width: 240,
            ellipsis: true,
            render: (_, r) => stepName(r.stepCode),
          },
          {
            title: t('dossierDocuments'),
            key: 'name',
            render: (_, r) => (
              <span data-testid="dossier-document" data-code={r.code} data-count={r.attachmentIds.length}>
                {label(r.name)} {r.required && <Tag>{t('docRequired')}</Tag>}
                {r.required && r.attachmentIds.length === 0 && <Tag color="red">{t('docMissing')}</Tag>}
              </span>
            ),
          },
          {
            title: t('dossierAttachments'),
            key: 'files',
            width: 300,
            render: (_, r) => (
              <Space direction="vertical" size={0}>
                {r.attachmentIds.map((id) => {
                  const a = byId.get(id);
                  return (
                    <a key={id} href={attachmentUrl(d.id, id)} data-testid="attachment-link">
                      <PaperClipOutlined /> {a?.fileName ?? `#${id}`}
                    </a>
                  );
                })}
                {open && (
                  <FilePick
                    label={t('docUpload')}
                    accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.pptx,.odt,.ods,.doc,.xls,.ppt"
                    testId={`upload-${r.code}`}
                    loading={upload.isPending && upload.variables?.documentCode === r.code}
                    disabled={upload.isPending}
                    onFile={(file) => void send(r.code, file)}
                  />
                )}
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}

function History({ id }: { id: number }) {
  const { t } = useI18n();
  const label = useLabel();
  const history = useDossierHistory(id);
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      loading={history.isFetching}
      dataSource={history.data?.items ?? []}
      onRow={() => ({ 'data-testid': 'history-row' }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('decisionDate'), dataIndex: 'at', width: 140, render: (v: string) => formatDateTime(v) },
        { title: t('dossierActions'), key: 'action', width: 240, render: (_, e) => label(e.actionLabel) },
        {
          title: t('historyActor'),
          dataIndex: 'actorName',
          width: 160,
          render: (v: string, e) => (
            <span title={e.actorUsername ?? undefined} data-testid="history-actor">
              {v}
            </span>
          ),
        },
        {
          title: t('historyComment'),
          key: 'comment',
          render: (_, e) => [e.decisionNumber, e.comment].filter(Boolean).join(' — ') || '—',
        },
      ]}
    />
  );
}

/**
 * One dossier: the header (applicant, type, legal source and grade), its status and the actions the server allows,
 * then the steps, documents, decisions and history, and for a training-support dossier its application and money.
 */
export function DossierPage() {
  const { t, errorText } = useI18n();
  const label = useLabel();
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const dossier = useDossier(id);
  const grade = useVersionGrade(dossier.data);
  if (dossier.isError)
    return <Alert type="error" showIcon title={errorText(dossier.error)} data-testid="dossier-error" />;
  const d = dossier.data;
  if (!d) return null;
  const ts = TRAINING_SUPPORT.has(d.typeCode);
  return (
    <div>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, flexWrap: 'wrap', marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="dossier-title">
          {d.applicantName} <StatusTag status={d.status} label={d.statusLabel} />
        </Typography.Title>
        <Space wrap>
          {ts && d.status === 'draft' && d.allowedActions.includes('submit') && (
            <Button icon={<EditOutlined />} onClick={() => navigate(`/dossiers/${d.id}/edit`)} data-testid="edit-draft">
              {t('tsEditDraft')}
            </Button>
          )}
          {d.receiptNo && (
            <Button icon={<DownloadOutlined />} href={receiptUrl(d.id)} data-testid="receipt-docx">
              {t('receiptDocx')}
            </Button>
          )}
        </Space>
      </div>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('dossierType')} span={2}>
            {label(d.typeName)}
          </Descriptions.Item>
          <Descriptions.Item label={t('dossierReceiptNo')}>
            <span data-testid="dossier-receipt-no">{d.receiptNo ?? '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('dossierLegalSource')} span={2}>
            {d.legalSource ?? '—'} <GradeTag grade={grade} />
          </Descriptions.Item>
          <Descriptions.Item label={t('dossierStep')}>
            {d.step ? (
              <span data-testid="dossier-current-step" data-step={d.step.code}>
                {label(d.step.name)}
                {d.step.dueOn && (
                  <>
                    {' '}
                    · {formatDate(d.step.dueOn)} <DaysLeft days={d.step.daysLeft} />
                  </>
                )}
              </span>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('dossierSubmittedOn')}>{formatDate(d.submittedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('dossierReceivedOn')}>{formatDate(d.receivedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('dossierCreatedBy')}>
            <span title={d.createdByUsername ?? undefined} data-testid="dossier-created-by">
              {d.createdByName}
            </span>
          </Descriptions.Item>
        </Descriptions>
        <div style={{ marginTop: 8 }} data-testid="dossier-actions">
          <ActionBar d={d} onConflict={() => void dossier.refetch()} />
        </div>
      </Card>
      <Tabs
        items={[
          ...(ts
            ? [
                {
                  key: 'ts',
                  label: <span data-testid="tab-ts">{t('tsApplication')}</span>,
                  children: <TrainingSupportPanel d={d} />,
                },
              ]
            : []),
          { key: 'steps', label: t('dossierSteps'), children: <StepTimeline d={d} /> },
          {
            key: 'documents',
            label: <span data-testid="tab-documents">{t('dossierDocuments')}</span>,
            children: <Documents d={d} />,
          },
          {
            key: 'decisions',
            label: <span data-testid="tab-decisions">{`${t('dossierDecisions')} (${d.decisions.length})`}</span>,
            children: (
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={d.decisions}
                onRow={() => ({ 'data-testid': 'decision-row' }) as React.HTMLAttributes<HTMLElement>}
                columns={[
                  { title: t('decisionNumber'), dataIndex: 'number', width: 160 },
                  {
                    title: t('decisionDate'),
                    dataIndex: 'decidedOn',
                    width: 110,
                    render: (v: string) => formatDate(v),
                  },
                  {
                    title: t('decisionSigner'),
                    key: 'signer',
                    render: (_, x) => `${x.signerName}, ${x.signerPosition}`,
                  },
                  {
                    title: '',
                    key: 'docx',
                    width: 220,
                    render: (_, x) => (
                      <Button
                        size="small"
                        icon={<DownloadOutlined />}
                        href={decisionUrl(d.id, x.id)}
                        data-testid="decision-docx"
                      >
                        {t('decisionDocx')}
                      </Button>
                    ),
                  },
                ]}
              />
            ),
          },
          {
            key: 'history',
            label: <span data-testid="tab-history">{t('dossierHistory')}</span>,
            children: <History id={d.id} />,
          },
        ]}
      />
    </div>
  );
}
