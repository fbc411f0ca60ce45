import {
  DeleteOutlined,
  DownloadOutlined,
  FileExcelOutlined,
  InboxOutlined,
  ReloadOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import type { ImportPreviewT, ImportStatusT } from '@lmis/contracts';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Popconfirm,
  Progress,
  Result,
  Row,
  Select,
  Space,
  Statistic,
  Steps,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { type MessageKey, useI18n } from '../../app/i18n.ts';
import { foldedSearch, unitOptions, useChildUnits } from '../../kit/catalogues.tsx';
import { formatCount, formatDate, formatDateTime } from '../../kit/format.ts';
import { UnitPicker } from '../../kit/units/UnitPicker.tsx';
import { useCurrentUser } from '../auth/index.ts';
import {
  isImportRunning,
  useDiscardImport,
  useImportRetention,
  useImportStatus,
  useImports,
  useRunImport,
  useUploadImport,
} from './api.ts';

const STATUS: Record<string, { label: MessageKey; color: string }> = {
  uploaded: { label: 'importUploaded', color: 'default' },
  queued: { label: 'importQueued', color: 'processing' },
  running: { label: 'importRunning', color: 'processing' },
  done: { label: 'importDone', color: 'success' },
  failed: { label: 'importFailed', color: 'error' },
  interrupted: { label: 'importInterrupted', color: 'warning' },
};

function StatusTag({ status }: { status: string }) {
  const { t } = useI18n();
  const s = STATUS[status];
  return <Tag color={s?.color}>{s ? t(s.label) : status}</Tag>;
}

/** Discards an upload never run, after confirmation (the record and the stored file go). */
function DiscardButton(props: { id: number; onDiscarded?: () => void; small?: boolean }) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const discard = useDiscardImport();
  return (
    <Popconfirm
      title={t('discardConfirm')}
      description={t('discardConfirmText')}
      okText={t('discardUpload')}
      cancelText={t('cancel')}
      okButtonProps={{ danger: true, id: 'confirm-discard' }}
      onConfirm={() =>
        discard.mutateAsync(props.id).then(
          () => {
            void message.success(t('discarded'));
            props.onDiscarded?.();
          },
          (e: unknown) => void message.error(errorText(e)),
        )
      }
    >
      <Button
        danger
        size={props.small ? 'small' : 'middle'}
        icon={<DeleteOutlined />}
        loading={discard.isPending}
        data-testid="import-discard"
      >
        {t('discardUpload')}
      </Button>
    </Popconfirm>
  );
}

/** How long uploads are kept: an upload never run is deleted that many days after it came. */
function RetentionNote() {
  const { t } = useI18n();
  const retention = useImportRetention();
  if (!retention.data) return null;
  return (
    <Typography.Paragraph type="secondary" style={{ margin: '8px 12px' }} data-testid="import-retention">
      {t('retentionNote', { days: formatCount(retention.data.days) })}
    </Typography.Paragraph>
  );
}

const errorsUrl = (id: number) => `/api/worker-imports/${id}/errors.xlsx`;
const FILE_COLUMN = '__file__';

