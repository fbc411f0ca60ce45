import { ArrowRightOutlined } from '@ant-design/icons';
import { historyFieldLabel } from '@lmis/contracts';
import { Tag, Typography } from 'antd';
import { useI18n } from '../../app/i18n.ts';
import { CatalogueName } from '../../kit/catalogues.tsx';
import { formatCount, formatDate, formatDateTime, formatMoney } from '../../kit/format.ts';
import { UnitName } from '../../kit/units/UnitName.tsx';
import { roleLabel } from '../auth/index.ts';
import { asRecord, diffSnapshots } from './diff.ts';
import { CATALOGUE_FIELDS, UNIT_FIELDS, VALUE_LABELS } from './labels.ts';

function Value({ field, value, record }: { field: string; value: unknown; record: Record<string, unknown> }) {
  const { t, lang } = useI18n();
  if (value === null || value === undefined || value === '')
    return <Typography.Text type="secondary">—</Typography.Text>;
  if (typeof value === 'boolean') return <>{value ? t('yes') : t('no')}</>;
  if (field === 'role' && typeof value === 'string') return <>{roleLabel(value, lang)}</>;
  const named = typeof value === 'string' ? VALUE_LABELS[field]?.[value] : undefined;
  if (named) return <>{named[lang]}</>;
  // Units and catalogue entries by their names, never their codes.
  if (UNIT_FIELDS.has(field) && typeof value === 'string') return <UnitName code={value} />;
  const catalogue = CATALOGUE_FIELDS[field];
  if (catalogue && (typeof value === 'string' || Array.isArray(value))) {
    return <CatalogueName catalogue={catalogue} code={value as string | string[]} />;
  }
  // The poverty standard is stored by its key; it is the standard of the review's area on the review date
  // (NĐ 07/2021/NĐ-CP Art. 3, extended by NĐ 351/2025/NĐ-CP), which is how it is named here.
  if (field === 'standardId') {
    const area = typeof record.areaType === 'string' ? VALUE_LABELS.areaType?.[record.areaType]?.[lang] : undefined;
    const on = typeof record.reviewedOn === 'string' ? formatDate(record.reviewedOn) : undefined;
    return (
      <>{area && on ? t('standardOfReview', { area: area.toLowerCase(), date: on }) : t('standardOfReviewPlain')}</>
    );
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return <>{formatDateTime(value)}</>;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return <>{formatDate(value)}</>;
  // Money in đồng, counts with separators; years as written.
  if (typeof value === 'number') {
    if (/Year$/.test(field)) return <>{String(value)}</>;
    return <>{/Vnd$/.test(field) ? formatMoney(value) : formatCount(value)}</>;
  }
  if (typeof value === 'string') return <>{value}</>;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return <>{value.join(', ') || '—'}</>;
  // A household's members: their names.
  if (Array.isArray(value) && value.every((v) => v && typeof v === 'object' && 'fullName' in v))
    return <>{value.map((v) => (v as { fullName: string }).fullName).join(', ') || '—'}</>;
  return <code style={{ fontSize: 12 }}>{JSON.stringify(value)}</code>;
}

/** "field: before → after" for every changed field of one audit entry, fields named by their declared labels. */
export function ChangeList({ entityType, before, after }: { entityType: string; before: unknown; after: unknown }) {
  const { t, lang } = useI18n();
  const changes = diffSnapshots(before, after);
  const record = { ...asRecord(before), ...asRecord(after) };
  if (changes.length === 0) return <Typography.Text type="secondary">{t('noChanges')}</Typography.Text>;
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 12, rowGap: 2 }}>
      {changes.map((c) => (
        <div key={c.field} style={{ display: 'contents' }}>
          <Typography.Text type="secondary">{historyFieldLabel(entityType, c.field, lang)}</Typography.Text>
          <span>
            {before !== null && before !== undefined && (
              <>
                <Tag style={{ textDecoration: 'line-through', marginInlineEnd: 4 }}>
                  <Value field={c.field} value={c.before} record={record} />
                </Tag>
                <ArrowRightOutlined style={{ color: '#999', marginInlineEnd: 4 }} />
              </>
            )}
            <Tag color="blue">
              <Value field={c.field} value={c.after} record={record} />
            </Tag>
          </span>
        </div>
      ))}
    </div>
  );
}
