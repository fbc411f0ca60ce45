import { ArrowRightOutlined } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import { useI18n } from '../../app/i18n.ts';
import { formatDate, formatDateTime, formatNumber } from '../../kit/format.ts';
import { roleLabel } from '../auth/index.ts';
import { diffSnapshots } from './diff.ts';
import { FIELD_LABELS, label, VALUE_LABELS } from './labels.ts';

function Value({ field, value }: { field: string; value: unknown }) {
  const { t, lang } = useI18n();
  if (value === null || value === undefined || value === '')
    return <Typography.Text type="secondary">—</Typography.Text>;
  if (typeof value === 'boolean') return <>{value ? t('yes') : t('no')}</>;
  if (field === 'role' && typeof value === 'string') return <>{roleLabel(value, lang)}</>;
  const named = typeof value === 'string' ? VALUE_LABELS[field]?.[value] : undefined;
  if (named) return <>{named[lang]}</>;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return <>{formatDateTime(value)}</>;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return <>{formatDate(value)}</>;
  // Amounts and counts in vi-VN grouping; years and ids as written.
  if (typeof value === 'number') return <>{/(Year|Id)$/.test(field) ? String(value) : formatNumber(value)}</>;
  if (typeof value === 'string') return <>{value}</>;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return <>{value.join(', ') || '—'}</>;
  // A household's members: their names.
  if (Array.isArray(value) && value.every((v) => v && typeof v === 'object' && 'fullName' in v))
    return <>{value.map((v) => (v as { fullName: string }).fullName).join(', ') || '—'}</>;
  return <code style={{ fontSize: 12 }}>{JSON.stringify(value)}</code>;
}

/** "field: before → after" for every changed field of one audit entry. */
export function ChangeList({ before, after }: { before: unknown; after: unknown }) {
  const { t, lang } = useI18n();
  const changes = diffSnapshots(before, after);
  if (changes.length === 0) return <Typography.Text type="secondary">{t('noChanges')}</Typography.Text>;
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 12, rowGap: 2 }}>
      {changes.map((c) => (
        <div key={c.field} style={{ display: 'contents' }}>
          <Typography.Text type="secondary">{label(FIELD_LABELS, c.field, lang)}</Typography.Text>
          <span>
            {before !== null && before !== undefined && (
              <>
                <Tag style={{ textDecoration: 'line-through', marginInlineEnd: 4 }}>
                  <Value field={c.field} value={c.before} />
                </Tag>
                <ArrowRightOutlined style={{ color: '#999', marginInlineEnd: 4 }} />
              </>
            )}
            <Tag color="blue">
              <Value field={c.field} value={c.after} />
            </Tag>
          </span>
        </div>
      ))}
    </div>
  );
}