/** Step 1: the file, the collection round and (for province and national users) the receiving unit. */
function UploadStep(props: { onUploaded: (p: ImportPreviewT) => void }) {
  const { t, errorText } = useI18n();
  const user = useCurrentUser();
  const upload = useUploadImport();
  const [file, setFile] = useState<File | null>(null);
  const year = new Date().getFullYear();
  const [roundYear, setRoundYear] = useState(year);
  const [unit, setUnit] = useState<string | null>(user.unitCode?.length === 2 ? FILE_COLUMN : null);
  const communes = useChildUnits(user.unitCode?.length === 2 ? user.unitCode : undefined);

  const submit = () => {
    if (!file) return;
    upload.mutate(
      { file, roundYear, unitCode: unit && unit !== FILE_COLUMN ? unit : undefined },
      { onSuccess: props.onUploaded },
    );
  };

  return (
    <Form layout="vertical">
      {upload.isError && <Alert type="error" showIcon title={errorText(upload.error)} style={{ marginBottom: 12 }} />}
      <Row gutter={16}>
        <Col span={12}>
          <Upload.Dragger
            accept=".xlsx,.csv"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              return false;
            }}
            showUploadList={false}
          >
            <p className="ant-upload-drag-icon">
              {file ? <FileExcelOutlined style={{ color: '#389e0d' }} /> : <InboxOutlined />}
            </p>
            <p className="ant-upload-text" data-testid="import-file-name">
              {file ? file.name : t('chooseFile')}
            </p>
            {file && <p className="ant-upload-hint">{t('chooseAnotherFile')}</p>}
          </Upload.Dragger>
        </Col>
        <Col span={12}>
          <Form.Item label={t('roundYear')}>
            <Select<number>
              value={roundYear}
              onChange={setRoundYear}
              options={Array.from({ length: 7 }, (_, i) => year + 1 - i).map((y) => ({ value: y, label: String(y) }))}
              style={{ width: 160 }}
              data-testid="import-round"
            />
          </Form.Item>
          <Form.Item label={t('targetUnit')}>
            {user.unitCode?.length === 5 ? (
              <Tag color="blue">{user.unitName}</Tag>
            ) : user.unitCode?.length === 2 ? (
              <Select
                showSearch={foldedSearch}
                value={unit ?? FILE_COLUMN}
                onChange={setUnit}
                loading={communes.isPending}
                options={[{ value: FILE_COLUMN, label: t('byFileColumn') }, ...unitOptions(communes.data)]}
                style={{ width: 320 }}
                data-testid="import-unit"
              />
            ) : (
              <div style={{ width: 320 }}>
                <UnitPicker value={unit} onChange={setUnit} />
              </div>
            )}
          </Form.Item>
          <Button
            type="primary"
            icon={<UploadOutlined />}
            disabled={!file || (!user.unitCode && !unit)}
            loading={upload.isPending}
            onClick={submit}
            data-testid="import-upload"
          >
            {t('uploadAndRead')}
          </Button>
          <Button
            type="link"
            icon={<FileExcelOutlined />}
            href="/api/worker-imports/template.xlsx"
            data-testid="import-template"
          >
            {t('downloadTemplate')}
          </Button>
        </Col>
      </Row>
    </Form>
  );
}

