import type { PovertyRatesT } from '@lmis/contracts';
import { Alert, Card, Col, Empty, Row, Select, Space, Statistic, Switch, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n.ts';
import { Chart } from '../../kit/chart/Chart.tsx';
import { barChartOption, CHART_COLORS } from '../../kit/chart/options.ts';
import { formatAxisPercent, formatCount, formatPercent, formatPoints } from '../../kit/format.ts';
import { UnitSelect } from '../../kit/units/UnitSelect.tsx';
import { useCurrentUser } from '../auth/index.ts';
import { usePovertyRates } from './api.ts';
import { recentYears } from './hooks.ts';

type Figures = Pick<PovertyRatesT, 'households' | 'poor' | 'nearPoor' | 'poorRate' | 'nearPoorRate'>;
type RateRow = Figures & {
  key: string;
  name: string;
  changePoorPp: number | null;
  changeNearPoorPp: number | null;
  total?: boolean;
};

/** Difference of two published (rounded) rates, as the server computes the unit's own change. */
const points = (current: number | null, previous: number | null) =>
  current === null || previous === null ? null : Math.round((current - previous) * 100) / 100 + 0;

/**
 * Poor and near-poor household rates of a province (each commune and the total) or of one commune for a review
 * year, with the change in percentage points against the previous year.
 */
export function PovertyRatesPage() {
  const { t, errorText } = useI18n();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = Number(params.get('year')) || thisYear;
  const unitCode = params.get('unit') ?? user.unitCode ?? undefined;
  const [hideEmpty, setHideEmpty] = useState(true);
  const set = (key: string, value: string | number | undefined) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === undefined || value === '') next.delete(key);
        else next.set(key, String(value));
        return next;
      },
      { replace: true },
    );

  // National users first choose a province: the rates are of a province or a commune.
  const ready = Boolean(unitCode);
  const rates = usePovertyRates({ unitCode, year }, ready);
  // The previous year's figures of each commune, for the change per commune.
  const previous = usePovertyRates({ unitCode, year: year - 1 }, ready);
  const r = rates.data;
  const previousByCommune = new Map((previous.data?.byCommune ?? []).map((c) => [c.communeCode, c]));

  const communeRows: RateRow[] = (r?.byCommune ?? []).map((c) => {
    const p = previousByCommune.get(c.communeCode);
    // Per commune the API gives no count of reviewed households: a commune without any poor or near-poor
    // household the year before is taken as not reviewed then, and its change is left blank.
    const recorded = r?.previousYear && p && p.poor + p.nearPoor > 0;
    return {
      key: c.communeCode,
      name: c.communeName,
      households: c.households,
      poor: c.poor,
      nearPoor: c.nearPoor,
      poorRate: c.poorRate,
      nearPoorRate: c.nearPoorRate,
      changePoorPp: recorded ? points(c.poorRate, p.poorRate) : null,
      changeNearPoorPp: recorded ? points(c.nearPoorRate, p.nearPoorRate) : null,
    };
  });
  const single = (unitCode ?? '').length === 5;
  const emptyCount = communeRows.filter((c) => c.households === 0).length;
  const shown = hideEmpty ? communeRows.filter((c) => c.households > 0) : communeRows;
  const totalRow: RateRow | null = r
    ? {
        key: 'total',
        name: single ? r.unitName : `${t('allTotal')} — ${r.unitName}`,
        households: r.households,
        poor: r.poor,
        nearPoor: r.nearPoor,
        poorRate: r.poorRate,
        nearPoorRate: r.nearPoorRate,
        changePoorPp: r.changePoorPp,
        changeNearPoorPp: r.changeNearPoorPp,
        total: true,
      }
    : null;
  const rows = single ? (totalRow ? [totalRow] : []) : [...shown, ...(totalRow ? [totalRow] : [])];

  // The rates of each commune shown (or, for one commune, of this year and the previous one), with the change.
  const chartRows: RateRow[] = single
    ? [
        ...(r?.previousYear
          ? [
              {
                ...r.previousYear,
                key: String(r.previousYear.year),
                name: String(r.previousYear.year),
                changePoorPp: null,
                changeNearPoorPp: null,
              },
            ]
          : []),
        ...(totalRow ? [{ ...totalRow, name: String(year) }] : []),
      ]
    : shown;
  const rateChart = barChartOption({
    categories: chartRows.map((c) => c.name),
    horizontal: !single,
    series: [
      { name: t('poorRate'), data: chartRows.map((c) => c.poorRate), color: CHART_COLORS[1] },
      { name: t('nearPoorRate'), data: chartRows.map((c) => c.nearPoorRate), color: CHART_COLORS[2] },
    ],
    axisFormat: (v) => formatAxisPercent(v),
    tooltipFormat: (v, series, index) => {
      const row = chartRows[index];
      const change = series === 0 ? row?.changePoorPp : row?.changeNearPoorPp;
      const rate = formatPercent(v, 'povertyRate');
      return change === null || change === undefined ? rate : `${rate} (${formatPoints(change, 'povertyRate')})`;
    },
  });

  const num = { align: 'right' as const, render: (v: number) => formatCount(v) };
  const change = (v: number | null) => (
    <Typography.Text type={v !== null && v > 0 ? 'danger' : v !== null && v < 0 ? 'success' : undefined}>
      {formatPoints(v, 'povertyRate')}
    </Typography.Text>
  );
  const columns: ColumnsType<RateRow> = [
    {
      title: t('commune'),
      dataIndex: 'name',
      render: (v: string, row) => (row.total ? <strong>{v}</strong> : v),
    },
    { title: t('householdsCount'), dataIndex: 'households', width: 90, ...num },
    { title: t('poorCount'), dataIndex: 'poor', width: 100, ...num },
    {
      title: t('poorRate'),
      dataIndex: 'poorRate',
      width: 110,
      align: 'right',
      render: (v: number | null, row) => (
        <span data-testid={`poor-rate-${row.key}`}>{formatPercent(v, 'povertyRate')}</span>
      ),
    },
    {
      title: t('changeSince', { year: year - 1 }),
      dataIndex: 'changePoorPp',
      width: 140,
      align: 'right',
      render: (v: number | null, row) => <span data-testid={`poor-change-${row.key}`}>{change(v)}</span>,
    },
    { title: t('nearPoorCount'), dataIndex: 'nearPoor', width: 120, ...num },
    {
      title: t('nearPoorRate'),
      dataIndex: 'nearPoorRate',
      width: 120,
      align: 'right',
      render: (v: number | null, row) => (
        <span data-testid={`near-poor-rate-${row.key}`}>{formatPercent(v, 'povertyRate')}</span>
      ),
    },
    {
      title: t('changeSince', { year: year - 1 }),
      dataIndex: 'changeNearPoorPp',
      width: 140,
      align: 'right',
      render: (v: number | null) => change(v),
    },
  ];

  const headline: { key: string; title: string; value: string; suffix?: string }[] = r
    ? [
        { key: 'households', title: t('householdsCount'), value: formatCount(r.households) },
        {
          key: 'poor',
          title: t('poorCount'),
          value: formatCount(r.poor),
          suffix: formatPercent(r.poorRate, 'povertyRate'),
        },
        {
          key: 'nearPoor',
          title: t('nearPoorCount'),
          value: formatCount(r.nearPoor),
          suffix: formatPercent(r.nearPoorRate, 'povertyRate'),
        },
        { key: 'escaped', title: t('escapedPovertyCount'), value: formatCount(r.escapedPoverty) },
        { key: 'newlyPoor', title: t('newlyPoorCount'), value: formatCount(r.newlyPoor) },
      ]
    : [];

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('ratesTitle')}
          {r ? ` — ${r.unitName}` : ''}
        </Typography.Title>
        <Space>
          <UnitSelect user={user} value={unitCode} onChange={(u) => set('unit', u)} />
          <Select<number>
            style={{ width: 160 }}
            value={year}
            options={recentYears().map((y) => ({ value: y, label: `${t('reviewYear')} ${y}` }))}
            onChange={(y) => set('year', y === thisYear ? undefined : y)}
            data-testid="rates-year"
          />
        </Space>
      </Space>
      {!ready ? (
        <Empty description={t('pickProvinceFirst')} />
      ) : rates.isError ? (
        <Alert type="error" showIcon title={errorText(rates.error)} />
      ) : (
        <>
          <Row gutter={12} style={{ marginBottom: 12 }}>
            {headline.map((h) => (
              <Col key={h.key} flex="1 1 0">
                <Card size="small" style={{ height: '100%' }} data-testid={`rates-${h.key}`}>
                  <Statistic
                    title={h.title}
                    value={h.value}
                    formatter={() => h.value}
                    suffix={h.suffix && <span style={{ fontSize: 14, color: '#8c8c8c' }}>({h.suffix})</span>}
                    styles={{ content: { fontSize: 22 } }}
                  />
                </Card>
              </Col>
            ))}
          </Row>
          {r && !r.previousYear && (
            <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('noPreviousYear', { year: year - 1 })} />
          )}
          {chartRows.length > 0 && (
            <Card
              size="small"
              title={single ? t('chartRatesByYear') : t('chartRatesByCommune')}
              style={{ marginBottom: 12 }}
            >
              <Chart
                option={rateChart}
                height={single ? 240 : Math.min(640, 70 + chartRows.length * 34)}
                testId="chart-rates"
              />
            </Card>
          )}
          <Card
            size="small"
            title={single ? r?.unitName : t('byCommune')}
            extra={
              !single && emptyCount > 0 ? (
                <Space size={6}>
                  <Typography.Text type="secondary">{t('emptyCommunes', { count: emptyCount })}</Typography.Text>
                  <Switch size="small" checked={hideEmpty} onChange={setHideEmpty} />
                  <Typography.Text>{t('hideEmptyCommunes')}</Typography.Text>
                </Space>
              ) : null
            }
            styles={{ body: { padding: 0 } }}
          >
            <Table<RateRow>
              size="small"
              rowKey="key"
              data-testid="rates-table"
              loading={rates.isFetching || previous.isFetching}
              pagination={false}
              dataSource={rows}
              columns={columns}
              onRow={(row) => (row.total ? { style: { fontWeight: 600, background: '#fafafa' } } : {})}
            />
          </Card>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('ratesNote')}
          </Typography.Paragraph>
        </>
      )}
    </div>
  );
}
