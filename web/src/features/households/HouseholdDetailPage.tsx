import { ArrowLeftOutlined, AuditOutlined, EditOutlined } from '@ant-design/icons';
import type { HouseholdDetailT, HouseholdMemberT, PovertyReviewT } from '@lmis/contracts';
import { Button, Card, Descriptions, Result, Space, Spin, Table, Tabs, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useI18n } from '../../app/i18n.ts';
import { NotFound } from '../../app/status-pages.tsx';
import { sexLabel } from '../../kit/catalogues.tsx';
import { formatCount, formatDate, formatMoney } from '../../kit/format.ts';
import { ApiError } from '../../kit/http.ts';
import { can, useCurrentUser } from '../auth/index.ts';
import { RecordHistory } from '../history/index.ts';
import { useHousehold } from './api.ts';
import { useDatedCatalogue } from './catalogues.ts';
import { useCommuneName, useHouseholdId } from './hooks.ts';
import { ClassTag, TransitionTag, useStandardName } from './labels.tsx';

function MembersTable({ members }: { members: HouseholdMemberT[] }) {
  const { t, lang } = useI18n();
  const user = useCurrentUser();
  const linkWorkers = can(user, 'worker:read');
  return (
    <Table<HouseholdMemberT>
      size="small"
      rowKey="id"
      data-testid="household-members"
      pagination={false}
      dataSource={members}
      locale={{ emptyText: t('noMembers') }}
      columns={[
        { title: t('seq'), key: 'seq', width: 60, align: 'right', render: (_, __, i) => formatCount(i + 1) },
        { title: t('fullName'), dataIndex: 'fullName' },
        {
          title: t('personId'),
          dataIndex: 'personId',
          width: 300,
          render: (id: string | null, m) => {
            if (!id) return '—';
            if (m.workerExists && linkWorkers) {
              return (
                <Link to={`/registry/workers/${id}`} data-testid="member-worker-link">
                  {id}
                </Link>
              );
            }
            return (
              <Space size={6}>
                {id}
                {!m.workerExists && <Typography.Text type="secondary">({t('notInRegister')})</Typography.Text>}
              </Space>
            );
          },
        },
        { title: t('birthDate'), dataIndex: 'birthDate', width: 120, render: (v: string | null) => formatDate(v) },
        { title: t('sex'), dataIndex: 'sex', width: 90, render: (v: string | null) => (v ? sexLabel(v, lang) : '—') },
        { title: t('householdRelation'), dataIndex: 'relation', render: (v: string | null) => v ?? '—' },
      ]}
    />
  );
}