/** Step 2: which column of the file feeds each field, with the first rows as they would be read. */
function MappingStep(props: {
  preview: ImportPreviewT;
  onRun: (mapping: Record<string, number>, acceptWarnings: boolean) => void;
  onDiscarded: () => void;
  pending: boolean;
}) {
  const { t } = useI18n();
  const { preview } = props;
  const [mapping, setMapping] = useState<Record<string, number>>(preview.import.mapping);
  const columnTitle = (i: number) => preview.headers[i]?.trim() || `${t('fileColumn')} ${i + 1}`;
  // The server sends the sample by field under its own mapping; re-keying it by column lets an edited mapping
  // show the cells of the columns the server read.
  const byColumn = useMemo(() => {
    const original = preview.import.mapping;
    return preview.sample.map((r) => {
      const cells = new Map<number, unknown>();
      for (const [key, col] of Object.entries(original)) cells.set(col, r.values[key]);
      return { rowNumber: r.rowNumber, cells };
    });
  }, [preview]);
  const missing = preview.fields.filter((f) => f.required && mapping[f.key] === undefined);
  const mappedFields = preview.fields.filter((f) => mapping[f.key] !== undefined);
  const columnOptions = preview.headers.map((_, i) => ({ value: i, label: columnTitle(i) }));
  // The server's warnings name columns it left unmapped; one the person has since mapped is settled.
  const mappedColumns = new Set(Object.values(mapping));
  const warnings = preview.warnings.filter((w) => !mappedColumns.has(w.column));
  const communeColumn = mapping.communeCode;
  const communeNote =
    communeColumn !== undefined
      ? t('communeFromColumn', { column: columnTitle(communeColumn) })
      : preview.defaultCommune
        ? t('communeFixed', { name: preview.defaultCommune.name })
        : t('communeMissing');
  // Without a commune column every row lands in the upload's commune: a commune-like column left unmapped must be
  // acknowledged first (the server asks the same).
  const needsConfirm =
    communeColumn === undefined &&
    warnings.some((w) => ['communeCode', 'districtName', 'provinceName'].includes(w.field) && w.mappedTo === null);
  const [confirmed, setConfirmed] = useState(false);

  return (
    <div>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('headerRowFound', { n: preview.import.headerRow })}
        description={`${t('fileName')}: ${preview.import.fileName}`}
      />
      <Alert
        type={communeColumn === undefined ? 'warning' : 'info'}
        showIcon
        style={{ marginBottom: 12 }}
        title={communeNote}
        data-testid="import-commune-note"
      />
      {warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('columnWarnings')}
          data-testid="import-warnings"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {warnings.map((w) => (
                <li key={w.column}>{w.message}</li>
              ))}
            </ul>
          }
        />
      )}
      <Row gutter={16}>
        <Col span={10}>
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            scroll={{ y: 420 }}
            dataSource={preview.fields}
            data-testid="import-mapping"
            columns={[
              {
                title: t('fieldCol'),
                dataIndex: 'label',
                render: (label: string, f) => (
                  <span>
                    {f.required && <span style={{ color: '#ff4d4f', marginInlineEnd: 4 }}>*</span>}
                    {label}
                  </span>
                ),
              },
              {
                title: t('fileColumn'),
                key: 'column',
                width: 230,
                render: (_, f) => (
                  <Select<number>
                    size="small"
                    allowClear
                    showSearch={foldedSearch}
                    style={{ width: '100%' }}
                    placeholder={t('notMapped')}
                    value={mapping[f.key]}
                    options={columnOptions}
                    data-testid={`map-${f.key}`}
                    onChange={(v?: number) =>
                      setMapping((m) => {
                        // A column feeds one field: choosing it here takes it away from the field that had it.
                        const next = Object.fromEntries(Object.entries(m).filter(([k, c]) => k !== f.key && c !== v));
                        if (v !== undefined) next[f.key] = v;
                        return next;
                      })
                    }
                  />
                ),
              },
            ]}
          />
        </Col>
        <Col span={14}>
          <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
            {t('sampleRows')}
          </Typography.Text>
          <Table
            size="small"
            rowKey="rowNumber"
            pagination={false}
            scroll={{ x: 'max-content', y: 380 }}
            dataSource={byColumn}
            data-testid="import-sample"
            columns={[
              { title: t('row'), dataIndex: 'rowNumber', width: 60, fixed: 'left' },
              ...mappedFields.map((f) => ({
                title: f.label,
                key: f.key,
                render: (_: unknown, r: (typeof byColumn)[number]) => {
                  const col = mapping[f.key];
                  const v = col === undefined ? undefined : r.cells.get(col);
                  if (v === undefined || v === null) return '';
                  return /^\d{4}-\d{2}-\d{2}$/.test(String(v)) ? formatDate(String(v)) : String(v);
                },
              })),
            ]}
          />
        </Col>
      </Row>
      <Space style={{ marginTop: 12 }}>
        {missing.length > 0 && (
          <Alert type="warning" showIcon title={`${t('missingRequired')}: ${missing.map((f) => f.label).join(', ')}`} />
        )}
        {needsConfirm && (
          <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} data-testid="import-confirm">
            {t('confirmNoCommuneColumn', { name: preview.defaultCommune?.name ?? '—' })}
          </Checkbox>
        )}
        <Button
          type="primary"
          disabled={missing.length > 0 || (needsConfirm && !confirmed)}
          loading={props.pending}
          onClick={() => props.onRun(mapping, needsConfirm && confirmed)}
          data-testid="import-run"
        >
          {t('startImport')}
        </Button>
        <DiscardButton id={preview.import.id} onDiscarded={props.onDiscarded} />
      </Space>
    </div>
  );
}

