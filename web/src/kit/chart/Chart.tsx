import { Spin } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { lazy, Suspense } from 'react';

const EChartsView = lazy(() => import('./echarts-view.tsx'));

/** An ECharts chart, loaded on first use so ECharts stays out of the main bundle. Build options with options.ts. */
export function Chart(props: { option: EChartsCoreOption; height: number; testId?: string }) {
  return (
    <Suspense
      fallback={
        <div style={{ height: props.height, display: 'grid', placeItems: 'center' }}>
          <Spin />
        </div>
      }
    >
      <EChartsView option={props.option} height={props.height} testId={props.testId} />
    </Suspense>
  );
}
