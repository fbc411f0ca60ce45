import { SECURITY_EVENT_KINDS, SECURITY_OUTCOMES, type SecurityEventT } from '@lmis/contracts';
import { Alert, Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../../app/i18n.ts';
import { DateRangeInput } from '../../kit/form/DateInput.tsx';
import { formatCount, formatDateTime } from '../../kit/format.ts';
import { useAvailableHeight } from '../../kit/use-viewport-height.ts';
import { useSecurityEvents } from './api.ts';

const PAGE_SIZE = 50;
const OUTCOME_COLORS: Record<string, string> = { success: 'green', failure: 'red', refused: 'orange' };

type Labels = Record<string, { vi: string; en: string }>;
const labelOf = (labels: Labels, key: string, lang: 'vi' | 'en') => labels[key]?.[lang] ?? key;

/** The security log (sign-ins, sign-outs, password changes, sessions, refusals, exports, uploads), newest first. */
export function SecurityLogPage() {
  const { t, lang, errorText } = useI18n();
  const [kind, setKind] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<string | undefined>();
  const [userText, setUserText] = useState('');
  const [user, setUser] = useState<string | undefined>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [page, setPage] = useState(1);
  const events = useSecurityEvents({
    kind,
    outcome,
    user,
    from: range?.[0]?.format('YYYY-MM-DD'),
    to: range?.[1]?.format('YYYY-MM-DD'),
    page,
    pageSize: PAGE_SIZE,
  });
  const tableHeight = useAvailableHeight(290);
  const reset = () => {
    setKind(undefined);
    setOutcome(undefined);
    setUserText('');
    setUser(undefined);
    setRange(null);
    setPage(1);
  };

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('navSecurityLog')}
        </Typography.Title>
        <Space wrap>
          <Select
            allowClear
            placeholder={t('allKinds')}
            value={kind}
            onChange={(v) => {
              setKind(v);
              setPage(1);
            }}
            options={Object.keys(SECURITY_EVENT_KINDS).map((k) => ({
              value: k,
              label: labelOf(SECURITY_EVENT_KINDS, k, lang),
            }))}
            style={{ width: 230 }}
          />
          <Select
            allowClear
            placeholder={t('allOutcomes')}
            value={outcome}
            onChange={(v) => {
              setOutcome(v);
              setPage(1);
            }}
            options={Object.keys(SECURITY_OUTCOMES).map((k) => ({
              value: k,
              label: labelOf(SECURITY_OUTCOMES, k, lang),
            }))}
            style={{ width: 150 }}
          />
          <Input.Search
            allowClear
            placeholder={t('accountName')}
            value={userText}
            onChange={(e) => setUserText(e.target.value)}
            onSearch={(v) => {
              setUser(v.trim() || undefined);
              setPage(1);
            }}
            style={{ width: 180 }}
          />
          <DateRangeInput
            value={range}
            onChange={(v) => {
              setRange(v);
              setPage(1);
            }}
          />
          <Button onClick={reset}>{t('clear')}</Button>
        </Space>
      </Space>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        {events.isError ? (
          <Alert type="error" showIcon title={errorText(events.error)} />
        ) : (
          <Table<SecurityEventT>
            size="small"
            rowKey="id"
            loading={events.isFetching}
            dataSource={events.data?.items}
            scroll={{ x: 1320, y: tableHeight }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: events.data?.total ?? 0,
              showSizeChanger: false,
              onChange: setPage,
              showTotal: (total) => `${t('totalRows')}: ${formatCount(total)}`,
            }}
            columns={[
              { title: t('at'), dataIndex: 'at', width: 140, render: (v: string) => formatDateTime(v) },
              {
                title: t('securityKind'),
                dataIndex: 'kind',
                width: 190,
                render: (v: string) => labelOf(SECURITY_EVENT_KINDS, v, lang),
              },
              {
                title: t('securityOutcome'),
                dataIndex: 'outcome',
                width: 110,
                render: (v: string) => <Tag color={OUTCOME_COLORS[v]}>{labelOf(SECURITY_OUTCOMES, v, lang)}</Tag>,
              },
              { title: t('accountName'), dataIndex: 'actorName', width: 140, render: (v: string | null) => v ?? '—' },
              { title: t('clientAddress'), dataIndex: 'ip', width: 130, render: (v: string | null) => v ?? '—' },
              { title: t('reason'), dataIndex: 'reason', width: 230, render: (v: string | null) => v ?? '' },
              {
                title: t('target'),
                dataIndex: 'target',
                width: 180,
                ellipsis: true,
                render: (v: string | null) => v ?? '',
              },
              {
                title: t('userAgent'),
                dataIndex: 'userAgent',
                width: 180,
                ellipsis: true,
                render: (v: string | null) => v ?? '',
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}