/** Step 3: progress while the server imports, then the result. */
function RunStep(props: { id: number; onRerun: () => void; onAnother: () => void; rerunning: boolean }) {
  const { t, errorText } = useI18n();
  const qc = useQueryClient();
  const status = useImportStatus(props.id);
  const s = status.data;
  const running = isImportRunning(s?.status);

  useEffect(() => {
    if (s && !isImportRunning(s.status)) {
      void qc.invalidateQueries({ queryKey: ['workers'] });
      void qc.invalidateQueries({ queryKey: ['worker-imports', 'list'] });
    }
  }, [s, qc]);

  if (status.isError) return <Alert type="error" showIcon title={errorText(status.error)} />;
  if (!s) return null;
  const total = s.totalRows ?? 0;
  const percent = total > 0 ? Math.min(100, Math.round((s.rowsDone / total) * 100)) : s.status === 'done' ? 100 : 0;
  const counters: { key: keyof ImportStatusT; label: MessageKey; color?: string }[] = [
    { key: 'inserted', label: 'inserted', color: '#389e0d' },
    { key: 'updated', label: 'updated', color: '#0b5cad' },
    { key: 'unchanged', label: 'unchanged' },
    { key: 'failed', label: 'failedRows', color: s.failed > 0 ? '#cf1322' : undefined },
    { key: 'flagged', label: 'flagged', color: s.flagged > 0 ? '#d46b08' : undefined },
    { key: 'repeated', label: 'repeatedRows' },
  ];
  const ok = s.inserted + s.updated + s.unchanged;

  return (
    <div data-testid="import-run-status" data-status={s.status}>
      <Space style={{ marginBottom: 8 }}>
        <Typography.Text strong>{s.fileName}</Typography.Text>
        <StatusTag status={s.status} />
      </Space>
      <Progress
        data-testid="import-progress"
        percent={percent}
        status={s.status === 'failed' || s.status === 'interrupted' ? 'exception' : running ? 'active' : 'success'}
        format={() =>
          t('rowsProgress', {
            done: formatCount(s.rowsDone),
            total: s.totalRows === null ? '…' : formatCount(s.totalRows),
          })
        }
        styles={{ root: { maxWidth: 720 } }}
      />
      <Row gutter={16} style={{ margin: '16px 0', maxWidth: 860 }} data-testid="import-counters">
        {counters.map((c) => (
          <Col key={c.key} flex="1 1 0">
            <Statistic
              title={t(c.label)}
              value={formatCount(s[c.key] as number)}
              formatter={() => formatCount(s[c.key] as number)}
              styles={{ content: { color: c.color, fontSize: 22 } }}
              data-testid={`import-${c.key}`}
            />
          </Col>
        ))}
      </Row>
      {s.status === 'done' && (
        <Result
          status={s.failed > 0 ? 'warning' : 'success'}
          style={{ padding: '8px 0' }}
          title={t('importDoneSummary', {
            total: formatCount(s.rowsDone),
            ok: formatCount(ok),
            failed: formatCount(s.failed),
          })}
          subTitle={s.failed > 0 ? t('importErrorsHint') : undefined}
          extra={
            <Space>
              {s.failed + s.repeated > 0 && (
                <Button icon={<DownloadOutlined />} href={errorsUrl(s.id)} data-testid="download-errors">
                  {t('downloadErrors')}
                </Button>
              )}
              <Button onClick={props.onAnother}>{t('importAnother')}</Button>
            </Space>
          }
        />
      )}
      {s.status === 'uploaded' && (
        <Space>
          <Button type="primary" loading={props.rerunning} onClick={props.onRerun} data-testid="import-run">
            {t('startImport')}
          </Button>
          <DiscardButton id={s.id} onDiscarded={props.onAnother} />
        </Space>
      )}
      {(s.status === 'failed' || s.status === 'interrupted') && (
        <Alert
          type="error"
          showIcon
          title={s.errorMessage ?? t(STATUS[s.status]?.label ?? 'importFailed')}
          action={
            <Space>
              {s.failed > 0 && (
                <Button size="small" icon={<DownloadOutlined />} href={errorsUrl(s.id)} data-testid="download-errors">
                  {t('downloadErrors')}
                </Button>
              )}
              <Button
                size="small"
                type="primary"
                icon={<ReloadOutlined />}
                loading={props.rerunning}
                onClick={props.onRerun}
                data-testid="import-rerun"
              >
                {t('rerun')}
              </Button>
            </Space>
          }
        />
      )}
    </div>
  );
}

