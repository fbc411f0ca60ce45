import type { AuditEntryT } from '@lmis/contracts';
import { Alert, Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n.ts';
import { formatCount, formatDateTime } from '../../kit/format.ts';
import { useAvailableHeight } from '../../kit/use-viewport-height.ts';
import { useAudit } from './api.ts';
import { ChangeList } from './ChangeList.tsx';
import { ACTION_LABELS, ENTITY_LABELS, label } from './labels.ts';

const PAGE_SIZE = 50;

/** Recent changes within the reader's scope (the server filters by unit), newest first. */
export function HistoryPage() {
  const { t, lang, errorText } = useI18n();
  const [entityType, setEntityType] = useState<string | undefined>();
  const [idText, setIdText] = useState('');
  const [entityId, setEntityId] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const audit = useAudit({ entityType, entityId, page, pageSize: PAGE_SIZE });
  const tableHeight = useAvailableHeight(290);

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('navHistory')}
        </Typography.Title>
        <Space wrap>
          <Select
            allowClear
            placeholder={t('allTypes')}
            value={entityType}
            onChange={(v) => {
              setEntityType(v);
              setPage(1);
            }}
            options={Object.keys(ENTITY_LABELS).map((k) => ({ value: k, label: label(ENTITY_LABELS, k, lang) }))}
            style={{ width: 200 }}
          />
          <Input.Search
            allowClear
            placeholder={t('entityId')}
            value={idText}
            onChange={(e) => setIdText(e.target.value)}
            onSearch={(v) => {
              setEntityId(v.trim() || undefined);
              setPage(1);
            }}
            style={{ width: 200 }}
          />
          <Button
            onClick={() => {
              setEntityType(undefined);
              setIdText('');
              setEntityId(undefined);
              setPage(1);
            }}
          >
            {t('clear')}
          </Button>
        </Space>
      </Space>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        {audit.isError ? (
          <Alert type="error" showIcon title={errorText(audit.error)} />
        ) : (
          <Table<AuditEntryT>
            size="small"
            rowKey="id"
            loading={audit.isFetching}
            dataSource={audit.data?.items}
            scroll={{ y: tableHeight }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: audit.data?.total ?? 0,
              showSizeChanger: false,
              onChange: setPage,
              showTotal: (total) => `${t('totalRows')}: ${formatCount(total)}`,
            }}
            columns={[
              { title: t('at'), dataIndex: 'at', width: 140, render: (v: string) => formatDateTime(v) },
              { title: t('actor'), dataIndex: 'actorName', width: 130, render: (v: string | null) => v ?? t('system') },
              {
                title: t('action'),
                dataIndex: 'action',
                width: 140,
                render: (a: string) => <Tag color={ACTION_LABELS[a]?.color}>{label(ACTION_LABELS, a, lang)}</Tag>,
              },
              {
                title: t('entityType'),
                dataIndex: 'entityType',
                width: 150,
                render: (v: string, r) => {
                  const id = r.entityId;
                  // A bulk entry (the people one import batch created in a commune) names how many it covers.
                  if (id === null)
                    return `${label(ENTITY_LABELS, v, lang)} (${t('recordCount', { count: r.entityCount ?? 0 })})`;
                  return (
                    <Typography.Link
                      onClick={() => {
                        setEntityType(v);
                        setIdText(id);
                        setEntityId(id);
                        setPage(1);
                      }}
                    >
                      {label(ENTITY_LABELS, v, lang)} #{id}
                    </Typography.Link>
                  );
                },
              },
              {
                title: t('changes'),
                key: 'changes',
                render: (_, r) => (
                  <div>
                    {(r.before !== null || r.after !== null) && <ChangeList before={r.before} after={r.after} />}
                    {r.note && (
                      <Typography.Text type="secondary" italic>
                        {r.note}
                      </Typography.Text>
                    )}
                  </div>
                ),
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}
