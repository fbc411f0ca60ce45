import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons';
import type { HouseholdDetailT, PovertyClass, PovertyReviewT } from '@lmis/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Spin,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n.ts';
import { NotFound } from '../../app/status-pages.tsx';
import { DateInput } from '../../kit/form/DateInput.tsx';
import { FormErrorAlert, type FormErrorState, FormFooter } from '../../kit/form/form-chrome.tsx';
import { clearFieldErrors, showFieldErrors } from '../../kit/form/form-errors.ts';
import { formatCount, todayIso } from '../../kit/format.ts';
import { ApiError, fieldIssues } from '../../kit/http.ts';
import { fetchHousehold, type ReviewBody, useHousehold, usePutReview } from './api.ts';
import { groupIndicators, useDatedCatalogue } from './catalogues.ts';
import { useCommuneName, useHouseholdId } from './hooks.ts';
import { ClassTag, TransitionTag, useClassName, useClassOptions, useStandardName } from './labels.tsx';

interface ReviewForm {
  reviewedOn: Dayjs | null;
  memberCount: number | null;
  incomePerCapitaVnd: number | null;
  deprivations: string[];
  overrideClass: PovertyClass | null;
  overrideReason: string | null;
}

function toForm(review: PovertyReviewT | undefined, detail: HouseholdDetailT, year: number): ReviewForm {
  if (review) {
    return {
      reviewedOn: dayjs(review.reviewedOn, 'YYYY-MM-DD'),
      memberCount: review.memberCount,
      incomePerCapitaVnd: review.incomePerCapitaVnd,
      deprivations: review.deprivations,
      overrideClass: (review.overrideClass as PovertyClass | null) ?? null,
      overrideReason: review.overrideReason,
    };
  }
  // A new review: today when reviewing the current year, the members on record; income and indicators as surveyed.
  const today = todayIso();
  return {
    reviewedOn: Number(today.slice(0, 4)) === year ? dayjs(today, 'YYYY-MM-DD') : null,
    memberCount: detail.members.length || null,
    incomePerCapitaVnd: null,
    deprivations: [],
    overrideClass: null,
    overrideReason: null,
  };
}

function toBody(v: ReviewForm, version: number | undefined): ReviewBody {
  const reason = v.overrideReason?.trim();
  return {
    reviewedOn: v.reviewedOn ? v.reviewedOn.format('YYYY-MM-DD') : undefined,
    memberCount: v.memberCount ?? 0,
    incomePerCapitaVnd: v.incomePerCapitaVnd ?? 0,
    deprivations: v.deprivations ?? [],
    overrideClass: v.overrideClass ?? null,
    overrideReason: v.overrideClass ? reason || null : null,
    ...(version !== undefined && { version }),
  };
}

/** Income typed and shown with vi-VN grouping (1.797.000). */
const groupDigits = (value: string | number | undefined) =>
  value === undefined || value === '' ? '' : String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const readDigits = (text: string | undefined) => {
  const digits = (text ?? '').replace(/[^\d-]/g, '');
  return digits === '' ? (null as unknown as number) : Number(digits);
};

function ResultCard({ review }: { review: PovertyReviewT }) {
  const { t } = useI18n();
  const className = useClassName();
  const standardName = useStandardName();
  const item = (label: string, value: ReactNode) => (
    <Space size={6} style={{ whiteSpace: 'nowrap' }}>
      <Typography.Text type="secondary">{label}:</Typography.Text>
      {value}
    </Space>
  );
  return (
    <Alert
      type="success"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="review-result"
      title={t('reviewResult', { year: review.reviewYear, class: className(review.finalClass) })}
      description={
        <Space size={[32, 4]} wrap>
          {item(t('computedClass'), <ClassTag value={review.computedClass} />)}
          {item(
            t('finalClass'),
            <>
              <ClassTag value={review.finalClass} testId="result-final-class" />
              {review.overrideClass && <Typography.Text type="warning">({t('adjusted')})</Typography.Text>}
            </>,
          )}
          {item(t('transitionShort'), <TransitionTag value={review.transition} />)}
          {item(t('povertyStandard'), standardName(review.standard, review.areaType))}
        </Space>
      }
    />
  );
}