function RecentImports(props: {
  onOpen: (id: number) => void;
  onDiscarded: (id: number) => void;
  activeId: number | null;
  status: string | undefined;
}) {
  const { t, errorText } = useI18n();
  const imports = useImports();
  const rows = props.status ? imports.data?.filter((i) => i.status === props.status) : imports.data;
  if (imports.isError) return <Alert type="error" showIcon title={errorText(imports.error)} />;
  return (
    <Table<ImportStatusT>
      size="small"
      rowKey="id"
      loading={imports.isFetching}
      dataSource={rows}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      rowClassName={(r) => (r.id === props.activeId ? 'ant-table-row-selected' : '')}
      columns={[
        { title: t('at'), dataIndex: 'createdAt', width: 130, render: (v: string) => formatDateTime(v) },
        { title: t('fileName'), dataIndex: 'fileName', ellipsis: { showTitle: true } },
        { title: t('roundYear'), dataIndex: 'roundYear', width: 80 },
        { title: t('status'), dataIndex: 'status', width: 150, render: (v: string) => <StatusTag status={v} /> },
        { title: t('totalRows'), dataIndex: 'totalRows', width: 70, align: 'right', render: formatCount },
        { title: t('inserted'), dataIndex: 'inserted', width: 75, align: 'right', render: formatCount },
        { title: t('updated'), dataIndex: 'updated', width: 75, align: 'right', render: formatCount },
        { title: t('unchanged'), dataIndex: 'unchanged', width: 75, align: 'right', render: formatCount },
        { title: t('failedRows'), dataIndex: 'failed', width: 50, align: 'right', render: formatCount },
        { title: t('flagged'), dataIndex: 'flagged', width: 90, align: 'right', render: formatCount },
        {
          title: t('actions'),
          key: 'actions',
          width: 190,
          render: (_, r) => (
            <Space size={4}>
              {r.status === 'uploaded' && <DiscardButton small id={r.id} onDiscarded={() => props.onDiscarded(r.id)} />}
              <Button size="small" onClick={() => props.onOpen(r.id)}>
                {t('open')}
              </Button>
              {r.failed > 0 && (
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  href={errorsUrl(r.id)}
                  aria-label={t('downloadErrors')}
                />
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}

/** Statuses the home page links to (`?status=uploaded`): the recent imports are filtered to them. */
const LINKED_STATUSES = new Set(['uploaded', 'interrupted']);

export function ImportPage() {
  const { t, errorText } = useI18n();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status') ?? undefined;
  const statusFilter = statusParam && LINKED_STATUSES.has(statusParam) ? statusParam : undefined;
  const [preview, setPreview] = useState<ImportPreviewT | null>(null);
  const [runId, setRunId] = useState<number | null>(null);
  const run = useRunImport();
  const current = useImportStatus(runId);
  const finalStatus = current.data?.status;

  const start = (id: number, mapping?: Record<string, number>, acceptWarnings?: boolean) =>
    run.mutate({ id, mapping, acceptWarnings }, { onSuccess: (s) => setRunId(s.id) });
  const reset = () => {
    setPreview(null);
    setRunId(null);
    run.reset();
  };
  const step = runId !== null ? 2 : preview ? 1 : 0;

  return (
    <div>
      <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 12 }}>
        {t('importTitle')}
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Steps
          size="small"
          current={step}
          status={
            step === 2 && finalStatus === 'done'
              ? 'finish'
              : step === 2 && (finalStatus === 'failed' || finalStatus === 'interrupted')
                ? 'error'
                : 'process'
          }
          style={{ marginBottom: 16, maxWidth: 720 }}
          items={[{ title: t('stepUpload') }, { title: t('stepMapping') }, { title: t('stepRun') }]}
        />
        {run.isError && <Alert type="error" showIcon title={errorText(run.error)} style={{ marginBottom: 12 }} />}
        {step === 0 && <UploadStep onUploaded={setPreview} />}
        {step === 1 && preview && (
          <MappingStep
            preview={preview}
            pending={run.isPending}
            onRun={(mapping, acceptWarnings) => start(preview.import.id, mapping, acceptWarnings)}
            onDiscarded={reset}
          />
        )}
        {step === 2 && runId !== null && (
          <RunStep id={runId} rerunning={run.isPending} onRerun={() => start(runId)} onAnother={reset} />
        )}
      </Card>
      <Card
        size="small"
        title={t('recentImports')}
        styles={{ body: { padding: 0 } }}
        extra={
          statusFilter && (
            <Tag
              closable
              onClose={() => setParams(new URLSearchParams(), { replace: true })}
              data-testid="import-filter"
            >
              {t(STATUS[statusFilter]?.label ?? 'importUploaded')}
            </Tag>
          )
        }
      >
        <RetentionNote />
        <RecentImports
          status={statusFilter}
          onDiscarded={(id) => {
            if (id === runId) reset();
          }}
          activeId={runId}
          onOpen={(id) => {
            setPreview(null);
            run.reset();
            setRunId(id);
          }}
        />
      </Card>
    </div>
  );
}
