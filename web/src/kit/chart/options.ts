import type { EChartsCoreOption } from 'echarts/core';

/**
 * Chart options built from plain data, themed like the Ant Design theme of the app (primary blue, the same font),
 * with every number written by the kit's formatter (Vietnamese digits in Vietnamese).
 */
export const CHART_COLORS = ['#0b5cad', '#f5222d', '#fa8c16', '#52c41a', '#722ed1', '#13c2c2', '#8c8c8c'];
export const CHART_FONT = '-apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

export interface BarSeries {
  name: string;
  data: (number | null)[];
  color?: string;
  /** Series with the same stack name are stacked. */
  stack?: string;
}

export interface BarChartSpec {
  categories: string[];
  series: BarSeries[];
  /** Writes a value on the axis. */
  axisFormat: (value: number) => string;
  /** Writes a value in the tooltip; `index` is the category's. */
  tooltipFormat: (value: number | null, seriesIndex: number, index: number) => string;
  /** Bars along the horizontal axis, categories listed downwards (long names such as communes). */
  horizontal?: boolean;
}

interface TooltipParam {
  seriesIndex: number;
  dataIndex: number;
  seriesName: string;
  marker: string;
  value: number | null;
  axisValueLabel: string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function barChartOption(spec: BarChartSpec): EChartsCoreOption {
  const valueAxis = {
    type: 'value',
    axisLabel: { formatter: (v: number) => spec.axisFormat(v) },
    splitLine: { lineStyle: { color: '#f0f0f0' } },
  };
  const categoryAxis = {
    type: 'category',
    data: spec.categories,
    inverse: spec.horizontal === true,
    axisTick: { show: false },
    axisLabel: { width: 150, overflow: 'truncate' },
  };
  return {
    color: CHART_COLORS,
    textStyle: { fontFamily: CHART_FONT },
    animationDuration: 300,
    legend: { top: 0, itemWidth: 14, itemHeight: 10 },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: TooltipParam[]) => {
        const first = params[0];
        if (!first) return '';
        const lines = params.map(
          (p) =>
            `${p.marker}${escapeHtml(p.seriesName)}: <b>${escapeHtml(spec.tooltipFormat(p.value, p.seriesIndex, p.dataIndex))}</b>`,
        );
        return [`<b>${escapeHtml(first.axisValueLabel)}</b>`, ...lines].join('<br/>');
      },
    },
    xAxis: spec.horizontal ? valueAxis : categoryAxis,
    yAxis: spec.horizontal ? categoryAxis : valueAxis,
    series: spec.series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.data,
      stack: s.stack,
      barMaxWidth: 28,
      itemStyle: s.color ? { color: s.color } : undefined,
      emphasis: { focus: 'series' },
    })),
  };
}
