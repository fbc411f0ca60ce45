import { Tag, Typography } from 'antd';
import { useI18n } from '../../app/i18n.ts';
import { formatCount } from '../../kit/format.ts';
import { daysLeftState } from './logic.ts';

type Label = { vi: string; en: string };

/** A { vi, en } label in the reader's language. */
export function useLabel() {
  const { lang } = useI18n();
  return (l: Label | null | undefined) => (l ? l[lang] : '');
}

/** Days left on a step; late in red. */
export function DaysLeft({ days }: { days: number | null | undefined }) {
  const { t } = useI18n();
  const state = daysLeftState(days);
  if (state === 'none' || days === null || days === undefined) return <span>—</span>;
  if (state === 'late')
    return (
      <Typography.Text type="danger" strong data-testid="days-late">
        {t('daysLateN', { n: formatCount(-days) })}
      </Typography.Text>
    );
  if (state === 'today') return <Typography.Text type="warning">{t('dueToday')}</Typography.Text>;
  return <span>{t('daysLeftN', { n: formatCount(days) })}</span>;
}

const STATUS_COLORS: Record<string, string> = {
  draft: 'default',
  in_progress: 'processing',
  awaiting_additions: 'warning',
  returned: 'orange',
  completed: 'success',
  refused: 'error',
  withdrawn: 'default',
  cancelled: 'default',
  recovered: 'purple',
};

export function StatusTag({ status, label }: { status: string; label: Label }) {
  const l = useLabel();
  return (
    <Tag color={STATUS_COLORS[status] ?? 'default'} data-testid="dossier-status" data-status={status}>
      {l(label)}
    </Tag>
  );
}

/** Who acts at a step, by the level the type declares. */
export function useLevelLabel() {
  const { t } = useI18n();
  return (level: string) =>
    level === 'applicant'
      ? t('levelApplicant')
      : level === 'commune'
        ? t('levelCommuneActor')
        : level === 'province'
          ? t('levelProvinceActor')
          : level;
}

/** A grade B or C item is shown "chưa xác minh" until an administrator confirms it. */
export function GradeTag({ grade }: { grade: string | null | undefined }) {
  const { t } = useI18n();
  if (!grade) return null;
  return grade === 'A' ? (
    <Tag color="green">{t('gradeVerified')}</Tag>
  ) : (
    <Tag color="gold" data-testid="grade-unverified">
      {t('gradeUnverified', { grade })}
    </Tag>
  );
}
