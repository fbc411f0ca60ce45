import { afterEach, describe, expect, it } from 'vitest';
import { formatAxisPercent, formatCount, formatPercent, setFormatLang } from '../format.ts';
import { barChartOption } from './options.ts';

type Axis = { type: string; data?: string[]; axisLabel: { formatter?: (v: number) => string } };
type Tooltip = { formatter: (p: unknown[]) => string };

afterEach(() => setFormatLang('vi'));

describe('barChartOption', () => {
  const spec = {
    categories: ['Xã A <b>', 'Xã B'],
    series: [{ name: 'Tỷ lệ hộ nghèo', data: [3.5, 12.25] }],
    axisFormat: formatAxisPercent,
    tooltipFormat: (v: number | null) => formatPercent(v, 'povertyRate'),
    horizontal: true,
  };

  it('writes the value axis with the formatter of the language', () => {
    const option = barChartOption(spec) as { xAxis: Axis; yAxis: Axis };
    expect(option.yAxis.type).toBe('category');
    expect(option.xAxis.axisLabel.formatter?.(2.5)).toBe('2,5%');
    setFormatLang('en');
    expect(option.xAxis.axisLabel.formatter?.(2.5)).toBe('2.5%');
  });

  it('writes the tooltip with the fixed decimals of the measure and escapes names', () => {
    const option = barChartOption(spec) as { tooltip: Tooltip };
    const html = option.tooltip.formatter([
      {
        seriesIndex: 0,
        dataIndex: 0,
        seriesName: 'Tỷ lệ hộ nghèo',
        marker: '•',
        value: 3.5,
        axisValueLabel: 'Xã A <b>',
      },
    ]);
    expect(html).toContain('<b>Xã A &lt;b&gt;</b>');
    expect(html).toContain('Tỷ lệ hộ nghèo: <b>3,50%</b>');
  });

  it('stacks series that share a stack name', () => {
    const option = barChartOption({
      categories: ['15–24'],
      series: [
        { name: 'Có việc làm', data: [1200], stack: 's' },
        { name: 'Thất nghiệp', data: [30], stack: 's' },
      ],
      axisFormat: formatCount,
      tooltipFormat: (v) => formatCount(v),
    }) as { series: { stack?: string; type: string }[]; xAxis: Axis };
    expect(option.series.map((s) => s.stack)).toEqual(['s', 's']);
    expect(option.xAxis.data).toEqual(['15–24']);
  });
});
