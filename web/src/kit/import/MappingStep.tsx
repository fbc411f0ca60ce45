import type { ImportPreviewT } from '@lmis/contracts';
import { Alert, Button, Checkbox, Col, Row, Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { foldedSearch } from '../catalogues.tsx';
import { formatDate } from '../format.ts';
import { useI18n } from '../i18n.ts';
import { DiscardButton } from './parts.tsx';
import {
  type Mapping,
  mapColumn,
  missingRequired,
  needsCommuneConfirm,
  openWarnings,
  sampleByColumn,
} from './state.ts';

/** Step 2: which column of the file feeds each field, with the first rows as they would be read. */
export function MappingStep(props: {
  base: string;
  preview: ImportPreviewT;
  onRun: (mapping: Mapping, acceptWarnings: boolean) => void;
  onDiscarded: () => void;
  pending: boolean;
}) {
  const { t } = useI18n();
  const { preview } = props;
  const [mapping, setMapping] = useState<Mapping>(preview.import.mapping);
  const columnTitle = (i: number) => preview.headers[i]?.trim() || `${t('fileColumn')} ${i + 1}`;
  const byColumn = useMemo(() => sampleByColumn(preview), [preview]);
  const missing = missingRequired(preview, mapping);
  const mappedFields = preview.fields.filter((f) => mapping[f.key] !== undefined);
  const columnOptions = preview.headers.map((_, i) => ({ value: i, label: columnTitle(i) }));
  const warnings = openWarnings(preview, mapping);
  const communeColumn = mapping.communeCode;
  const communeNote =
    communeColumn !== undefined
      ? t('communeFromColumn', { column: columnTitle(communeColumn) })
      : preview.defaultCommune
        ? t('communeFixed', { name: preview.defaultCommune.name })
        : t('communeMissing');
  const needsConfirm = needsCommuneConfirm(preview, mapping);
  const [confirmed, setConfirmed] = useState(false);

  return (
    <div>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('headerRowFound', { n: preview.import.headerRow })}
        description={`${t('fileName')}: ${preview.import.fileName}`}
      />
      <Alert
        type={communeColumn === undefined ? 'warning' : 'info'}
        showIcon
        style={{ marginBottom: 12 }}
        title={communeNote}
        data-testid="import-commune-note"
      />
      {warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('columnWarnings')}
          data-testid="import-warnings"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {warnings.map((w) => (
                <li key={w.column}>{w.message}</li>
              ))}
            </ul>
          }
        />
      )}
      <Row gutter={16}>
        <Col span={10}>
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            scroll={{ y: 420 }}
            dataSource={preview.fields}
            data-testid="import-mapping"
            columns={[
              {
                title: t('fieldCol'),
                dataIndex: 'label',
                render: (label: string, f) => (
                  <span>
                    {f.required && <span style={{ color: '#ff4d4f', marginInlineEnd: 4 }}>*</span>}
                    {label}
                  </span>
                ),
              },
              {
                title: t('fileColumn'),
                key: 'column',
                width: 230,
                render: (_, f) => (
                  <Select<number>
                    size="small"
                    allowClear
                    showSearch={foldedSearch}
                    style={{ width: '100%' }}
                    placeholder={t('notMapped')}
                    value={mapping[f.key]}
                    options={columnOptions}
                    data-testid={`map-${f.key}`}
                    onChange={(v?: number) => setMapping((m) => mapColumn(m, f.key, v))}
                  />
                ),
              },
            ]}
          />
        </Col>
        <Col span={14}>
          <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
            {t('sampleRows')}
          </Typography.Text>
          <Table
            size="small"
            rowKey="rowNumber"
            pagination={false}
            scroll={{ x: 'max-content', y: 380 }}
            dataSource={byColumn}
            data-testid="import-sample"
            columns={[
              { title: t('row'), dataIndex: 'rowNumber', width: 60, fixed: 'left' },
              ...mappedFields.map((f) => ({
                title: f.label,
                key: f.key,
                render: (_: unknown, r: (typeof byColumn)[number]) => {
                  const col = mapping[f.key];
                  const v = col === undefined ? undefined : r.cells.get(col);
                  if (v === undefined || v === null) return '';
                  return /^\d{4}-\d{2}-\d{2}$/.test(String(v)) ? formatDate(String(v)) : String(v);
                },
              })),
            ]}
          />
        </Col>
      </Row>
      <Space style={{ marginTop: 12 }}>
        {missing.length > 0 && (
          <Alert type="warning" showIcon title={`${t('missingRequired')}: ${missing.map((f) => f.label).join(', ')}`} />
        )}
        {needsConfirm && (
          <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} data-testid="import-confirm">
            {t('confirmNoCommuneColumn', { name: preview.defaultCommune?.name ?? '—' })}
          </Checkbox>
        )}
        <Button
          type="primary"
          disabled={missing.length > 0 || (needsConfirm && !confirmed)}
          loading={props.pending}
          onClick={() => props.onRun(mapping, needsConfirm && confirmed)}
          data-testid="import-run"
        >
          {t('startImport')}
        </Button>
        <DiscardButton base={props.base} id={preview.import.id} onDiscarded={props.onDiscarded} />
      </Space>
    </div>
  );
}
