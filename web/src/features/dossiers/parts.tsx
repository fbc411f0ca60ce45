import { UploadOutlined } from '@ant-design/icons';
import { Button, Tag, Typography } from 'antd';
import { useRef } from 'react';
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

/**
 * A file chooser as a button in the app's language (the browser's own file box speaks the browser's language); the
 * hidden input keeps its test id for journeys.
 */
export function FilePick(props: {
  label: string;
  accept: string;
  testId: string;
  disabled?: boolean;
  loading?: boolean;
  onFile: (file: File) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        size="small"
        icon={<UploadOutlined />}
        disabled={props.disabled}
        loading={props.loading}
        onClick={() => ref.current?.click()}
      >
        {props.label}
      </Button>
      <input
        ref={ref}
        type="file"
        style={{ display: 'none' }}
        accept={props.accept}
        aria-label={props.label}
        data-testid={props.testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) props.onFile(file);
        }}
      />
    </>
  );
}

/** Short names of the types in lists (the declared names are the decisions' full titles). */
export function useTypeShortName() {
  const { t } = useI18n();
  return (code: string, fullName: string) =>
    code === 'training_support_covid'
      ? t('typeShortCovid')
      : code === 'training_support_ui'
        ? t('typeShortUi')
        : fullName.replace(/\s*\(.*\)\s*$/, '');
}
