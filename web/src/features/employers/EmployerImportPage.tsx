import { DownloadOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n.ts';
import { errorsUrl, TEMPLATE_URL, useEmployerImport, useImportEmployers } from './api.ts';

/**
 * Imports an employer list (.xlsx/.csv) on the generic pipeline: upload, run with the columns the server recognised,
 * then the counts and the file of refused rows with their row numbers.
 */
export function EmployerImportPage() {
  const { t, errorText } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [id, setId] = useState<number | null>(null);
  const run = useImportEmployers();
  const status = useEmployerImport(id);
  const s = status.data;
  const start = async () => {
    if (!file) return;
    const started = await run.mutateAsync({ file, acceptWarnings: true });
    setId(started.id);
  };
  return (
    <div>
      <Typography.Title level={4}>{t('employerImportTitle')}</Typography.Title>
      <Card>
        <Typography.Paragraph type="secondary">{t('employerImportHint')}</Typography.Paragraph>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={TEMPLATE_URL} data-testid="employer-template">
            {t('employerDownloadTemplate')}
          </Button>
          <input
            type="file"
            accept=".xlsx,.csv"
            data-testid="employer-import-file"
            aria-label={t('employerChooseFile')}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <Button
            type="primary"
            icon={<UploadOutlined />}
            disabled={!file}
            loading={run.isPending}
            onClick={start}
            data-testid="employer-import-run"
          >
            {t('employerRunImport')}
          </Button>
        </Space>
        {run.isError && <Alert type="error" showIcon style={{ marginTop: 12 }} message={errorText(run.error)} />}
      </Card>
      {s && (
        <Card style={{ marginTop: 12 }} data-testid="employer-import-result" data-status={s.status}>
          <Typography.Text>{t('employerImportState', { status: s.status })}</Typography.Text>
          {s.errorMessage && <Alert type="error" showIcon style={{ marginTop: 8 }} message={s.errorMessage} />}
          <Row gutter={16} style={{ marginTop: 8 }}>
            <Col span={6}>
              <Statistic title={t('employerImportInserted')} value={s.inserted} groupSeparator="." />
            </Col>
            <Col span={6}>
              <Statistic title={t('employerImportUpdated')} value={s.updated} groupSeparator="." />
            </Col>
            <Col span={6}>
              <Statistic title={t('employerImportUnchanged')} value={s.unchanged} groupSeparator="." />
            </Col>
            <Col span={6}>
              <Statistic title={t('employerImportFailedRows')} value={s.failed} groupSeparator="." />
            </Col>
          </Row>
          {s.failed > 0 && (
            <Button
              icon={<FileExcelOutlined />}
              href={errorsUrl(s.id)}
              style={{ marginTop: 12 }}
              data-testid="employer-import-errors"
            >
              {t('employerImportErrorFile')}
            </Button>
          )}
        </Card>
      )}
    </div>
  );
}
