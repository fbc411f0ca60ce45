import type { CreateEmployerBodyT, EmployerT } from '@lmis/contracts';
import { App, Card, Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n.ts';
import { useCatalogueItems } from '../../kit/catalogues.tsx';
import { DateInput } from '../../kit/form/DateInput.tsx';
import { FormErrorAlert, type FormErrorState, FormFooter, FormHeader } from '../../kit/form/form-chrome.tsx';
import { clearFieldErrors, showFieldErrors } from '../../kit/form/form-errors.ts';
import { ApiError, fieldIssues } from '../../kit/http.ts';
import { CommuneField } from '../../kit/units/CommuneField.tsx';
import { useCurrentUser } from '../auth/index.ts';
import { useEmployer, useSaveEmployer } from './api.ts';
import { useFieldLabel } from './labels.ts';

type FormValues = Omit<CreateEmployerBodyT, 'uiSince'> & { uiSince?: Dayjs | null };

const options = (items: { code: string; nameVi: string; nameEn: string | null }[] | undefined, lang: 'vi' | 'en') =>
  (items ?? []).map((i) => ({ value: i.code, label: lang === 'en' && i.nameEn ? i.nameEn : i.nameVi }));

/** Adds an employer, or edits one (the whole record with the version read; the tax code stays). */
export function EmployerFormPage() {
  const { t, lang, errorText } = useI18n();
  const label = useFieldLabel();
  const user = useCurrentUser();
  const { id } = useParams();
  const editing = id !== undefined ? Number(id) : undefined;
  const loaded = useEmployer(editing);
  const [form] = Form.useForm<FormValues>();
  const [record, setRecord] = useState<EmployerT | null>(null);
  const [error, setError] = useState<FormErrorState | null>(null);
  const save = useSaveEmployer();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const legalForms = useCatalogueItems('employer-legal-forms');
  const sections = useCatalogueItems('vsic-sections');

  const fill = (e: EmployerT) => {
    setRecord(e);
    form.setFieldsValue({ ...e, uiSince: e.uiSince ? dayjs(e.uiSince) : null });
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: fill once when the record arrives
  useEffect(() => {
    if (loaded.data && !record) fill(loaded.data);
  }, [loaded.data]);

  const onError = (e: unknown) => {
    const conflict = e instanceof ApiError && e.code === 'CONFLICT';
    if (e instanceof ApiError && e.code === 'DUPLICATE') form.setFields([{ name: 'taxCode', errors: [errorText(e)] }]);
    const unmatched = conflict ? [] : showFieldErrors(form, e, lang);
    setError({
      text: conflict ? t('employerConflict') : fieldIssues(e).length ? t('validationTitle') : errorText(e),
      issues: fieldIssues(e).length && !unmatched.length ? [t('seeFieldErrors')] : unmatched,
      conflict,
    });
  };

  const submit = async () => {
    clearFieldErrors(form);
    const v = await form.validateFields();
    const body = {
      ...v,
      uiSince: v.uiSince ? v.uiSince.format('YYYY-MM-DD') : null,
      uiParticipation: v.uiParticipation ?? false,
    };
    try {
      const saved = await save.mutateAsync(
        record ? { id: record.id, body: { ...body, version: record.version } } : { body: body as CreateEmployerBodyT },
      );
      void message.success(t('employerSaved'));
      void navigate(`/employers/${saved.id}`);
    } catch (e) {
      onError(e);
    }
  };

  const title = record ? `${t('editEmployer')}: ${record.name}` : t('addEmployer');
  return (
    <div>
      <FormHeader title={title} pending={save.isPending} onSave={submit} saveTestId="save-employer" />
      <FormErrorAlert
        error={error}
        testId="employer-form-error"
        onReload={async () => {
          const fresh = await loaded.refetch();
          if (fresh.data) fill(fresh.data);
          setError(null);
        }}
      />
      <Card>
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            uiParticipation: false,
            communeCode: user.unitCode?.length === 5 ? user.unitCode : undefined,
          }}
        >
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="taxCode" label={label('taxCode')} rules={[{ required: true }]}>
                <Input
                  disabled={record !== null}
                  placeholder="0101234567 / 0101234567-001"
                  data-testid="employer-taxCode"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name="name" label={label('name')} rules={[{ required: true }]}>
                <Input data-testid="employer-name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="legalFormCode" label={label('legalFormCode')}>
                <Select allowClear showSearch optionFilterProp="label" options={options(legalForms.data, lang)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="vsicSectionCode" label={label('vsicSectionCode')}>
                <Select allowClear showSearch optionFilterProp="label" options={options(sections.data, lang)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="address" label={label('address')}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="communeCode" label={label('communeCode')} rules={[{ required: true }]}>
                <CommuneField user={user} initialLabel={record?.communeName ?? null} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="employeeCount" label={label('employeeCount')}>
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="uiParticipation" label={label('uiParticipation')} valuePropName="checked">
                <Switch checkedChildren={t('employerYes')} unCheckedChildren={t('employerNo')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="uiSince" label={label('uiSince')}>
                <DateInput />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="contactName" label={label('contactName')}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="phone" label={label('phone')}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="email" label={label('email')}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="industrialZone" label={label('industrialZone')}>
                <Input />
              </Form.Item>
            </Col>
          </Row>
        </Form>
        <FormFooter pending={save.isPending} onSave={submit} saveTestId="save-employer-bottom" />
      </Card>
    </div>
  );
}
