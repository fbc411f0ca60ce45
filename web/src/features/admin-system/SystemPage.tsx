import { HealthResponse, SystemInfo } from '@lmis/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Descriptions, Row, Skeleton, Statistic, Tag, Typography } from 'antd';
import { useI18n } from '../../app/i18n.ts';
import { endpoint } from '../../kit/client.ts';
import { formatCount, PRE_REFORM_DATE, todayIso } from '../../kit/format.ts';
import { fetchUnits } from '../../kit/units/api.ts';

const getHealth = endpoint({ method: 'GET', path: '/api/health', response: HealthResponse });
const getSystem = endpoint({ method: 'GET', path: '/api/system', response: SystemInfo });

/** How many units of a level are valid on a date (counted from the list the API returns). */
function useUnitCount(asOf: string, level: 'province' | 'district' | 'commune') {
  return useQuery({
    queryKey: ['geo', 'count', asOf, level],
    queryFn: async () => (await fetchUnits({ asOf, level, limit: 5000 })).length,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** "0012_api-tokens" → "12". */
function migrationNumber(name: string | null): string {
  const n = name ? /^(\d+)_/.exec(name)?.[1] : undefined;
  return n ? String(Number(n)) : '—';
}

/** System facts for administrators: the database's state, engine and schema level, and the reference units held. */
export function SystemPage() {
  const { t, errorText } = useI18n();
  const health = useQuery({ queryKey: ['health'], queryFn: () => getHealth() });
  const system = useQuery({ queryKey: ['system'], queryFn: () => getSystem() });
  const today = todayIso();
  const counts = [
    { label: t('currentProvinces'), query: useUnitCount(today, 'province') },
    { label: t('currentCommunes'), query: useUnitCount(today, 'commune') },
    { label: t('oldProvinces'), query: useUnitCount(PRE_REFORM_DATE, 'province') },
    { label: t('oldDistricts'), query: useUnitCount(PRE_REFORM_DATE, 'district') },
  ];
  const status = health.data?.status;
  return (
    <div>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('systemTitle')}
      </Typography.Title>
      <Row gutter={[12, 12]}>
        <Col span={24}>
          <Card title={t('systemStatus')} size="small" data-testid="system-facts">
            {health.isError || system.isError ? (
              <Alert type="error" showIcon title={errorText(health.error ?? system.error)} />
            ) : !health.data || !system.data ? (
              <Skeleton active paragraph={{ rows: 2 }} />
            ) : (
              <Descriptions column={1} size="small" styles={{ label: { width: 180 } }}>
                <Descriptions.Item label={t('status')}>
                  <Tag color={status === 'ok' ? 'green' : status === 'degraded' ? 'orange' : 'red'}>
                    {status === 'ok'
                      ? t('healthOk')
                      : status === 'degraded'
                        ? t('healthDegraded')
                        : t('healthUnavailable')}
                  </Tag>
                </Descriptions.Item>
                <Descriptions.Item label={t('database')}>
                  {system.data.database.kind === 'embedded' ? t('dbEmbedded') : t('dbPostgres')} ·{' '}
                  {t('dbVersion', { version: system.data.database.version })}
                </Descriptions.Item>
                <Descriptions.Item label={t('migrations')}>
                  {/* The file name of a migration is a developer's slug: its number is shown, its name on hover. */}
                  <span title={system.data.migrations.latest ?? undefined}>
                    {t('migrationsApplied', {
                      count: formatCount(system.data.migrations.applied),
                      latest: migrationNumber(system.data.migrations.latest),
                    })}
                  </span>
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
                    <Statistic
                      title={label}
                      value={query.data === undefined ? '—' : formatCount(query.data)}
                      loading={query.isPending}
                    />
                  )}
                </Col>
              ))}
            </Row>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
