import { POVERTY_CLASSES, type PovertyClass, type PovertyReviewT, type PovertyTransition } from '@lmis/contracts';
import { Tag } from 'antd';
import { type MessageKey, useI18n } from '../../app/i18n.ts';
import { useDatedCatalogue } from './catalogues.ts';

const CLASS_LABEL: Record<PovertyClass, MessageKey> = {
  poor: 'classPoor',
  near_poor: 'classNearPoor',
  other: 'classOther',
};
const CLASS_COLOR: Record<PovertyClass, string> = { poor: 'red', near_poor: 'orange', other: 'green' };

const TRANSITION_LABEL: Record<PovertyTransition, MessageKey> = {
  newly_poor: 'trNewlyPoor',
  still_poor: 'trStillPoor',
  escaped_poverty: 'trEscapedPoverty',
  newly_near_poor: 'trNewlyNearPoor',
  still_near_poor: 'trStillNearPoor',
  escaped_near_poverty: 'trEscapedNearPoverty',
};
const TRANSITION_COLOR: Record<PovertyTransition, string> = {
  newly_poor: 'volcano',
  still_poor: 'red',
  escaped_poverty: 'green',
  newly_near_poor: 'gold',
  still_near_poor: 'orange',
  escaped_near_poverty: 'cyan',
};

const isClass = (v: string | null | undefined): v is PovertyClass =>
  (POVERTY_CLASSES as readonly string[]).includes(v ?? '');
const isTransition = (v: string | null | undefined): v is PovertyTransition =>
  v !== null && v !== undefined && Object.hasOwn(TRANSITION_LABEL, v);

export function useClassOptions() {
  const { t } = useI18n();
  return POVERTY_CLASSES.map((c) => ({ value: c, label: t(CLASS_LABEL[c]) }));
}

export function useClassName() {
  const { t } = useI18n();
  return (value: string | null | undefined) => (isClass(value) ? t(CLASS_LABEL[value]) : (value ?? t('notReviewed')));
}

export function ClassTag({ value, testId }: { value: string | null | undefined; testId?: string }) {
  const { t } = useI18n();
  if (!isClass(value)) return <Tag data-testid={testId}>{value ?? t('notReviewed')}</Tag>;
  return (
    <Tag color={CLASS_COLOR[value]} data-testid={testId} data-class={value}>
      {t(CLASS_LABEL[value])}
    </Tag>
  );
}

export function TransitionTag({ value }: { value: string | null | undefined }) {
  const { t } = useI18n();
  if (!value) return <>—</>;
  if (!isTransition(value)) return <Tag>{value}</Tag>;
  return (
    <Tag color={TRANSITION_COLOR[value]} data-transition={value}>
      {t(TRANSITION_LABEL[value])}
    </Tag>
  );
}

/**
 * A poverty standard by its name: the multidimensional standard of its period and area (NĐ 07/2021/NĐ-CP Art. 3
 * for 2022–2025, extended to 2026 by NĐ 351/2025/NĐ-CP), never by its stored key.
 */
export function useStandardName() {
  const { t } = useI18n();
  const areaTypes = useDatedCatalogue('household-area-types');
  return (standard: PovertyReviewT['standard'], areaType: string) => {
    const from = standard.validFrom.slice(0, 4);
    const to = standard.validTo?.slice(0, 4);
    return t('standardName', {
      period: to && to !== from ? `${from}–${to}` : from,
      area: areaTypes.name(areaType).toLowerCase(),
    });
  };
}
