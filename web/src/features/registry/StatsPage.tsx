import { AGE_BANDS, type WorkerMeasuresT } from '@lmis/contracts';
import { Alert, Card, Col, Row, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useI18n } from '../../app/i18n.ts';
import { sexLabel } from '../../kit/catalogues.tsx';
import { Chart } from '../../kit/chart/Chart.tsx';
import { barChartOption, CHART_COLORS } from '../../kit/chart/options.ts';
import { formatCount, formatPercent, type PercentMeasure } from '../../kit/format.ts';
import { UnitSelect } from '../../kit/units/UnitSelect.tsx';
import { useCurrentUser } from '../auth/index.ts';
import { useWorkerStats } from './api.ts';
import { RoundSelect } from './StatsStrip.tsx';

type StatRow = WorkerMeasuresT & { rowKey: string; group: string };

/** Labour supply of a unit in one round: totals, then by sex, age group and (for provinces) commune. */
export function StatsPage() {
  const { t, lang, errorText } = useI18n();
  const user = useCurrentUser();
  const [unitCode, setUnitCode] = useState<string | undefined>(user.unitCode ?? undefined);
  const [roundYear, setRoundYear] = useState<number | undefined>();
  const stats = useWorkerStats({ unitCode, roundYear });
  const s = stats.data;
  // Employed, unemployed and outside the labour force in each age group, stacked: the shape of the labour supply.
  const ageChart = useMemo(() => {
    const bands = s?.byAgeBand ?? [];
    return barChartOption({
      categories: bands.map((b) => AGE_BANDS[b.key as keyof typeof AGE_BANDS] ?? String(b.key)),
      series: [
        { name: t('employed'), data: bands.map((b) => b.employed), stack: 'status', color: CHART_COLORS[0] },
        { name: t('unemployed'), data: bands.map((b) => b.unemployed), stack: 'status', color: CHART_COLORS[2] },
        { name: t('inactive'), data: bands.map((b) => b.inactive), stack: 'status', color: CHART_COLORS[6] },
      ],
      axisFormat: (v) => formatCount(v),
      tooltipFormat: (v) => formatCount(v),
    });
  }, [s, t]);

  const num = (key: keyof WorkerMeasuresT) => ({
    dataIndex: key,
    align: 'right' as const,
    render: (v: number) => formatCount(v),
  });
  const pct = (key: keyof WorkerMeasuresT, measure: PercentMeasure) => ({
    dataIndex: key,
    align: 'right' as const,
    render: (v: number | null) => formatPercent(v, measure),
  });
  const columns = (groupTitle: string): ColumnsType<StatRow> => [
    { title: groupTitle, dataIndex: 'group', width: 150 },
    { title: t('workersTotal'), ...num('total') },
    { title: t('labourForce'), ...num('labourForce') },
    { title: t('employed'), ...num('employed') },
    { title: t('unemployed'), ...num('unemployed') },
    { title: t('unemploymentRate'), ...pct('unemploymentRate', 'unemploymentRate') },
    { title: t('inactive'), ...num('inactive') },
    { title: t('trained'), ...num('trained') },
    { title: t('trainedShare'), ...pct('trainedShare', 'labourShare') },
    { title: t('certified'), ...num('certified') },
    { title: t('certifiedShare'), ...pct('certifiedShare', 'labourShare') },
  ];
  const withTotal = (rows: StatRow[]): StatRow[] =>
    s && rows.length > 0 ? [...rows, { ...s.totals, rowKey: 'total', group: t('allTotal') }] : rows;
  const table = (title: string, groupTitle: string, rows: StatRow[], testId: string) => (
    <Card size="small" title={title} style={{ marginBottom: 12 }} styles={{ body: { padding: 0 } }}>
      <Table<StatRow>
        size="small"
        rowKey="rowKey"
        data-testid={testId}
        loading={stats.isFetching}
        pagination={false}
        dataSource={withTotal(rows)}
        columns={columns(groupTitle)}
        onRow={(r) => (r.rowKey === 'total' ? { style: { fontWeight: 600, background: '#fafafa' } } : {})}
      />
    </Card>
  );

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('statsTitle')}
          {s?.unitName ? ` — ${s.unitName}` : ''}
        </Typography.Title>
        <Space>
          <UnitSelect user={user} value={unitCode} onChange={setUnitCode} />
          <RoundSelect rounds={s?.rounds} value={roundYear ?? s?.roundYear ?? undefined} onChange={setRoundYear} />
        </Space>
      </Space>
      {stats.isError ? (
        <Alert type="error" showIcon title={errorText(stats.error)} />
      ) : (
        <>
          <Row gutter={12} style={{ marginBottom: 12 }}>
            {(
              [
                ['workersTotal', formatCount(s?.totals.total)],
                ['labourForce', formatCount(s?.totals.labourForce)],
                ['employed', formatCount(s?.totals.employed)],
                ['unemploymentRate', formatPercent(s?.totals.unemploymentRate, 'unemploymentRate')],
                ['trainedShare', formatPercent(s?.totals.trainedShare, 'labourShare')],
                ['certifiedShare', formatPercent(s?.totals.certifiedShare, 'labourShare')],
              ] as const
            ).map(([label, value]) => (
              <Col key={label} flex="1 1 0">
                <Card size="small" loading={stats.isPending} style={{ height: '100%' }}>
                  <Typography.Text type="secondary">{t(label)}</Typography.Text>
                  <div style={{ fontSize: 22, fontWeight: 600 }} data-testid={`stat-${label}`}>
                    {value}
                  </div>
                </Card>
              </Col>
            ))}
          </Row>
          {(s?.byAgeBand.length ?? 0) > 0 && (
            <Card size="small" title={t('chartStatusByAge')} style={{ marginBottom: 12 }}>
              <Chart option={ageChart} height={260} testId="chart-status-by-age" />
            </Card>
          )}
          {table(
            t('bySex'),
            t('sex'),
            (s?.bySex ?? []).map((r) => ({ ...r, rowKey: r.key, group: sexLabel(r.key, lang) })),
            'stats-by-sex',
          )}
          {table(
            t('byAgeBand'),
            t('ageBand'),
            (s?.byAgeBand ?? []).map((r) => ({
              ...r,
              rowKey: String(r.key),
              group: AGE_BANDS[r.key as keyof typeof AGE_BANDS] ?? String(r.key),
            })),
            'stats-by-age',
          )}
          {(s?.byCommune.length ?? 0) > 1 || (unitCode ?? '').length !== 5
            ? table(
                t('byCommune'),
                t('commune'),
                (s?.byCommune ?? []).map((r) => ({ ...r, rowKey: r.key, group: r.name })),
                'stats-by-commune',
              )
            : null}
        </>
      )}
    </div>
  );
}
