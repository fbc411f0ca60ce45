import { DownloadOutlined, ReloadOutlined, UnorderedListOutlined } from '@ant-design/icons';
import type { ImportStatusT } from '@lmis/contracts';
import { Alert, Button, Col, Progress, Result, Row, Space, Statistic, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { formatCount } from '../format.ts';
import { type MessageKey, useI18n } from '../i18n.ts';
import { errorsUrl, useImportStatus, useRefreshWhenEnded } from './api.ts';
import type { ImportKind } from './kind.ts';
import { DiscardButton, STATUS, StatusTag } from './parts.tsx';
import { hasErrorFile, isImportBroken, isImportRunning, progressPercent, progressState, validRows } from './state.ts';

const COUNTERS: { key: keyof ImportStatusT & string; label: MessageKey; color?: (s: ImportStatusT) => string }[] = [
  { key: 'inserted', label: 'inserted', color: () => '#389e0d' },
  { key: 'updated', label: 'updated', color: () => '#0b5cad' },
  { key: 'unchanged', label: 'unchanged' },
  { key: 'failed', label: 'failedRows', color: (s) => (s.failed > 0 ? '#cf1322' : '') },
  { key: 'flagged', label: 'flagged', color: (s) => (s.flagged > 0 ? '#d46b08' : '') },
  { key: 'repeated', label: 'repeatedRows' },
];

/** Step 3: progress while the server imports, then the counts, the error file and the way to the imported rows. */
export function RunStep(props: {
  kind: ImportKind;
  id: number;
  onRerun: () => void;
  onAnother: () => void;
  rerunning: boolean;
}) {
  const { kind } = props;
  const { t, errorText } = useI18n();
  const navigate = useNavigate();
  const status = useImportStatus(kind.base, props.id);
  const s = status.data;
  const ended = s !== undefined && !isImportRunning(s.status);
  useRefreshWhenEnded(kind.base, kind.lists, ended ? `${s.id}/${s.status}/${s.finishedAt ?? ''}` : null);

  if (status.isError) return <Alert type="error" showIcon title={errorText(status.error)} />;
  if (!s) return null;
  const errorsButton = (size?: 'small') => (
    <Button size={size} icon={<DownloadOutlined />} href={errorsUrl(kind.base, s.id)} data-testid="download-errors">
      {t('downloadErrors')}
    </Button>
  );

  return (
    <div data-testid="import-run-status" data-status={s.status}>
      <Space style={{ marginBottom: 8 }}>
        <Typography.Text strong>{s.fileName}</Typography.Text>
        <StatusTag status={s.status} />
      </Space>
      <Progress
        data-testid="import-progress"
        percent={progressPercent(s)}
        status={progressState(s.status)}
        format={() =>
          t('rowsProgress', {
            done: formatCount(s.rowsDone),
            total: s.totalRows === null ? '…' : formatCount(s.totalRows),
          })
        }
        styles={{ root: { maxWidth: 720 } }}
      />
      <Row gutter={16} style={{ margin: '16px 0', maxWidth: 860 }} data-testid="import-counters">
        {COUNTERS.map((c) => (
          <Col key={c.key} flex="1 1 0">
            <Statistic
              title={t(c.label)}
              value={formatCount(s[c.key] as number)}
              formatter={() => formatCount(s[c.key] as number)}
              styles={{ content: { color: c.color?.(s) || undefined, fontSize: 22 } }}
              data-testid={`import-${c.key}`}
            />
          </Col>
        ))}
      </Row>
      {s.status === 'done' && (
        <Result
          status={s.failed > 0 ? 'warning' : 'success'}
          style={{ padding: '8px 0' }}
          title={t('importDoneSummary', {
            total: formatCount(s.rowsDone),
            ok: formatCount(validRows(s)),
            failed: formatCount(s.failed),
          })}
          subTitle={s.failed > 0 ? t('importErrorsHint') : undefined}
          extra={
            <Space wrap>
              {hasErrorFile(s) && errorsButton()}
              <Button
                type="primary"
                icon={<UnorderedListOutlined />}
                onClick={() => navigate(kind.doneLink(s))}
                data-testid="import-view-list"
              >
                {t('importViewList', { list: kind.list })}
              </Button>
              <Button onClick={props.onAnother}>{t('importAnother')}</Button>
            </Space>
          }
        />
      )}
      {s.status === 'uploaded' && (
        <Space>
          <Button type="primary" loading={props.rerunning} onClick={props.onRerun} data-testid="import-run">
            {t('startImport')}
          </Button>
          <DiscardButton base={kind.base} id={s.id} onDiscarded={props.onAnother} />
        </Space>
      )}
      {isImportBroken(s.status) && (
        <Alert
          type="error"
          showIcon
          title={s.errorMessage ?? t(STATUS[s.status]?.label ?? 'importFailed')}
          action={
            <Space>
              {s.failed > 0 && errorsButton('small')}
              <Button
                size="small"
                type="primary"
                icon={<ReloadOutlined />}
                loading={props.rerunning}
                onClick={props.onRerun}
                data-testid="import-rerun"
              >
                {t('rerun')}
              </Button>
            </Space>
          }
        />
      )}
    </div>
  );
}