/** The details of one year's review, under its row. */
function ReviewDetails({ r }: { r: PovertyReviewT }) {
  const standardName = useStandardName();
  const { t } = useI18n();
  // Indicator names as in force on the review date.
  const indicators = useDatedCatalogue('poverty-deprivation-indicators', r.reviewedOn);
  return (
    <Descriptions
      size="small"
      column={1}
      styles={{ label: { width: 300 } }}
      data-testid={`review-details-${r.reviewYear}`}
    >
      <Descriptions.Item label={t('deprivations')}>
        {r.deprivations.length === 0 ? (
          t('noDeprivation')
        ) : (
          <Space size={[4, 4]} wrap>
            {r.deprivations.map((code) => (
              <Tag key={code}>
                {code}. {indicators.name(code)}
              </Tag>
            ))}
          </Space>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('povertyStandard')}>
        {standardName(r.standard, r.areaType)}:{' '}
        {t('standardText', {
          income: formatCount(r.standard.incomeThresholdVnd),
          n: r.standard.deprivationThreshold,
        })}
      </Descriptions.Item>
      {r.overrideClass && (
        <Descriptions.Item label={t('overrideReason')}>
          <span data-testid={`override-reason-${r.reviewYear}`}>{r.overrideReason}</span>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

function ReviewsTable({ detail, canWrite }: { detail: HouseholdDetailT; canWrite: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const rows = [...detail.reviews].reverse();
  return (
    <Table<PovertyReviewT>
      size="small"
      rowKey="reviewYear"
      data-testid="household-reviews"
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: t('noReviews') }}
      expandable={{
        defaultExpandAllRows: true,
        expandedRowRender: (r) => <ReviewDetails r={r} />,
      }}
      onRow={(r) => ({ 'data-testid': `review-row-${r.reviewYear}` }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('reviewYear'), dataIndex: 'reviewYear', width: 100 },
        { title: t('reviewedOn'), dataIndex: 'reviewedOn', width: 110, render: (v: string) => formatDate(v) },
        {
          title: t('memberCount'),
          dataIndex: 'memberCount',
          width: 110,
          align: 'right',
          render: (v: number) => formatCount(v),
        },
        {
          title: `${t('incomePerCapita')} (${t('incomeUnit')})`,
          dataIndex: 'incomePerCapitaVnd',
          align: 'right',
          render: (v: number) => <span data-testid="review-income">{formatMoney(v)}</span>,
        },
        {
          title: t('deprivationsShort'),
          dataIndex: 'deprivations',
          width: 100,
          align: 'right',
          render: (v: string[]) => formatCount(v.length),
        },
        { title: t('computedClass'), dataIndex: 'computedClass', render: (v: string) => <ClassTag value={v} /> },
        {
          title: t('finalClass'),
          dataIndex: 'finalClass',
          render: (v: string, r) => (
            <Space orientation="vertical" size={0}>
              <ClassTag value={v} testId={`final-class-${r.reviewYear}`} />
              {r.overrideClass && (
                <Typography.Text type="warning" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                  ({t('adjusted')})
                </Typography.Text>
              )}
            </Space>
          ),
        },
        {
          title: t('transitionShort'),
          dataIndex: 'transition',
          render: (v: string | null) => <TransitionTag value={v} />,
        },
        ...(canWrite
          ? [
              {
                key: 'actions',
                width: 60,
                render: (_: unknown, r: PovertyReviewT) => (
                  <Button
                    size="small"
                    type="link"
                    icon={<EditOutlined />}
                    aria-label={t('editReviewButton', { year: r.reviewYear })}
                    title={t('editReviewButton', { year: r.reviewYear })}
                    onClick={() => navigate(`/households/${detail.household.id}/reviews/${r.reviewYear}`)}
                  />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

export function HouseholdDetailPage() {
  const id = useHouseholdId();
  const { t, errorText } = useI18n();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const query = useHousehold(id);
  const areaTypes = useDatedCatalogue('household-area-types');
  const h = query.data?.household;
  const communeName = useCommuneName(h?.provinceCode, h?.communeCode);

  if (id === undefined) return <NotFound />;
  if (query.isPending) return <Spin />;
  if (query.isError) {
    const status = query.error instanceof ApiError ? query.error.status : 0;
    return (
      <Result
        status={status === 404 ? '404' : status === 403 ? '403' : 'error'}
        title={errorText(query.error)}
        extra={<Button onClick={() => navigate('/households')}>{t('backToList')}</Button>}
      />
    );
  }
  const detail = query.data;
  const household = detail.household;
  const canWrite = can(user, 'household:update');
  const canReview = can(user, 'poverty_review:write');
  const year = new Date().getFullYear();
  const reviewed = detail.reviews.some((r) => r.reviewYear === year);
  // A review date must not follow the dissolution, so a household dissolved before this year is not reviewed.
  const reviewable = !household.dissolvedOn || Number(household.dissolvedOn.slice(0, 4)) >= year;

  return (
    <div data-testid="household-detail">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} align="start">
        <Space orientation="vertical" size={2}>
          <Space align="center" wrap>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="household-head">
              {household.headName}
            </Typography.Title>
            <Typography.Text type="secondary">
              {t('householdCode')} {household.householdCode}
            </Typography.Text>
            <ClassTag value={household.finalClass} testId="household-class" />
            {household.reviewYear !== null && (
              <Typography.Text type="secondary">{t('yearN', { year: household.reviewYear })}</Typography.Text>
            )}
            {household.dissolvedOn && <Tag>{t('dissolved')}</Tag>}
          </Space>
          <Typography.Text type="secondary">{communeName}</Typography.Text>
        </Space>
        <Space>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
            {t('backToList')}
          </Button>
          {canWrite && (
            <Button
              icon={<EditOutlined />}
              onClick={() => navigate(`/households/${household.id}/edit`)}
              data-testid="edit-household"
            >
              {t('editHousehold')}
            </Button>
          )}
          {canReview && reviewable && (
            <Button
              type="primary"
              icon={<AuditOutlined />}
              onClick={() => navigate(`/households/${household.id}/reviews/${year}`)}
              data-testid="review-button"
            >
              {t(reviewed ? 'editReviewButton' : 'reviewYearButton', { year })}
            </Button>
          )}
        </Space>
      </Space>

      <Card size="small" title={t('sectionHousehold')} style={{ marginBottom: 12 }}>
        <Descriptions size="small" bordered column={3} styles={{ label: { width: 150 } }}>
          <Descriptions.Item label={t('householdCode')}>{household.householdCode}</Descriptions.Item>
          <Descriptions.Item label={t('headName')}>
            <strong>{household.headName}</strong>
          </Descriptions.Item>
          <Descriptions.Item label={t('areaType')}>{areaTypes.name(household.areaType)}</Descriptions.Item>
          <Descriptions.Item label={t('address')}>{household.address ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('commune')}>{communeName}</Descriptions.Item>
          <Descriptions.Item label={t('registeredOn')}>{formatDate(household.registeredOn)}</Descriptions.Item>
          {household.dissolvedOn && (
            <Descriptions.Item label={t('dissolvedOn')}>{formatDate(household.dissolvedOn)}</Descriptions.Item>
          )}
        </Descriptions>
      </Card>

      <Card
        size="small"
        title={`${t('householdMembers')} (${formatCount(detail.members.length)})`}
        style={{ marginBottom: 12 }}
        styles={{ body: { padding: 0 } }}
      >
        <MembersTable members={detail.members} />
      </Card>

      <Card size="small" title={t('povertyReviews')} style={{ marginBottom: 12 }} styles={{ body: { padding: 0 } }}>
        <ReviewsTable detail={detail} canWrite={canReview} />
      </Card>

      <Card size="small" title={t('recordHistory')}>
        <Tabs
          size="small"
          items={[
            {
              key: 'household',
              label: t('historyOfHousehold'),
              children: <RecordHistory entityType="household" entityId={String(household.id)} />,
            },
            ...[...detail.reviews].reverse().map((r) => ({
              key: `review-${r.reviewYear}`,
              label: t('historyOfReview', { year: r.reviewYear }),
              children: <RecordHistory entityType="poverty_review" entityId={String(r.id)} />,
            })),
          ]}
        />
      </Card>
    </div>
  );
}
