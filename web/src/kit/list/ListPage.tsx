import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { type HTMLAttributes, type ReactNode, useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { Static, TObject } from 'typebox';
import { formatCount } from '../format.ts';
import { useI18n } from '../i18n.ts';
import { useDebounced } from '../use-debounced.ts';
import { cursorMove, type PagedAnswerT, pagesByCursor, totalText } from './paging.ts';
import { applyUrlChanges, readPaging, readUrlFilters, type UrlChanges, type UrlKeys } from './url-filters.ts';

export const PAGE_SIZES = [20, 50, 100] as const;

export interface UrlList<F> {
  filters: F;
  page: number;
  pageSize: number;
  /** The cursor of the page shown, when the server pages by cursor (absent on the first page). */
  cursor?: string;
  params: URLSearchParams;
  /** Changes keys of the address (filter keys by their schema name); back to page 1 unless `keepPage`. */
  update: (changes: UrlChanges, keepPage?: boolean) => void;
  clear: () => void;
}

/**
 * A list whose filters and page live in the address (so the back button returns to the same list), read by the
 * contract's query schema.
 */
export function useUrlList<S extends TObject>(
  schema: S,
  urlKeys: UrlKeys<S> = {},
): UrlList<Partial<Omit<Static<S>, 'page' | 'pageSize'>>> {
  const [params, setParams] = useSearchParams();
  const { page, pageSize, cursor } = readPaging(params, PAGE_SIZES);
  const keys = urlKeys as Record<string, string>;
  return {
    filters: readUrlFilters(schema, params, urlKeys),
    page,
    pageSize,
    ...(cursor ? { cursor } : {}),
    params,
    update: (changes, keepPage = false) =>
      setParams((prev) => applyUrlChanges(prev, changes, { urlKeys: keys, keepPage }), { replace: true }),
    clear: () => setParams(new URLSearchParams(), { replace: true }),
  };
}

/** The name search of a list: typed text goes to the address (key `q`) once the typing pauses. */
export function ListSearch(props: {
  list: UrlList<{ q?: string }>;
  placeholder: string;
  width: number;
  testId: string;
}) {
  const { list } = props;
  const current = list.filters.q ?? '';
  const [text, setText] = useState(current);
  const q = useDebounced(text.trim(), 300);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text writes the address
  useEffect(() => {
    if (current !== q) list.update({ q });
  }, [q]);
  // "Clear filters" empties the address: the box follows.
  useEffect(() => {
    if (current === '') setText('');
  }, [current]);
  return (
    <Input.Search
      allowClear
      data-testid={props.testId}
      placeholder={props.placeholder}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onSearch={(v) => list.update({ q: v.trim() })}
      style={{ width: props.width }}
    />
  );
}

/** A list page: title and actions, optional content above the filters, the filter bar, then the table. */
export function ListPage(props: {
  title: ReactNode;
  actions?: ReactNode;
  above?: ReactNode;
  filters: ReactNode;
  /** Shows "clear filters" when some filter is set. */
  anyFilter: boolean;
  onClear: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {props.title}
        </Typography.Title>
        {props.actions && <Space wrap>{props.actions}</Space>}
      </Space>
      {props.above}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap size={[8, 8]}>
          {props.filters}
          {props.anyFilter && (
            <Button type="link" onClick={props.onClear}>
              {t('clear')}
            </Button>
          )}
        </Space>
      </Card>
      {props.children}
    </div>
  );
}

/**
 * One page of a list answer in a table: row number, row links, page size choice and the total. An answer with
 * `nextCursor` pages by cursor (previous / next, the page number, the total as counted: "khoảng 208.000" for an
 * estimate); one without pages by number.
 */
export function PagedTable<T extends object>(props: {
  list: UrlList<unknown>;
  result: { data?: PagedAnswerT<T>; isFetching: boolean; isError: boolean; error: unknown };
  rowKey: keyof T & string;
  rowTestId: string;
  rowHref: (row: T) => string;
  columns: ColumnsType<T>;
  emptyText?: string;
}) {
  const { t, errorText } = useI18n();
  const navigate = useNavigate();
  const { list, result } = props;
  const { page, pageSize } = list;
  if (result.isError) {
    return (
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Alert type="error" showIcon title={errorText(result.error)} />
      </Card>
    );
  }
  const seq: ColumnsType<T>[number] = {
    title: t('seq'),
    key: 'seq',
    width: 60,
    align: 'right',
    render: (_, __, i) => formatCount((page - 1) * pageSize + i + 1),
  };
  const byCursor = pagesByCursor(result.data);
  const sizeValue = (size: number) => (size === PAGE_SIZES[0] ? undefined : size);
  return (
    <Card size="small" styles={{ body: { padding: 0 } }}>
      <Table<T>
        size="small"
        rowKey={props.rowKey}
        loading={result.isFetching}
        dataSource={result.data?.items}
        onRow={(r) =>
          ({
            'data-testid': props.rowTestId,
            style: { cursor: 'pointer' },
            onClick: () => navigate(props.rowHref(r)),
          }) as HTMLAttributes<HTMLElement>
        }
        pagination={
          byCursor
            ? false
            : {
                current: page,
                pageSize,
                total: result.data?.total ?? 0,
                pageSizeOptions: [...PAGE_SIZES],
                showSizeChanger: true,
                onChange: (p, size) => list.update({ page: p === 1 ? undefined : p, pageSize: sizeValue(size) }, true),
                showTotal: () => (result.data ? totalText(t, result.data) : ''),
              }
        }
        columns={[seq, ...props.columns]}
        locale={props.emptyText ? { emptyText: props.emptyText } : undefined}
      />
      {byCursor && result.data && (
        <CursorPager
          answer={result.data}
          page={page}
          pageSize={pageSize}
          onMove={(changes) => list.update(changes, true)}
          onPageSize={(size) => list.update({ pageSize: sizeValue(size) })}
        />
      )}
    </Card>
  );
}

/** Previous / next by the server's cursors (any depth costs the same), the page number and the total. */
function CursorPager(props: {
  answer: PagedAnswerT<unknown>;
  page: number;
  pageSize: number;
  onMove: (changes: NonNullable<ReturnType<typeof cursorMove>>) => void;
  onPageSize: (size: number) => void;
}) {
  const { t } = useI18n();
  const { answer, page } = props;
  const prev = cursorMove(answer, page, 'prev');
  const next = cursorMove(answer, page, 'next');
  return (
    <Space style={{ width: '100%', justifyContent: 'flex-end', padding: '12px 12px' }} wrap data-testid="cursor-pager">
      <Typography.Text data-testid="list-total">{totalText(t, answer)}</Typography.Text>
      <Button icon={<LeftOutlined />} disabled={!prev} onClick={() => prev && props.onMove(prev)}>
        {t('prevPage')}
      </Button>
      <Typography.Text>{t('pageN', { page: formatCount(page) })}</Typography.Text>
      <Button disabled={!next} onClick={() => next && props.onMove(next)}>
        {t('nextPage')} <RightOutlined />
      </Button>
      <Select
        value={props.pageSize}
        style={{ width: 130 }}
        onChange={props.onPageSize}
        options={PAGE_SIZES.map((s) => ({ value: s, label: t('perPage', { size: formatCount(s) }) }))}
      />
    </Space>
  );
}
