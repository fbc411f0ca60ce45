import { Alert, Card, Col, Row, Select, Statistic, Typography } from 'antd';
import { useI18n } from '../../app/i18n.ts';
import { formatCount, formatPercent } from '../../kit/format.ts';
import { useWorkerStats } from './api.ts';

/** Round selector fed by the years that have data (the current year when none yet). */
export function RoundSelect(props: {
  rounds: number[] | undefined;
  value: number | undefined;
  onChange: (year: number) => void;
}) {
  const { t } = useI18n();
  const years = [...new Set([...(props.rounds ?? []), ...(props.value ? [props.value] : [])])].sort((a, b) => b - a);
  return (
    <Select<number>
      size="small"
      style={{ width: 190 }}
      value={props.value}
      placeholder={t('noRounds')}
      options={years.map((y) => ({ value: y, label: `${t('roundYear')} ${y}` }))}
      onChange={props.onChange}
      data-testid="round-select"
    />
  );
}

/** The headline figures of a unit in one collection round, above the register list. */
export function StatsStrip(props: {
  unitCode: string | undefined;
  roundYear: number | undefined;
  onRoundChange: (year: number) => void;
}) {
  const { t, errorText } = useI18n();
  const stats = useWorkerStats({ unitCode: props.unitCode, roundYear: props.roundYear });
  if (stats.isError) return <Alert type="error" showIcon title={errorText(stats.error)} style={{ marginBottom: 12 }} />;
  const m = stats.data?.totals;
  const items: { key: string; title: string; value: string; suffix?: string }[] = [
    { key: 'lf', title: t('labourForce'), value: formatCount(m?.labourForce) },
    { key: 'emp', title: t('employed'), value: formatCount(m?.employed) },
    {
      key: 'unemp',
      title: t('unemployed'),
      value: formatCount(m?.unemployed),
      suffix: m ? `(${formatPercent(m.unemploymentRate, 'unemploymentRate')})` : undefined,
    },
    { key: 'trained', title: t('trainedShare'), value: formatPercent(m?.trainedShare, 'labourShare') },
    {
      key: 'cert',
      title: t('certified'),
      value: formatCount(m?.certified),
      suffix: m ? `(${formatPercent(m.certifiedShare, 'labourShare')})` : undefined,
    },
  ];
  return (
    <Card size="small" style={{ marginBottom: 12 }} loading={stats.isPending} data-testid="worker-stats">
      <Row gutter={16} align="middle" wrap={false}>
        {items.map((i) => (
          <Col key={i.key} flex="1 1 0">
            <Statistic
              title={i.title}
              value={i.value}
              formatter={() => i.value}
              suffix={i.suffix && <span style={{ fontSize: 14, color: '#8c8c8c' }}>{i.suffix}</span>}
              styles={{ content: { fontSize: 20 } }}
            />
          </Col>
        ))}
        <Col flex="none" style={{ textAlign: 'right' }}>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginBottom: 4 }}>
            {stats.data?.unitName ?? t('nationalScope')}
          </Typography.Text>
          <RoundSelect
            rounds={stats.data?.rounds}
            value={props.roundYear ?? stats.data?.roundYear ?? undefined}
            onChange={props.onRoundChange}
          />
        </Col>
      </Row>
    </Card>
  );
}
