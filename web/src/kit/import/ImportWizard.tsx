import type { CurrentUserT, ImportPreviewT } from '@lmis/contracts';
import { Alert, Card, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useI18n } from '../i18n.ts';
import { useImportStatus, useRunImport } from './api.ts';
import type { ImportKind } from './kind.ts';
import { MappingStep } from './MappingStep.tsx';
import { RetentionNote, STATUS } from './parts.tsx';
import { RecentImports } from './RecentImports.tsx';
import { RunStep } from './RunStep.tsx';
import { linkedStatus, type Mapping, stepsStatus, wizardStep } from './state.ts';
import { UploadStep } from './UploadStep.tsx';

/**
 * The import page of every tabular import (the worker register, employers, households): upload with the receiving
 * unit and the kind's extra choices, confirm the column mapping against the first rows and the look-alike warnings,
 * follow the run's progress, then the counts, the error file and the imported rows in their list; below, the recent
 * imports (filtered by `?status=` when the home page links here), each to open, run again or discard.
 */
export function ImportWizard(props: { kind: ImportKind; user: CurrentUserT }) {
  const { kind } = props;
  const { t, errorText } = useI18n();
  const [params, setParams] = useSearchParams();
  const statusFilter = linkedStatus(params.get('status'));
  const [preview, setPreview] = useState<ImportPreviewT | null>(null);
  const [runId, setRunId] = useState<number | null>(null);
  const run = useRunImport(kind.base);
  const current = useImportStatus(kind.base, runId);

  const start = (id: number, mapping?: Mapping, acceptWarnings?: boolean) =>
    run.mutate({ id, mapping, acceptWarnings }, { onSuccess: (s) => setRunId(s.id) });
  const reset = () => {
    setPreview(null);
    setRunId(null);
    run.reset();
  };
  const step = wizardStep(preview, runId);

  return (
    <div>
      <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 12 }}>
        {t('importTitle', { list: kind.list })}
      </Typography.Title>
      {kind.hint && <Typography.Paragraph type="secondary">{kind.hint}</Typography.Paragraph>}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Steps
          size="small"
          current={step}
          status={stepsStatus(step, current.data?.status)}
          style={{ marginBottom: 16, maxWidth: 720 }}
          items={[{ title: t('stepUpload') }, { title: t('stepMapping') }, { title: t('stepRun') }]}
        />
        {run.isError && <Alert type="error" showIcon title={errorText(run.error)} style={{ marginBottom: 12 }} />}
        {step === 0 && <UploadStep kind={kind} user={props.user} onUploaded={setPreview} />}
        {step === 1 && preview && (
          <MappingStep
            base={kind.base}
            preview={preview}
            pending={run.isPending}
            onRun={(mapping, acceptWarnings) => start(preview.import.id, mapping, acceptWarnings)}
            onDiscarded={reset}
          />
        )}
        {step === 2 && runId !== null && (
          <RunStep kind={kind} id={runId} rerunning={run.isPending} onRerun={() => start(runId)} onAnother={reset} />
        )}
      </Card>
      <Card
        size="small"
        title={t('recentImports')}
        styles={{ body: { padding: 0 } }}
        extra={
          statusFilter && (
            <Tag
              closable
              onClose={() => setParams(new URLSearchParams(), { replace: true })}
              data-testid="import-filter"
            >
              {t(STATUS[statusFilter]?.label ?? 'importUploaded')}
            </Tag>
          )
        }
      >
        <RetentionNote base={kind.base} enabled={kind.retention === true} />
        <RecentImports
          kind={kind}
          status={statusFilter}
          onDiscarded={(id) => {
            if (id === runId) reset();
          }}
          activeId={runId}
          onOpen={(id) => {
            setPreview(null);
            run.reset();
            setRunId(id);
          }}
        />
      </Card>
    </div>
  );
}
