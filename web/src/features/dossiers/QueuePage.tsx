import { BarChartOutlined, PlusOutlined } from '@ant-design/icons';
import { DOSSIER_STATUSES, type DossierListItemT, DossierListQuery, type DossierStatus } from '@lmis/contracts';
import { Alert, Button, Card, Select, Table, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { type HTMLAttributes, useMemo } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useI18n } from '../../app/i18n.ts';
import { DateRangeInput } from '../../kit/form/DateInput.tsx';
import { formatDate } from '../../kit/format.ts';
import { ListSearch, PagedTable, useUrlList } from '../../kit/list/ListPage.tsx';
import { UnitSelect } from '../../kit/units/UnitSelect.tsx';
import { can, useCurrentUser } from '../auth/index.ts';
import { type QueueView, useDossierList, useDossierTypes, useQueue } from './api.ts';
import { queueRows } from './logic.ts';
import { DaysLeft, StatusTag, useLabel, useTypeShortName } from './parts.tsx';

const TABS = ['mine', 'overdue', 'due_soon', 'all'] as const;
type Tab = (typeof TABS)[number];
/** Statuses a work queue holds (its dossiers are being worked); the full list has every status. */
const QUEUE_STATUSES: DossierStatus[] = ['in_progress', 'awaiting_additions'];

/**
 * The officer's work queue: tabs "waiting for me", overdue, due soon, and "all" — the plain list of the scope's
 * dossiers, paged by the server's cursor; filters (type, step, status, unit, applicant) in the address. An employer
 * account sees the list of its employer's dossiers, drafts included. Every row is what the server answered.
 */
export function QueuePage() {
  const { t, lang, errorText } = useI18n();
  const label = useLabel();
  const shortName = useTypeShortName();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const employer = user.role === 'employer';
  const list = useUrlList(DossierListQuery, { typeCode: 'type', stepCode: 'step', unitCode: 'unit' });
  const tabParam = list.params.get('tab') ?? '';
  const tab: Tab = employer ? 'all' : (TABS as readonly string[]).includes(tabParam) ? (tabParam as Tab) : 'mine';
  const { typeCode, stepCode, status, unitCode } = list.filters;
  const plain = tab === 'all';

  const types = useDossierTypes();
  const queueView: QueueView = tab === 'all' ? 'mine' : tab;
  const queue = useQueue({ view: queueView, unitCode, stepCode }, !plain);
  const all = useDossierList({ ...list.filters, page: list.page, pageSize: list.pageSize, cursor: list.cursor }, plain);
  const rows = useMemo(() => queueRows(queue.data?.items ?? [], { typeCode, status }), [queue.data, typeCode, status]);

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

  const tabLabel = (key: Tab) => {
    const text = {
      mine: t('dossierTabMine'),
      overdue: t('dossierTabOverdue'),
      due_soon: t('dossierTabDueSoon'),
      all: t('dossierTabAll'),
    }[key];
    const n = key === tab && !plain ? queue.data?.items.length : undefined;
    return n === undefined ? text : `${text} (${n})`;
  };
  const statusOptions = (plain ? (Object.keys(DOSSIER_STATUSES) as DossierStatus[]) : QUEUE_STATUSES).map((s) => ({
    value: s,
    label: DOSSIER_STATUSES[s][lang],
  }));

  const columns: ColumnsType<DossierListItemT> = [
    { title: t('dossierReceiptNo'), dataIndex: 'receiptNo', width: 120, render: (v: string | null) => v ?? '—' },
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
      render: (_, r) => (r.step ? label(r.step.name) : '—'),
    },
    ...(plain
      ? [
          {
            title: t('dossierSubmittedOn'),
            dataIndex: 'submittedOn',
            width: 105,
            render: (v: string | null) => formatDate(v),
          },
        ]
      : []),
    { title: t('dossierDue'), dataIndex: 'dueOn', width: 105, render: (v: string | null) => formatDate(v) },
    {
      title: t('dossierDaysLeft'),
      key: 'daysLeft',
      width: 125,
      render: (_, r) => <DaysLeft days={r.daysLeft} />,
    },
    {
      title: t('dossierStatus'),
      key: 'status',
      width: 150,
      render: (_, r) => <StatusTag status={r.status} label={r.statusLabel} />,
    },
  ];

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
          onChange={(k) => list.update({ tab: k === 'mine' ? undefined : k })}
          items={TABS.map((k) => ({ key: k, label: <span data-testid={`queue-tab-${k}`}>{tabLabel(k)}</span> }))}
        />
      )}
      <Card size="small" style={{ marginBottom: 12 }}>
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          {plain && <ListSearch list={list} placeholder={t('dossierApplicant')} width={240} testId="dossier-search" />}
          <Select
            allowClear
            placeholder={t('dossierFilterType')}
            style={{ width: 300 }}
            value={typeCode}
            onChange={(v) => list.update({ typeCode: v })}
            options={(types.data?.items ?? []).map((x) => ({ value: x.code, label: typeName(x.code) }))}
            data-testid="filter-type"
          />
          <Select
            allowClear
            placeholder={t('dossierFilterStep')}
            style={{ width: 280 }}
            value={stepCode}
            onChange={(v) => list.update({ stepCode: v })}
            options={stepOptions}
            popupMatchSelectWidth={false}
          />
          <Select
            allowClear
            placeholder={t('dossierFilterStatus')}
            style={{ width: 190 }}
            value={status}
            onChange={(v) => list.update({ status: v })}
            options={statusOptions}
            data-testid="filter-status"
          />
          {!employer && <UnitSelect user={user} value={unitCode} onChange={(u) => list.update({ unitCode: u })} />}
          {plain && (
            <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }} data-testid="filter-submitted">
              <Typography.Text type="secondary">{t('dossierSubmittedBetween')}</Typography.Text>
              <DateRangeInput
                value={[
                  list.filters.submittedFrom ? dayjs(list.filters.submittedFrom) : null,
                  list.filters.submittedTo ? dayjs(list.filters.submittedTo) : null,
                ]}
                onChange={(v) =>
                  list.update({
                    submittedFrom: v?.[0]?.format('YYYY-MM-DD'),
                    submittedTo: v?.[1]?.format('YYYY-MM-DD'),
                  })
                }
              />
            </span>
          )}
        </div>
      </Card>
      {plain ? (
        <PagedTable<DossierListItemT>
          list={list}
          result={all}
          rowKey="id"
          rowTestId="dossier-row"
          rowHref={(r) => `/dossiers/${r.id}`}
          columns={columns}
          emptyText={t('dossierNone')}
        />
      ) : queue.isError ? (
        <Alert type="error" showIcon title={errorText(queue.error)} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<DossierListItemT>
            size="small"
            rowKey="id"
            loading={queue.isFetching}
            dataSource={rows}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
            locale={{ emptyText: t('dossierNone') }}
            onRow={(r) =>
              ({
                'data-testid': 'dossier-row',
                style: { cursor: 'pointer' },
                onClick: () => navigate(`/dossiers/${r.id}`),
              }) as HTMLAttributes<HTMLElement>
            }
            columns={columns}
          />
        </Card>
      )}
    </div>
  );
}
