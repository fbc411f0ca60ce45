import { BarChartOutlined, PlusOutlined } from '@ant-design/icons';
import { DOSSIER_STATUSES, type DossierStatus } from '@lmis/contracts';
import { useQueries } from '@tanstack/react-query';
import { Alert, Button, Card, Select, Table, Tabs, Typography } from 'antd';
import { type HTMLAttributes, useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n.ts';
import { formatDate } from '../../kit/format.ts';
import { UnitSelect } from '../../kit/units/UnitSelect.tsx';
import { can, useCurrentUser } from '../auth/index.ts';
import { dossierQuery, type QueueView, useDossier, useDossierTypes, useQueue } from './api.ts';
import { DaysLeft, StatusTag, useLabel, useTypeShortName } from './parts.tsx';

const TABS = ['mine', 'overdue', 'due_soon', 'all'] as const;
type Tab = (typeof TABS)[number];
/** "All" gathers the three queues; due-soon looks this many working days ahead (the most the API allows). */
const ALL_HORIZON_DAYS = 60;

type Row = {
  id: number;
  typeCode: string;
  applicantName: string;
  provinceCode: string;
  communeCode: string | null;
  stepCode: string;
  stepName: { vi: string; en: string };
  dueOn: string | null;
  overdue: boolean;
};

/** Receipt number, days left and status come from the dossier itself (the queue answers the step and due date). */
function DossierCell({ id, field }: { id: number; field: 'receiptNo' | 'daysLeft' | 'status' }) {
  const d = useDossier(id).data;
  if (!d) return <span>…</span>;
  if (field === 'receiptNo') return <span>{d.receiptNo ?? '—'}</span>;
  if (field === 'daysLeft') return <DaysLeft days={d.step?.daysLeft} />;
  return <StatusTag status={d.status} label={d.statusLabel} />;
}

/**
 * The officer's work queue: tabs "waiting for me", overdue, due soon and all; filters (type, step, status, unit) in
 * the address. An employer account sees its own dossiers that wait for it (additions asked, a step it performs).
 */
export function QueuePage() {
  const { t, lang, errorText } = useI18n();
  const label = useLabel();
  const shortName = useTypeShortName();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const employer = user.role === 'employer';
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'mine';
  const typeCode = params.get('type') ?? undefined;
  const stepCode = params.get('step') ?? undefined;
  const status = params.get('status') ?? undefined;
  const unitCode = params.get('unit') ?? undefined;
  const set = (key: string, value: string | undefined) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const types = useDossierTypes();
  const filter = { unitCode, stepCode };
  const views: QueueView[] = employer ? ['mine'] : tab === 'all' ? ['mine', 'overdue', 'due_soon'] : [tab];
  const mine = useQueue({ view: 'mine', ...filter });
  // An employer's queue is its own dossiers whatever the view: asked once.
  const overdue = useQueue({ view: 'overdue', ...filter }, !employer);
  const dueSoon = useQueue({ view: 'due_soon', days: tab === 'all' ? ALL_HORIZON_DAYS : 2, ...filter }, !employer);
  const byView = { mine, overdue, due_soon: dueSoon };
  const answers = views.map((v) => byView[v]);
  const failed = answers.find((a) => a.isError);

  const rows = useMemo(() => {
    const seen = new Map<number, Row>();
    for (const a of answers) for (const item of a.data?.items ?? []) if (!seen.has(item.id)) seen.set(item.id, item);
    return [...seen.values()].filter((r) => !typeCode || r.typeCode === typeCode);
  }, [answers, typeCode]);

  // A status filter needs each dossier's status; they are read once and shared with the cells.
  const statuses = useQueries({
    queries: (status ? rows : []).map((r) => dossierQuery(r.id)),
  });
  const shown = status ? rows.filter((_, i) => statuses[i]?.data?.status === status) : rows;

  const typeName = (code: string) => {
    const found = types.data?.items.find((x) => x.code === code);
    return shortName(code, found ? label(found.name) : '');
  };
  const stepOptions = useMemo(() => {
    const seen = new Map<string, string>();
    for (const ty of types.data?.items ?? []) {
      if (typeCode && ty.code !== typeCode) continue;
      for (const v of ty.versions) for (const s of v.steps) if (!seen.has(s.code)) seen.set(s.code, s.name[lang]);
    }
    return [...seen].map(([value, text]) => ({ value, label: text }));
  }, [types.data, typeCode, lang]);

  const count = (v: QueueView) => byView[v].data?.items.length;
  const tabLabel = (key: Tab) => {
    const text = {
      mine: employer ? t('dossierOwnTitle') : t('dossierTabMine'),
      overdue: t('dossierTabOverdue'),
      due_soon: t('dossierTabDueSoon'),
      all: t('dossierTabAll'),
    }[key];
    const n = key === 'all' ? undefined : count(key);
    return n === undefined ? text : `${text} (${n})`;
  };

  return (
    <div>
      <div style={{ display: 'flex', justifyContent: 'space-between', marginBottom: 12, flexWrap: 'wrap', gap: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="dossier-queue-title">
          {employer ? t('dossierOwnTitle') : t('dossierQueueTitle')}
        </Typography.Title>
        <div style={{ display: 'flex', gap: 8 }}>
          {can(user, 'dossier:file') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/dossiers/new?type=training_support_ui')}
              data-testid="new-dossier"
            >
              {t('dossierNew')}
            </Button>
          )}
          {can(user, 'dossier:sla') && (
            <Button icon={<BarChartOutlined />} onClick={() => navigate('/dossiers/sla')} data-testid="sla-link">
              {t('dossierSlaLink')}
            </Button>
          )}
        </div>
      </div>
      {!employer && (
        <Tabs
          activeKey={tab}
          onChange={(k) => set('tab', k === 'mine' ? undefined : k)}
          items={TABS.map((k) => ({ key: k, label: <span data-testid={`queue-tab-${k}`}>{tabLabel(k)}</span> }))}
        />
      )}
      {tab === 'all' && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('dossierAllNote')} />}
      <Card size="small" style={{ marginBottom: 12 }}>
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <Select
            allowClear
            placeholder={t('dossierFilterType')}
            style={{ width: 300 }}
            value={typeCode}
            onChange={(v) => set('type', v)}
            options={(types.data?.items ?? []).map((x) => ({ value: x.code, label: typeName(x.code) }))}
            data-testid="filter-type"
          />
          <Select
            allowClear
            placeholder={t('dossierFilterStep')}
            style={{ width: 280 }}
            value={stepCode}
            onChange={(v) => set('step', v)}
            options={stepOptions}
            popupMatchSelectWidth={false}
          />
          <Select
            allowClear
            placeholder={t('dossierFilterStatus')}
            style={{ width: 190 }}
            value={status}
            onChange={(v) => set('status', v)}
            options={(['in_progress', 'awaiting_additions'] as DossierStatus[]).map((s) => ({
              value: s,
              label: DOSSIER_STATUSES[s][lang],
            }))}
          />
          {!employer && <UnitSelect user={user} value={unitCode} onChange={(u) => set('unit', u)} />}
        </div>
      </Card>
      {failed ? (
        <Alert type="error" showIcon title={errorText(failed.error)} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<Row>
            size="small"
            rowKey="id"
            loading={answers.some((a) => a.isFetching)}
            dataSource={shown}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
            locale={{ emptyText: t('dossierNone') }}
            onRow={(r) =>
              ({
                'data-testid': 'dossier-row',
                style: { cursor: 'pointer' },
                onClick: () => navigate(`/dossiers/${r.id}`),
              }) as HTMLAttributes<HTMLElement>
            }
            columns={[
              {
                title: t('dossierReceiptNo'),
                key: 'receiptNo',
                width: 120,
                render: (_, r) => <DossierCell id={r.id} field="receiptNo" />,
              },
              {
                title: t('dossierApplicant'),
                dataIndex: 'applicantName',
                ellipsis: true,
                render: (v: string, r) => (
                  <Link to={`/dossiers/${r.id}`} onClick={(e) => e.stopPropagation()}>
                    {v}
                  </Link>
                ),
              },
              {
                title: t('dossierType'),
                key: 'type',
                width: 210,
                ellipsis: { showTitle: true },
                render: (_, r) => typeName(r.typeCode),
              },
              {
                title: t('dossierStep'),
                key: 'step',
                width: 220,
                ellipsis: { showTitle: true },
                render: (_, r) => label(r.stepName),
              },
              { title: t('dossierDue'), dataIndex: 'dueOn', width: 105, render: (v: string | null) => formatDate(v) },
              {
                title: t('dossierDaysLeft'),
                key: 'daysLeft',
                width: 125,
                render: (_, r) => <DossierCell id={r.id} field="daysLeft" />,
              },
              {
                title: t('dossierStatus'),
                key: 'status',
                width: 150,
                render: (_, r) => <DossierCell id={r.id} field="status" />,
              },
            ]}
          />
        </Card>
      )}
    </div>
  );
}
