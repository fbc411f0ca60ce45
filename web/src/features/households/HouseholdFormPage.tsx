import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type {
  CreateHouseholdBodyT,
  CurrentUserT,
  HouseholdDetailT,
  HouseholdMemberInputT,
  UpdateHouseholdBodyT,
} from '@lmis/contracts';
import { Alert, App, Button, Card, Col, Empty, Form, Input, Row, Select, Spin, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../../app/i18n.ts';
import { sexOptions } from '../../kit/catalogues.tsx';
import { DateInput } from '../../kit/form/DateInput.tsx';
import { FormErrorAlert, type FormErrorState, FormFooter, FormHeader } from '../../kit/form/form-chrome.tsx';
import { clearFieldErrors, showFieldErrors } from '../../kit/form/form-errors.ts';
import { ApiError, fieldIssues } from '../../kit/http.ts';
import { CommuneField } from '../../kit/units/CommuneField.tsx';
import { useCurrentUser } from '../auth/index.ts';
import { fetchHousehold, useCreateHousehold, useHousehold, useUpdateHousehold } from './api.ts';
import { useDatedCatalogue } from './catalogues.ts';
import { useHouseholdId } from './hooks.ts';

interface MemberForm {
  fullName: string;
  personId: string | null;
  birthDate: Dayjs | null;
  sex: 'male' | 'female' | null;
  relation: string | null;
}

interface HouseholdForm {
  householdCode: string;
  headName: string;
  address: string | null;
  communeCode: string | null;
  areaType: 'urban' | 'rural' | null;
  registeredOn: Dayjs | null;
  dissolvedOn: Dayjs | null;
  members: MemberForm[];
}

const day = (v: string | null) => (v ? dayjs(v, 'YYYY-MM-DD') : null);
const iso = (v: Dayjs | null | undefined) => (v ? v.format('YYYY-MM-DD') : null);
const text = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

function toForm(d: HouseholdDetailT | null, user: CurrentUserT): HouseholdForm {
  if (!d) {
    return {
      householdCode: '',
      headName: '',
      address: null,
      communeCode: user.unitCode?.length === 5 ? user.unitCode : null,
      areaType: null,
      registeredOn: null,
      dissolvedOn: null,
      members: [{ fullName: '', personId: null, birthDate: null, sex: null, relation: null }],
    };
  }
  const h = d.household;
  return {
    householdCode: h.householdCode,
    headName: h.headName,
    address: h.address,
    communeCode: h.communeCode,
    areaType: h.areaType === 'urban' || h.areaType === 'rural' ? h.areaType : null,
    registeredOn: day(h.registeredOn),
    dissolvedOn: day(h.dissolvedOn),
    members: d.members.map((m) => ({
      fullName: m.fullName,
      personId: m.personId,
      birthDate: day(m.birthDate),
      sex: m.sex === 'male' || m.sex === 'female' ? m.sex : null,
      relation: m.relation,
    })),
  };
}

function toMembers(members: MemberForm[] | undefined): HouseholdMemberInputT[] {
  return (members ?? []).map((m) => ({
    fullName: (m.fullName ?? '').trim().replace(/\s+/g, ' '),
    personId: text(m.personId),
    birthDate: iso(m.birthDate),
    sex: m.sex ?? null,
    relation: text(m.relation),
  }));
}

/** Adds a household (/households/new) or edits one with its members, sending the version it read (409 when stale). */
export function HouseholdFormPage() {
  const id = useHouseholdId();
  const editing = id !== undefined;
  const { t, lang, errorText } = useI18n();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<HouseholdForm>();
  const loaded = useHousehold(id);
  const [record, setRecord] = useState<HouseholdDetailT | null>(null);
  const [error, setError] = useState<FormErrorState | null>(null);
  const create = useCreateHousehold();
  const update = useUpdateHousehold();
  const areaTypes = useDatedCatalogue('household-area-types');

  const fill = (d: HouseholdDetailT | null) => {
    setRecord(d);
    form.resetFields();
    form.setFieldsValue(toForm(d, user));
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: fill once the record (or the blank form) is ready
  useEffect(() => {
    if (!editing) fill(null);
    else if (loaded.data && !record) fill(loaded.data);
  }, [editing, loaded.data]);

  const onError = (e: unknown) => {
    const conflict = e instanceof ApiError && e.code === 'CONFLICT';
    if (e instanceof ApiError && e.code === 'DUPLICATE') {
      form.setFields([{ name: 'householdCode', errors: [errorText(e)] }]);
    }
    const unmatched = conflict ? [] : showFieldErrors(form, e, lang);
    setError({
      text: conflict ? t('householdConflict') : fieldIssues(e).length ? t('validationTitle') : errorText(e),
      issues: fieldIssues(e).length && !unmatched.length ? [t('seeFieldErrors')] : unmatched,
      conflict,
    });
    window.scrollTo({ top: 0, behavior: 'smooth' });
  };

  const reload = async () => {
    if (!record) return;
    try {
      fill(await fetchHousehold(record.household.id));
      setError(null);
    } catch (e) {
      onError(e);
    }
  };

  const onFinish = () => {
    setError(null);
    clearFieldErrors(form);
    const v = form.getFieldsValue(true) as HouseholdForm;
    const members = toMembers(v.members);
    const done = (d: HouseholdDetailT, note: string) => {
      void message.success(note);
      void navigate(`/households/${d.household.id}`, { replace: true });
    };
    if (!record) {
      const body: CreateHouseholdBodyT = {
        householdCode: v.householdCode.trim(),
        headName: v.headName.trim().replace(/\s+/g, ' '),
        address: text(v.address),
        communeCode: v.communeCode ?? '',
        areaType: v.areaType ?? 'rural',
        ...(v.registeredOn && { registeredOn: iso(v.registeredOn) ?? undefined }),
        members,
      };
      create.mutate(body, { onSuccess: (d) => done(d, t('householdCreated')), onError });
      return;
    }
    const body: UpdateHouseholdBodyT = {
      version: record.household.version,
      headName: v.headName.trim().replace(/\s+/g, ' '),
      address: text(v.address),
      ...(v.areaType && { areaType: v.areaType }),
      ...(v.registeredOn && { registeredOn: iso(v.registeredOn) ?? undefined }),
      dissolvedOn: iso(v.dissolvedOn),
      members,
    };
    update.mutate({ id: record.household.id, body }, { onSuccess: (d) => done(d, t('saved')), onError });
  };

  if (editing && loaded.isPending) return <Spin />;
  if (editing && loaded.isError) return <Alert type="error" showIcon title={errorText(loaded.error)} />;

  const pending = create.isPending || update.isPending;
  const req = [{ required: true, message: t('required') }];
  const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');

  return (
    <div>
      <FormHeader
        title={record ? `${t('editHousehold')}: ${record.household.headName}` : t('addHousehold')}
        pending={pending}
        onSave={() => form.submit()}
        saveTestId="household-save"
      />
      <FormErrorAlert error={error} onReload={reload} testId="household-form-error" reloadTestId="household-reload" />
      <Form<HouseholdForm> form={form} layout="vertical" onFinish={onFinish} disabled={pending} requiredMark>
        <Card size="small" title={t('sectionHousehold')} style={{ marginBottom: 12 }}>
          <Row gutter={16}>
            <Col span={6}>
              <Form.Item name="householdCode" label={t('householdCode')} rules={req}>
                <Input maxLength={50} disabled={Boolean(record)} />
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item name="headName" label={t('headName')} rules={req}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="areaType" label={t('areaType')} rules={req}>
                <Select options={areaTypes.options} loading={areaTypes.isLoading} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="communeCode" label={t('commune')} rules={req}>
                <CommuneField user={user} disabled={Boolean(record)} />
              </Form.Item>
            </Col>
            <Col span={16}>
              <Form.Item name="address" label={t('address')}>
                <Input maxLength={500} allowClear />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="registeredOn" label={t('registeredOn')}>
                <DateInput disabledDate={notFuture} />
              </Form.Item>
            </Col>
            {record && (
              <Col span={8}>
                <Form.Item name="dissolvedOn" label={t('dissolvedOn')}>
                  <DateInput disabledDate={notFuture} />
                </Form.Item>
              </Col>
            )}
          </Row>
        </Card>

        <Form.List name="members">
          {(fields, { add, remove }) => (
            <Card
              size="small"
              title={t('householdMembers')}
              extra={
                <Button
                  size="small"
                  icon={<PlusOutlined />}
                  onClick={() => add({ fullName: '', personId: null, birthDate: null, sex: null, relation: null })}
                  data-testid="add-member"
                >
                  {t('addMember')}
                </Button>
              }
            >
              {fields.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noMembers')} />
              ) : (
                <>
                  <Row gutter={8} style={{ marginBottom: 4 }}>
                    {(
                      [
                        [7, 'fullName'],
                        [4, 'personId'],
                        [4, 'birthDate'],
                        [3, 'sex'],
                        [5, 'householdRelation'],
                      ] as const
                    ).map(([span, key]) => (
                      <Col span={span} key={key}>
                        <Typography.Text type="secondary">{t(key)}</Typography.Text>
                      </Col>
                    ))}
                  </Row>
                  {fields.map((field, i) => (
                    <Row gutter={8} key={field.key} data-testid="member-row">
                      <Col span={7}>
                        <Form.Item name={[field.name, 'fullName']} rules={req} style={{ marginBottom: 8 }}>
                          <Input maxLength={200} aria-label={`${t('fullName')} ${i + 1}`} />
                        </Form.Item>
                      </Col>
                      <Col span={4}>
                        <Form.Item name={[field.name, 'personId']} style={{ marginBottom: 8 }}>
                          <Input maxLength={12} aria-label={`${t('personId')} ${i + 1}`} />
                        </Form.Item>
                      </Col>
                      <Col span={4}>
                        <Form.Item name={[field.name, 'birthDate']} style={{ marginBottom: 8 }}>
                          <DateInput disabledDate={notFuture} />
                        </Form.Item>
                      </Col>
                      <Col span={3}>
                        <Form.Item name={[field.name, 'sex']} style={{ marginBottom: 8 }}>
                          <Select allowClear options={sexOptions(lang)} />
                        </Form.Item>
                      </Col>
                      <Col span={5}>
                        <Form.Item name={[field.name, 'relation']} style={{ marginBottom: 8 }}>
                          <Input maxLength={100} aria-label={`${t('householdRelation')} ${i + 1}`} />
                        </Form.Item>
                      </Col>
                      <Col span={1}>
                        <Tooltip title={t('removeMember')}>
                          <Button
                            icon={<DeleteOutlined />}
                            danger
                            type="text"
                            aria-label={t('removeMember')}
                            onClick={() => remove(field.name)}
                          />
                        </Tooltip>
                      </Col>
                    </Row>
                  ))}
                </>
              )}
            </Card>
          )}
        </Form.List>
      </Form>
      <FormFooter pending={pending} onSave={() => form.submit()} saveTestId="household-save-bottom" />
    </div>
  );
}
