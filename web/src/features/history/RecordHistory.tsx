import { Alert, Empty, Pagination, Spin, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n.ts';
import { formatDateTime } from '../../kit/format.ts';
import { useAudit } from './api.ts';
import { ChangeList } from './ChangeList.tsx';
import { ACTION_LABELS, label } from './labels.ts';

const PAGE_SIZE = 20;

/** The audited history of one record, newest first, with the fields each change touched. */
export function RecordHistory({ entityType, entityId }: { entityType: string; entityId: string }) {
  const { t, lang, errorText } = useI18n();
  const [page, setPage] = useState(1);
  const audit = useAudit({ entityType, entityId, page, pageSize: PAGE_SIZE });

  if (audit.isPending) return <Spin />;
  if (audit.isError) return <Alert type="error" showIcon title={errorText(audit.error)} />;
  if (audit.data.items.length === 0) return <Empty description={t('noData')} />;
  return (
    <div data-testid="record-history">
      <Timeline
        items={audit.data.items.map((e) => ({
          key: e.id,
          color: ACTION_LABELS[e.action]?.color === 'red' ? 'red' : 'blue',
          content: (
            <div>
              <div style={{ marginBottom: 4 }}>
                <Typography.Text strong>{formatDateTime(e.at)}</Typography.Text>{' '}
                <Tag color={ACTION_LABELS[e.action]?.color}>{label(ACTION_LABELS, e.action, lang)}</Tag>
                <Typography.Text type="secondary">
                  {t('actor')}: {lang === 'en' ? e.actor.labelEn : e.actor.label}
                </Typography.Text>
              </div>
              {(e.before !== null || e.after !== null) && (
                <ChangeList entityType={e.entityType} before={e.before} after={e.after} />
              )}
              {e.note && (
                <Typography.Text type="secondary" italic>
                  {t('note')}: {e.note}
                </Typography.Text>
              )}
            </div>
          ),
        }))}
      />
      {audit.data.total > PAGE_SIZE && (
        <Pagination size="small" current={page} pageSize={PAGE_SIZE} total={audit.data.total} onChange={setPage} />
      )}
    </div>
  );
}
