import { DemoStatusResponse, HealthResponse } from '@lmis/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Descriptions, Row, Skeleton, Statistic, Tag, Typography } from 'antd';
import { useI18n } from '../../app/i18n.ts';
import { endpoint } from '../../kit/client.ts';
import { formatCount, PRE_REFORM_DATE, todayIso } from '../../kit/format.ts';
import { fetchUnits } from '../../kit/units/api.ts';
import { roleLabel, useCurrentUser } from '../auth/index.ts';

const getHealth = endpoint({ method: 'GET', path: '/api/health', response: HealthResponse });
const getDemoStatus = endpoint({ method: 'GET', path: '/api/demo', response: DemoStatusResponse });

/** How many units of a level are valid on a date (counted from the list the API returns). */
function useUnitCount(asOf: string, level: 'province' | 'district' | 'commune', parent?: string | null) {
  return useQuery({
    queryKey: ['geo', 'count', asOf, level, parent ?? null],
    queryFn: async () => (await fetchUnits({ asOf, level, parent: parent ?? undefined, limit: 5000 })).length,
    enabled: parent !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Who is signed in, the state of the system and how many units the reference data holds. */
export function HomePage() {
  const { t, lang, errorText } = useI18n();
  const user = useCurrentUser();
  const health = useQuery({ queryKey: ['health'], queryFn: () => getHealth() });
  const demo = useQuery({ queryKey: ['demo'], queryFn: () => getDemoStatus() });
  const today = todayIso();
  const counts = [
    { label: t('currentProvinces'), query: useUnitCount(today, 'province') },
    { label: t('currentCommunes'), query: useUnitCount(today, 'commune') },
    { label: t('oldProvinces'), query: useUnitCount(PRE_REFORM_DATE, 'province') },
    { label: t('oldDistricts'), query: useUnitCount(PRE_REFORM_DATE, 'district') },
  ];
  // A province officer also sees how many communes their province has today.
  const provinceUnit = user.unitCode?.length === 2 ? user.unitCode : null;
  const myCommunes = useUnitCount(today, 'commune', provinceUnit);

  const fmt = (n: number | undefined) => (n === undefined ? '—' : formatCount(n));
  return (
    <div>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('navHome')}
      </Typography.Title>
      {demo.data?.demo && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} data-testid="demo-banner" title={t('demoBanner')} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('whoAmI')} size="small" data-testid="home-user">
            <Descriptions column={1} size="small" styles={{ label: { width: 150 } }}>
              <Descriptions.Item label={t('fullName')}>
                <Typography.Text strong>{user.fullName}</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('username')}>{user.username}</Descriptions.Item>
              <Descriptions.Item label={t('role')}>{roleLabel(user.role, lang)}</Descriptions.Item>
              <Descriptions.Item label={t('unit')}>{user.unitName ?? t('nationalScope')}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('systemStatus')} size="small" data-testid="home-health">
            {health.isPending ? (
              <Skeleton active paragraph={{ rows: 2 }} />
            ) : health.isError ? (
              <Alert type="error" showIcon title={errorText(health.error)} />
            ) : (
              <Descriptions column={1} size="small" styles={{ label: { width: 150 } }}>
                <Descriptions.Item label={t('status')}>
                  <Tag color={health.data.status === 'ok' ? 'green' : 'red'}>
                    {health.data.status === 'ok' ? t('healthOk') : `${t('healthDegraded')} (${health.data.status})`}
                  </Tag>
                </Descriptions.Item>
                <Descriptions.Item label={t('database')}>
                  {health.data.database.kind === 'embedded' ? t('dbEmbedded') : t('dbPostgres')}
                  {health.data.database.version ? ` ${health.data.database.version}` : ''}
                </Descriptions.Item>
                <Descriptions.Item label={t('migrations')}>
                  {formatCount(health.data.migrations.applied)}
                  {health.data.migrations.latest ? ` — ${health.data.migrations.latest}` : ''}
                </Descriptions.Item>
              </Descriptions>
            )}
          </Card>
        </Col>
        <Col span={24}>
          <Card title={t('unitCounts')} size="small">
            <Row gutter={16}>
              {counts.map(({ label, query }) => (
                <Col span={6} key={label}>
                  {query.isError ? (
                    <Alert type="error" showIcon title={errorText(query.error)} />
                  ) : (
                    <Statistic title={label} value={fmt(query.data)} loading={query.isPending} />
                  )}
                </Col>
              ))}
            </Row>
            {provinceUnit && myCommunes.data !== undefined && (
              <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
                {t('myUnitChildren')} ({user.unitName}): <b>{fmt(myCommunes.data)}</b>
              </Typography.Paragraph>
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
