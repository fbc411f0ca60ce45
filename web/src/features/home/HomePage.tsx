import type { Capability, HomeSummaryT } from '@lmis/contracts';
import { Alert, Badge, Button, Card, Col, Empty, List, Row, Skeleton, Space, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { type MessageKey, useI18n } from '../../app/i18n.ts';
import { Chart } from '../../kit/chart/Chart.tsx';
import { barChartOption, CHART_COLORS } from '../../kit/chart/options.ts';
import { formatAxisPercent, formatCount, formatPercent, formatPoints } from '../../kit/format.ts';
import { can, roleLabel, useCurrentUser } from '../auth/index.ts';
import { useDemoStatus, useHome } from './api.ts';

type Labour = NonNullable<HomeSummaryT['labour']>;
type Poverty = NonNullable<HomeSummaryT['poverty']>;

/** Where a user may go from the home page, each behind the capability its page needs. */
const QUICK_LINKS: { path: string; label: MessageKey; capability: Capability }[] = [
  { path: '/registry', label: 'navRegistryList', capability: 'worker:read' },
  { path: '/registry/workers/new', label: 'linkAddWorker', capability: 'worker:create' },
  { path: '/registry/import', label: 'navRegistryImport', capability: 'worker_import:create' },
  { path: '/registry/stats', label: 'navRegistryStats', capability: 'worker:read' },
  { path: '/households', label: 'navHouseholdsList', capability: 'household:read' },
  { path: '/households/new', label: 'linkAddHousehold', capability: 'household:create' },
  { path: '/households/import', label: 'importHouseholds', capability: 'household_import:create' },
  { path: '/households/rates', label: 'navPovertyRates', capability: 'household:read' },
  { path: '/employers', label: 'navEmployers', capability: 'employer:read' },
  { path: '/dossiers', label: 'navDossiers', capability: 'dossier:read' },
  { path: '/admin/history', label: 'navHistory', capability: 'audit:read' },
  { path: '/admin/users', label: 'navUsers', capability: 'user:read' },
  { path: '/admin/api-tokens', label: 'navApiTokens', capability: 'api_token:manage' },
  { path: '/admin/system', label: 'navSystem', capability: 'system:read' },
];

function LabourCard({ labour }: { labour: Labour | null }) {
  const { t } = useI18n();
  const option = useMemo(
    () =>
      labour &&
      barChartOption({
        categories: [t('registeredPeople'), t('labourForce'), t('employedPeople'), t('unemployedPeople')],
        series: [
          {
            name: t('chartLabour'),
            data: [labour.people, labour.labourForce, labour.employed, labour.unemployed],
            color: CHART_COLORS[0],
          },
        ],
        axisFormat: (v) => formatCount(v),
        tooltipFormat: (v) => formatCount(v),
        horizontal: true,
      }),
    [labour, t],
  );
  if (!labour || labour.roundYear === null) {
    return (
      <Card size="small" title={t('labourNoRound')} data-testid="home-labour">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      </Card>
    );
  }
  return (
    <Card size="small" title={t('labourRound', { year: String(labour.roundYear) })} data-testid="home-labour">
      <Row gutter={[12, 12]}>
        <Col span={12}>
          <Statistic title={t('labourForce')} value={formatCount(labour.labourForce)} />
        </Col>
        <Col span={12}>
          <Statistic title={t('employedPeople')} value={formatCount(labour.employed)} />
        </Col>
        <Col span={12}>
          <Statistic
            title={t('unemploymentRate')}
            value={formatPercent(labour.unemploymentRate, 'unemploymentRate')}
            data-testid="home-unemployment-rate"
          />
        </Col>
        <Col span={12}>
          <Statistic title={t('trainedShare')} value={formatPercent(labour.trainedShare, 'labourShare')} />
        </Col>
      </Row>
      {option && <Chart option={option} height={170} testId="home-labour-chart" />}
    </Card>
  );
}

function RateChange({ change }: { change: number | null }) {
  const { t } = useI18n();
  if (change === null) return <Typography.Text type="secondary">{t('noPreviousYear')}</Typography.Text>;
  // A falling poverty rate is the good direction (NĐ 07/2021/NĐ-CP targets reductions).
  return (
    <Typography.Text type={change > 0 ? 'danger' : change < 0 ? 'success' : 'secondary'}>
      {formatPoints(change, 'povertyRate')} {t('sinceLastYear')}
    </Typography.Text>
  );
}

function PovertyCard({ poverty, national }: { poverty: Poverty | null; national: boolean }) {
  const { t } = useI18n();
  const option = useMemo(() => {
    if (!poverty) return null;
    const previous = (rate: number | null, change: number | null) =>
      rate === null || change === null ? null : Math.round((rate - change) * 100) / 100;
    return barChartOption({
      categories: [t('poorRate'), t('nearPoorRate')],
      series: [
        {
          name: t('yearLabel', { year: String(poverty.year - 1) }),
          data: [
            previous(poverty.poorRate, poverty.changePoorPp),
            previous(poverty.nearPoorRate, poverty.changeNearPoorPp),
          ],
          color: CHART_COLORS[6],
        },
        {
          name: t('yearLabel', { year: String(poverty.year) }),
          data: [poverty.poorRate, poverty.nearPoorRate],
          color: CHART_COLORS[1],
        },
      ],
      axisFormat: (v) => formatAxisPercent(v),
      tooltipFormat: (v) => formatPercent(v, 'povertyRate'),
    });
  }, [poverty, t]);
  if (!poverty) {
    return (
      <Card size="small" title={t('povertyNone')} data-testid="home-poverty">
        {national ? (
          <Typography.Paragraph type="secondary">{t('povertyNational')}</Typography.Paragraph>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        )}
      </Card>
    );
  }
  return (
    <Card size="small" title={t('povertyYear', { year: String(poverty.year) })} data-testid="home-poverty">
      <Row gutter={[12, 12]}>
        <Col span={8}>
          <Statistic title={t('reviewedHouseholds')} value={formatCount(poverty.households)} />
        </Col>
        <Col span={8}>
          <Statistic title={t('poorRate')} value={formatPercent(poverty.poorRate, 'povertyRate')} />
          <RateChange change={poverty.changePoorPp} />
        </Col>
        <Col span={8}>
          <Statistic title={t('nearPoorRate')} value={formatPercent(poverty.nearPoorRate, 'povertyRate')} />
          <RateChange change={poverty.changeNearPoorPp} />
        </Col>
      </Row>
      {option && <Chart option={option} height={170} testId="home-poverty-chart" />}
    </Card>
  );
}

function PendingCard({ pending }: { pending: HomeSummaryT['pending'] }) {
  const { t } = useI18n();
  const items: { key: string; label: string; count: number; to: string }[] = [];
  if (pending.imports) {
    items.push(
      {
        key: 'uploaded',
        label: t('pendingUploaded'),
        count: pending.imports.uploaded,
        to: '/registry/import?status=uploaded',
      },
      {
        key: 'interrupted',
        label: t('pendingInterrupted'),
        count: pending.imports.interrupted,
        to: '/registry/import?status=interrupted',
      },
    );
  }
  if (pending.unitReview !== null) {
    items.push({
      key: 'review',
      label: t('pendingReview'),
      count: pending.unitReview,
      to: '/registry?unitNeedsReview=true',
    });
  }
  if (pending.transfers !== null) {
    items.push({ key: 'transfers', label: t('pendingTransfers'), count: pending.transfers, to: '/registry/transfers' });
  }
  const waiting = items.filter((i) => i.count > 0);
  return (
    <Card size="small" title={t('pendingWork')} data-testid="home-pending">
      {waiting.length === 0 ? (
        <Typography.Text type="secondary">{t('nothingPending')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={waiting}
          renderItem={(i) => (
            <List.Item data-testid={`pending-${i.key}`}>
              <Link to={i.to}>{i.label}</Link>
              <Badge count={formatCount(i.count)} color={CHART_COLORS[2]} />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

/** Each user's starting point: their unit's key figures, the work waiting on them, and where they can go. */
export function HomePage() {
  const { t, lang, errorText } = useI18n();
  const user = useCurrentUser();
  const home = useHome();
  const demo = useDemoStatus();
  const links = QUICK_LINKS.filter((l) => can(user, l.capability));
  const unitName = home.data?.unit.name ?? user.unitName ?? t('nationalScope');
  return (
    <div>
      <Space direction="vertical" size={0} style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('navHome')} — {unitName}
        </Typography.Title>
        <Typography.Text type="secondary" data-testid="home-user">
          {t('homeGreeting', { name: user.fullName })} · {roleLabel(user.role, lang)}
        </Typography.Text>
      </Space>
      {demo.data?.demo && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="demo-banner" title={t('demoBanner')} />
      )}
      {home.isError ? (
        <Alert type="error" showIcon title={errorText(home.error)} />
      ) : home.isPending ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <Row gutter={[12, 12]}>
          {home.data.labour !== null && (
            <Col xs={24} xl={12}>
              <LabourCard labour={home.data.labour} />
            </Col>
          )}
          {can(user, 'household:read') && (
            <Col xs={24} xl={12}>
              <PovertyCard poverty={home.data.poverty} national={home.data.unit.level === 'national'} />
            </Col>
          )}
          <Col xs={24} xl={12}>
            <PendingCard pending={home.data.pending} />
          </Col>
          <Col xs={24} xl={12}>
            <Card size="small" title={t('quickLinks')} data-testid="home-links">
              <Space wrap>
                {links.map((l) => (
                  <Link key={l.path} to={l.path}>
                    <Button>{t(l.label)}</Button>
                  </Link>
                ))}
              </Space>
            </Card>
          </Col>
        </Row>
      )}
    </div>
  );
}
