import type { DossierSlaQueryT } from '@lmis/contracts';
import { Alert, Card, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n.ts';
import { Chart } from '../../kit/chart/Chart.tsx';
import { barChartOption, CHART_COLORS } from '../../kit/chart/options.ts';
import { DateRangeInput } from '../../kit/form/DateInput.tsx';
import { formatCount, formatNumber, todayIso } from '../../kit/format.ts';
import { UnitName } from '../../kit/units/UnitName.tsx';
import { UnitSelect } from '../../kit/units/UnitSelect.tsx';
import { useCurrentUser } from '../auth/index.ts';
import { useSla } from './api.ts';
import { useLabel } from './parts.tsx';

type SlaRow = {
  provinceCode: string;
  communeCode: string | null;
  typeCode: string;
  stepCode: string;
  stepName: { vi: string; en: string };
  received: number;
  completed: number;
  onTime: number;
  late: number;
  open: number;
  averageDays: number | null;
};

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The default period: the year to date. */
function defaultPeriod(today: string) {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/**
 * The time-limit summary of a period per unit and step: steps received, completed on time and late, still open, and
 * the average days used, with a bar chart of on time against late.
 */
export function SlaPage() {
  const { t } = useI18n();
  const label = useLabel();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const today = todayIso();
  const fallback = defaultPeriod(today);
  const from = ISO.test(params.get('from') ?? '') ? (params.get('from') as string) : fallback.from;
  const to = ISO.test(params.get('to') ?? '') ? (params.get('to') as string) : fallback.to;
  const unitCode = params.get('unit') ?? undefined;
  const query: DossierSlaQueryT = { from, to, ...(unitCode ? { unitCode } : {}) };
  const sla = useSla(query);
  const { errorText } = useI18n();
  const rows = (sla.data?.items ?? []) as SlaRow[];
  const set = (changes: Record<string, string | undefined>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true },
    );

  const option = useMemo(() => {
    const base = barChartOption({
      categories: rows.map((r) => label(r.stepName)),
      series: [
        { name: t('slaOnTime'), data: rows.map((r) => r.onTime), color: CHART_COLORS[3], stack: 'done' },
        { name: t('slaLate'), data: rows.map((r) => r.late), color: CHART_COLORS[1], stack: 'done' },
        { name: t('slaOpen'), data: rows.map((r) => r.open), color: CHART_COLORS[6], stack: 'done' },
      ],
      axisFormat: (v) => formatCount(v),
      tooltipFormat: (v) => formatCount(v),
      horizontal: true,
    }) as { xAxis: object };
    // Counts of steps: whole ticks only.
    return { ...base, xAxis: { ...base.xAxis, minInterval: 1 } };
  }, [rows, t, label]);

  return (
    <div>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('slaTitle')}
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Typography.Text>{t('slaPeriod')}</Typography.Text>
          <DateRangeInput
            allowClear={false}
            value={[dayjs(from), dayjs(to)]}
            onChange={(range) => {
              const [a, b] = (range ?? []) as (Dayjs | null)[];
              if (a && b) set({ from: a.format('YYYY-MM-DD'), to: b.format('YYYY-MM-DD') });
            }}
          />
          <UnitSelect user={user} value={unitCode} onChange={(u) => set({ unit: u })} />
        </Space>
      </Card>
      {sla.isError ? (
        <Alert type="error" showIcon title={errorText(sla.error)} />
      ) : (
        <>
          {rows.length > 0 && (
            <Card size="small" style={{ marginBottom: 12 }}>
              <Chart option={option} height={Math.max(160, 40 + rows.length * 34)} testId="sla-chart" />
            </Card>
          )}
          <Card size="small" styles={{ body: { padding: 0 } }}>
            <Table<SlaRow>
              size="small"
              rowKey={(r) => `${r.communeCode ?? r.provinceCode}:${r.typeCode}:${r.stepCode}`}
              loading={sla.isFetching}
              dataSource={rows}
              pagination={false}
              locale={{ emptyText: t('dossierNone') }}
              onRow={() => ({ 'data-testid': 'sla-row' }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                {
                  title: t('dossierUnit'),
                  key: 'unit',
                  width: 180,
                  render: (_, r) => <UnitName code={r.communeCode ?? r.provinceCode} />,
                },
                { title: t('dossierFilterStep'), key: 'step', render: (_, r) => label(r.stepName) },
                ...(['received', 'completed', 'onTime', 'late', 'open'] as const).map((k) => ({
                  title: t(
                    (
                      {
                        received: 'slaReceived',
                        completed: 'slaCompleted',
                        onTime: 'slaOnTime',
                        late: 'slaLate',
                        open: 'slaOpen',
                      } as const
                    )[k],
                  ),
                  dataIndex: k,
                  width: 100,
                  align: 'right' as const,
                  render: (v: number) => formatCount(v),
                })),
                {
                  title: t('slaAverage'),
                  dataIndex: 'averageDays',
                  width: 130,
                  align: 'right' as const,
                  render: (v: number | null) => formatNumber(v),
                },
              ]}
            />
          </Card>
        </>
      )}
    </div>
  );
}
