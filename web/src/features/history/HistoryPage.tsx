import { type AuditEntryT, AuditQuery } from '@lmis/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n.ts';
import { DateInput } from '../../kit/form/DateInput.tsx';
import { formatDateTime } from '../../kit/format.ts';
import { ListPage, PAGE_SIZES, useUrlList } from '../../kit/list/ListPage.tsx';
import { totalText } from '../../kit/list/paging.ts';
import { UnitSelect } from '../../kit/units/UnitSelect.tsx';
import { useCurrentUser } from '../auth/index.ts';
import { listAudit } from './api.ts';
import { ChangeList } from './ChangeList.tsx';
import { changedFieldsSummary, recordHref, recordName } from './entry.ts';
import { ACTION_LABELS, ENTITY_LABELS, label } from './labels.ts';

/** The account-name filter: typed, applied on Enter (an exact name, as the server matches it). */
function UserFilter(props: { value: string | undefined; onChange: (v: string | undefined) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState(props.value ?? '');
  useEffect(() => setText(props.value ?? ''), [props.value]);
  return (
    <Input.Search
      allowClear
      placeholder={t('filterUser')}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onSearch={(v) => props.onChange(v.trim() || undefined)}
      style={{ width: 200 }}
      data-testid="filter-user"
    />
  );
}

/** One line per change: when, who, what, which record, which fields; expands to the before/after detail. */
function EntryLine({ entry }: { entry: AuditEntryT }) {
  const { t, lang } = useI18n();
  const name = recordName(entry);
  const href = recordHref(entry);
  const type = label(ENTITY_LABELS, entry.entityType, lang);
  const record =
    entry.entityId === null
      ? `${type} (${t('recordCount', { count: entry.entityCount ?? 0 })})`
      : name
        ? `${type} «${name}»`
        : type;
  const summary = changedFieldsSummary(entry, lang);
  return (
    <span data-testid="audit-line">
      {href ? <Link to={href}>{record}</Link> : record}
      {summary.text && (
        <Typography.Text type="secondary">
          {' '}
          — {summary.text}
          {summary.more > 0 && ` ${t('andMore', { count: summary.more })}`}
        </Typography.Text>
      )}
    </span>
  );
}

/** The change log within the reader's scope (the server filters by unit), newest first; filters in the address. */
export function HistoryPage() {
  const { t, lang, errorText } = useI18n();
  const user = useCurrentUser();
  const list = useUrlList(AuditQuery);
  const { filters, page, pageSize, update } = list;
  const audit = useQuery({
    queryKey: ['audit', 'log', filters, page, pageSize],
    queryFn: () => listAudit({ query: { ...filters, page, pageSize } }),
    placeholderData: keepPreviousData,
  });
  const anyFilter = Object.values(filters).some((v) => v !== undefined && v !== '');
  const day = (v: string | undefined) => (v ? dayjs(v) : null);
  return (
    <ListPage
      title={t('navHistory')}
      anyFilter={anyFilter}
      onClear={list.clear}
      filters={
        <>
          <UserFilter value={filters.user} onChange={(v) => update({ user: v })} />
          <Select
            allowClear
            placeholder={t('allActions')}
            value={filters.action}
            onChange={(v?: string) => update({ action: v })}
            options={Object.keys(ACTION_LABELS).map((k) => ({ value: k, label: label(ACTION_LABELS, k, lang) }))}
            style={{ width: 190 }}
            data-testid="filter-action"
          />
          <Select
            allowClear
            placeholder={t('allTypes')}
            value={filters.entityType}
            onChange={(v?: string) => update({ entityType: v, entityId: undefined })}
            options={Object.keys(ENTITY_LABELS).map((k) => ({ value: k, label: label(ENTITY_LABELS, k, lang) }))}
            style={{ width: 200 }}
            data-testid="filter-type"
          />
          {user.unitCode?.length !== 5 && (
            <UnitSelect user={user} value={filters.unitCode} onChange={(v) => update({ unitCode: v })} />
          )}
          <Space size={4}>
            <Typography.Text type="secondary">{t('fromDay')}</Typography.Text>
            <DateInput
              value={day(filters.from)}
              onChange={(d) => update({ from: d?.format('YYYY-MM-DD') })}
              data-testid="filter-from"
            />
            <Typography.Text type="secondary">{t('toDay')}</Typography.Text>
            <DateInput
              value={day(filters.to)}
              onChange={(d) => update({ to: d?.format('YYYY-MM-DD') })}
              data-testid="filter-to"
            />
          </Space>
        </>
      }
    >
      <Card size="small" styles={{ body: { padding: 0 } }}>
        {audit.isError ? (
          <Alert type="error" showIcon title={errorText(audit.error)} />
        ) : (
          <Table<AuditEntryT>
            size="small"
            rowKey="id"
            loading={audit.isFetching}
            dataSource={audit.data?.items}
            expandable={{
              expandedRowRender: (r) => (
                <div style={{ paddingInlineStart: 8 }} data-testid="audit-detail">
                  {(r.before !== null || r.after !== null) && (
                    <ChangeList entityType={r.entityType} before={r.before} after={r.after} />
                  )}
                  {r.note && (
                    <Typography.Text type="secondary" italic>
                      {t('note')}: {r.note}
                    </Typography.Text>
                  )}
                </div>
              ),
              rowExpandable: (r) => r.before !== null || r.after !== null || r.note !== null,
            }}
            pagination={{
              current: page,
              pageSize,
              total: audit.data?.total ?? 0,
              pageSizeOptions: [...PAGE_SIZES],
              showSizeChanger: true,
              onChange: (p, size) =>
                update({ page: p === 1 ? undefined : p, pageSize: size === PAGE_SIZES[0] ? undefined : size }, true),
              showTotal: () => (audit.data ? totalText(t, audit.data) : ''),
            }}
            columns={[
              { title: t('at'), dataIndex: 'at', width: 135, render: (v: string) => formatDateTime(v) },
              {
                title: t('actor'),
                key: 'actor',
                width: 190,
                ellipsis: true,
                render: (_, r) => (
                  <Typography.Link onClick={() => r.actorName && update({ user: r.actorName })}>
                    {lang === 'en' ? r.actor.labelEn : r.actor.label}
                  </Typography.Link>
                ),
              },
              {
                title: t('action'),
                dataIndex: 'action',
                width: 150,
                render: (a: string) => <Tag color={ACTION_LABELS[a]?.color}>{label(ACTION_LABELS, a, lang)}</Tag>,
              },
              { title: t('changes'), key: 'what', render: (_, r) => <EntryLine entry={r} /> },
            ]}
          />
        )}
      </Card>
    </ListPage>
  );
}
