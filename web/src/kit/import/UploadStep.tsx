import { FileExcelOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import type { CurrentUserT, ImportPreviewT } from '@lmis/contracts';
import { Alert, Button, Col, Form, Row, Select, Tag, Upload } from 'antd';
import { useState } from 'react';
import { foldedSearch, unitOptions, useChildUnits } from '../catalogues.tsx';
import { useI18n } from '../i18n.ts';
import { UnitPicker } from '../units/UnitPicker.tsx';
import { templateUrl, useUploadImport } from './api.ts';
import type { ImportKind } from './kind.ts';
import { canUpload, FILE_COLUMN, initialUploadUnit, uploadUnitCode } from './state.ts';

/** Step 1: the file, the kind's extra choices (the collection round) and, above a commune, the receiving unit. */
export function UploadStep(props: { kind: ImportKind; user: CurrentUserT; onUploaded: (p: ImportPreviewT) => void }) {
  const { kind, user } = props;
  const { t, errorText } = useI18n();
  const upload = useUploadImport(kind.base);
  const [file, setFile] = useState<File | null>(null);
  const choices = kind.uploadChoices ?? [];
  const [values, setValues] = useState<Record<string, number>>(() =>
    Object.fromEntries(choices.map((c) => [c.name, c.initial])),
  );
  const province = user.unitCode?.length === 2;
  const [unit, setUnit] = useState<string | null>(initialUploadUnit(user.unitCode, kind.unitLevels));
  const communes = useChildUnits(province ? (user.unitCode ?? undefined) : undefined);
  const byFile = kind.unitLevels.includes('province');

  const submit = () => {
    if (!file) return;
    upload.mutate({ file, unitCode: uploadUnitCode(unit), fields: values }, { onSuccess: props.onUploaded });
  };

  return (
    <Form layout="vertical">
      {upload.isError && <Alert type="error" showIcon title={errorText(upload.error)} style={{ marginBottom: 12 }} />}
      <Row gutter={16}>
        <Col span={12}>
          <Upload.Dragger
            accept=".xlsx,.csv"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              return false;
            }}
            showUploadList={false}
          >
            <p className="ant-upload-drag-icon">
              {file ? <FileExcelOutlined style={{ color: '#389e0d' }} /> : <InboxOutlined />}
            </p>
            <p className="ant-upload-text" data-testid="import-file-name">
              {file ? file.name : t('chooseFile')}
            </p>
            {file && <p className="ant-upload-hint">{t('chooseAnotherFile')}</p>}
          </Upload.Dragger>
        </Col>
        <Col span={12}>
          {choices.map((c) => (
            <Form.Item key={c.name} label={c.label}>
              <Select<number>
                value={values[c.name]}
                onChange={(v) => setValues((prev) => ({ ...prev, [c.name]: v }))}
                options={c.options}
                style={{ width: 160 }}
                data-testid={c.testId}
              />
            </Form.Item>
          ))}
          <Form.Item label={t('targetUnit')}>
            {user.unitCode?.length === 5 ? (
              <Tag color="blue">{user.unitName}</Tag>
            ) : province ? (
              <Select
                showSearch={foldedSearch}
                value={unit ?? undefined}
                onChange={setUnit}
                loading={communes.isPending}
                placeholder={t('unitPickerPlaceholder')}
                options={[
                  ...(byFile ? [{ value: FILE_COLUMN, label: t('byFileColumn') }] : []),
                  ...unitOptions(communes.data),
                ]}
                style={{ width: 320 }}
                data-testid="import-unit"
              />
            ) : (
              <div style={{ width: 320 }}>
                <UnitPicker value={unit} onChange={setUnit} levels={kind.unitLevels} />
              </div>
            )}
          </Form.Item>
          <Button
            type="primary"
            icon={<UploadOutlined />}
            disabled={!canUpload({ hasFile: file !== null, userUnit: user.unitCode, unit })}
            loading={upload.isPending}
            onClick={submit}
            data-testid="import-upload"
          >
            {t('uploadAndRead')}
          </Button>
          <Button type="link" icon={<FileExcelOutlined />} href={templateUrl(kind.base)} data-testid="import-template">
            {t('downloadTemplate')}
          </Button>
        </Col>
      </Row>
    </Form>
  );
}