/** Records or adjusts one year's poverty review of a household (/households/:id/reviews/:year). */
export function ReviewFormPage() {
  const id = useHouseholdId();
  const year = Number(useParams().year);
  const validYear = Number.isInteger(year) && year >= 2000 && year <= 2100;
  const { t, lang, errorText } = useI18n();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReviewForm>();
  const loaded = useHousehold(id);
  const put = usePutReview();
  const [existing, setExisting] = useState<PovertyReviewT | undefined>();
  const [saved, setSaved] = useState<PovertyReviewT | null>(null);
  const [error, setError] = useState<FormErrorState | null>(null);
  const filled = useRef(false);
  const classOptions = useClassOptions();
  const h = loaded.data?.household;
  const communeName = useCommuneName(h?.provinceCode, h?.communeCode);

  const reviewedOn = Form.useWatch('reviewedOn', form);
  const overrideClass = Form.useWatch('overrideClass', form);
  const chosen = Form.useWatch('deprivations', form) ?? [];
  // The indicators in force on the review date (the server checks the codes against the same date).
  const asOf = reviewedOn && reviewedOn.year() === year ? reviewedOn.format('YYYY-MM-DD') : `${year}-01-01`;
  const indicators = useDatedCatalogue('poverty-deprivation-indicators', asOf);
  const groups = groupIndicators(indicators, lang);

  const fillFrom = (detail: HouseholdDetailT) => {
    const review = detail.reviews.find((r) => r.reviewYear === year);
    setExisting(review);
    form.resetFields();
    form.setFieldsValue(toForm(review, detail, year));
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: fill once, when the household has arrived
  useEffect(() => {
    if (loaded.data && !filled.current) {
      filled.current = true;
      fillFrom(loaded.data);
    }
  }, [loaded.data]);

  const onError = (e: unknown) => {
    const conflict = e instanceof ApiError && e.code === 'CONFLICT';
    const unmatched = conflict ? [] : showFieldErrors(form, e, lang);
    setError({
      text: conflict ? t('reviewConflict') : fieldIssues(e).length ? t('validationTitle') : errorText(e),
      issues: fieldIssues(e).length && !unmatched.length ? [t('seeFieldErrors')] : unmatched,
      conflict,
    });
  };

  const reload = async () => {
    if (id === undefined) return;
    try {
      fillFrom(await fetchHousehold(id));
      setError(null);
      setSaved(null);
    } catch (e) {
      onError(e);
    }
  };

  const onFinish = () => {
    if (id === undefined) return;
    setError(null);
    setSaved(null);
    clearFieldErrors(form);
    const values = form.getFieldsValue(true) as ReviewForm;
    put.mutate(
      { id, year, body: toBody(values, existing?.version) },
      {
        onSuccess: (review) => {
          void message.success(t('reviewSaved'));
          setSaved(review);
          setExisting(review);
          form.setFieldsValue({ overrideReason: review.overrideReason });
        },
        onError,
      },
    );
  };

  if (id === undefined || !validYear) return <NotFound />;
  if (loaded.isPending) return <Spin />;
  if (loaded.isError) return <Alert type="error" showIcon title={errorText(loaded.error)} />;
  const household = loaded.data.household;
  const req = [{ required: true, message: t('required') }];

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} align="start">
        <Space orientation="vertical" size={2}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="review-title">
            {t('reviewTitle', { year })}
          </Typography.Title>
          <Typography.Text type="secondary">
            {household.headName} · {t('householdCode')} {household.householdCode} · {communeName}
          </Typography.Text>
        </Space>
        <Space>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(`/households/${household.id}`)}>
            {t('backToHousehold')}
          </Button>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            loading={put.isPending}
            onClick={() => form.submit()}
            data-testid="review-save"
          >
            {t('save')}
          </Button>
        </Space>
      </Space>

      {saved && <ResultCard review={saved} />}
      {!saved && existing && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('reviewExisting', { year })}
          description={
            <Space size={4} wrap>
              {t('finalClass')}: <ClassTag value={existing.finalClass} testId="existing-class" />
              {existing.overrideClass && <Typography.Text type="warning">({t('adjusted')})</Typography.Text>}
              <TransitionTag value={existing.transition} />
            </Space>
          }
        />
      )}
      <FormErrorAlert error={error} onReload={reload} testId="review-form-error" reloadTestId="review-reload" />

      <Form<ReviewForm> form={form} layout="vertical" onFinish={onFinish} disabled={put.isPending} requiredMark>
        <Card size="small" style={{ marginBottom: 12 }}>
          <Row gutter={16}>
            <Col span={6}>
              <Form.Item name="reviewedOn" label={t('reviewedOn')} rules={req}>
                <DateInput
                  defaultPickerValue={dayjs(`${year}-09-01`)}
                  // The review date lies in the review year and not after today.
                  disabledDate={(d) => d.year() !== year || d.isAfter(dayjs(), 'day')}
                />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="memberCount" label={t('memberCount')} rules={req}>
                <InputNumber style={{ width: '100%' }} precision={0} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="incomePerCapitaVnd" label={`${t('incomePerCapita')} (${t('incomeUnit')})`} rules={req}>
                <InputNumber<number>
                  style={{ width: '100%' }}
                  precision={0}
                  formatter={groupDigits}
                  parser={readDigits}
                  suffix={t('currencyUnit')}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card
          size="small"
          title={t('deprivations')}
          extra={
            <Typography.Text strong data-testid="deprivation-count">
              {t('deprivationCount', { n: formatCount(chosen.length) })}
            </Typography.Text>
          }
          style={{ marginBottom: 12 }}
          loading={indicators.isLoading}
        >
          {indicators.isError && <Alert type="error" showIcon title={errorText(indicators.error)} />}
          <Form.Item name="deprivations" style={{ marginBottom: 0 }}>
            <Checkbox.Group style={{ width: '100%' }}>
              <Row gutter={[16, 8]}>
                {groups.map((g) => (
                  <Col span={8} key={g.code}>
                    <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 2 }}>
                      {g.name}
                    </Typography.Text>
                    {g.indicators.map((i) => (
                      <div key={i.code}>
                        <Checkbox value={i.code} data-testid={`deprivation-${i.code}`}>
                          {i.code}. {i.name}
                        </Checkbox>
                      </div>
                    ))}
                  </Col>
                ))}
              </Row>
            </Checkbox.Group>
          </Form.Item>
        </Card>

        <Card size="small" title={t('overrideClass')} style={{ marginBottom: 12 }}>
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name="overrideClass" label={t('finalClass')}>
                <Select<PovertyClass>
                  allowClear
                  placeholder={t('noOverride')}
                  options={classOptions}
                  onChange={(v?: PovertyClass) => {
                    if (!v) form.setFieldsValue({ overrideReason: null });
                  }}
                  data-testid="override-class"
                />
              </Form.Item>
            </Col>
            <Col span={16}>
              <Form.Item name="overrideReason" label={t('overrideReason')} extra={t('overrideReasonHint')}>
                <Input.TextArea rows={2} maxLength={1000} disabled={!overrideClass} data-testid="override-reason" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
      </Form>
      <FormFooter
        pending={put.isPending}
        onSave={() => form.submit()}
        saveTestId="review-save-bottom"
        cancelLabel={t('backToHousehold')}
        onCancel={() => navigate(`/households/${household.id}`)}
      />
    </div>
  );
}
