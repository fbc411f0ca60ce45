import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import type { CountKind } from '@lmis/contracts';
import { Button, Select, Space, Typography } from 'antd';
import { useI18n } from '../app/i18n.ts';
import { formatDateTime, formatNumber } from './format.ts';

export interface CursorPage {
  total: number;
  totalKind: CountKind;
  totalAsOf: string | null;
  nextCursor: string | null;
  prevCursor: string | null;
}

/** An estimate shown to three significant digits ("khoảng 208.000"): more would claim a precision it lacks. */
const rounded = (n: number) => {
  const step = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(n, 1))) - 2);
  return Math.round(n / step) * step;
};

/** The total as the server counted it: exact, a recent exact count with its time, or an estimate. */
export function totalText(t: (key: 'totalRows' | 'totalAbout' | 'totalAsOf') => string, data: CursorPage): string {
  if (data.totalKind === 'estimated')
    return `${t('totalRows')}: ${t('totalAbout')} ${formatNumber(rounded(data.total))}`;
  if (data.totalKind === 'cached' && data.totalAsOf) {
    return `${t('totalRows')}: ${formatNumber(data.total)} (${t('totalAsOf')} ${formatDateTime(data.totalAsOf)})`;
  }
  return `${t('totalRows')}: ${formatNumber(data.total)}`;
}

/**
 * Previous / next page by the server's cursors (any depth costs the same), the page number and the total.
 * `onMove` receives the cursor to load (undefined: the first page) and the page number it shows.
 */
export function CursorPager(props: {
  data: CursorPage | undefined;
  page: number;
  pageSize: number;
  pageSizes: number[];
  onMove: (cursor: string | undefined, page: number) => void;
  onPageSize: (size: number) => void;
}) {
  const { t } = useI18n();
  const { data, page } = props;
  return (
    <Space style={{ marginTop: 12, width: '100%', justifyContent: 'flex-end' }} wrap>
      {data && <Typography.Text>{totalText(t, data)}</Typography.Text>}
      <Button
        icon={<LeftOutlined />}
        disabled={!data?.prevCursor}
        onClick={() => props.onMove(page <= 2 ? undefined : (data?.prevCursor ?? undefined), Math.max(1, page - 1))}
      >
        {t('prevPage')}
      </Button>
      <Typography.Text>{`${t('pageN')} ${formatNumber(page)}`}</Typography.Text>
      <Button disabled={!data?.nextCursor} onClick={() => props.onMove(data?.nextCursor ?? undefined, page + 1)}>
        {t('nextPage')} <RightOutlined />
      </Button>
      <Select
        value={props.pageSize}
        style={{ width: 120 }}
        onChange={props.onPageSize}
        options={props.pageSizes.map((s) => ({ value: s, label: `${s} / ${t('pageN').toLowerCase()}` }))}
      />
    </Space>
  );
}
