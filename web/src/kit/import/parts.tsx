import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Tag, Typography } from 'antd';
import { formatCount } from '../format.ts';
import { type MessageKey, useI18n } from '../i18n.ts';
import { useDiscardImport, useImportRetention } from './api.ts';

export const STATUS: Record<string, { label: MessageKey; color: string }> = {
  uploaded: { label: 'importUploaded', color: 'default' },
  queued: { label: 'importQueued', color: 'processing' },
  running: { label: 'importRunning', color: 'processing' },
  done: { label: 'importDone', color: 'success' },
  failed: { label: 'importFailed', color: 'error' },
  interrupted: { label: 'importInterrupted', color: 'warning' },
};

export function StatusTag({ status }: { status: string }) {
  const { t } = useI18n();
  const s = STATUS[status];
  return <Tag color={s?.color}>{s ? t(s.label) : status}</Tag>;
}

/** Discards an upload never run, after confirmation (the record and the stored file go). */
export function DiscardButton(props: { base: string; id: number; onDiscarded?: () => void; small?: boolean }) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const discard = useDiscardImport(props.base);
  return (
    <Popconfirm
      title={t('discardConfirm')}
      description={t('discardConfirmText')}
      okText={t('discardUpload')}
      cancelText={t('cancel')}
      okButtonProps={{ danger: true, id: 'confirm-discard' }}
      onConfirm={() =>
        discard.mutateAsync(props.id).then(
          () => {
            void message.success(t('discarded'));
            props.onDiscarded?.();
          },
          (e: unknown) => void message.error(errorText(e)),
        )
      }
    >
      <Button
        danger
        size={props.small ? 'small' : 'middle'}
        icon={<DeleteOutlined />}
        loading={discard.isPending}
        data-testid="import-discard"
      >
        {t('discardUpload')}
      </Button>
    </Popconfirm>
  );
}

/** How long uploads are kept: an upload never run is deleted that many days after it came. */
export function RetentionNote(props: { base: string; enabled: boolean }) {
  const { t } = useI18n();
  const retention = useImportRetention(props.base, props.enabled);
  if (!props.enabled || !retention.data) return null;
  return (
    <Typography.Paragraph type="secondary" style={{ margin: '8px 12px' }} data-testid="import-retention">
      {t('retentionNote', { days: formatCount(retention.data.days) })}
    </Typography.Paragraph>
  );
}
