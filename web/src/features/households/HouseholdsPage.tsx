import { PercentageOutlined, PlusOutlined } from '@ant-design/icons';
import type { HouseholdRowT, PovertyClass } from '@lmis/contracts';
import { Alert, Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { type HTMLAttributes, useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n.ts';
import { useChildUnits } from '../../kit/catalogues.ts';
import { formatCount } from '../../kit/format.ts';
import { UnitSelect } from '../../kit/units/UnitSelect.tsx';
import { useDebounced } from '../../kit/use-debounced.ts';
import { can, useCurrentUser } from '../auth/index.ts';
import { type HouseholdFilters, useHouseholds } from './api.ts';
import { useDatedCatalogue } from './catalogues.ts';
import { recentYears } from './hooks.ts';
import { ClassTag, fill, useClassOptions } from './labels.tsx';

const PAGE_SIZES = [20, 50, 100];
const CLASSES: readonly string[] = ['poor', 'near_poor', 'other'];

/** Filters live in the address, so the back button from a household returns to the same list. */
function readFilters(params: URLSearchParams): HouseholdFilters {
  const communeCode = params.get('unit');
  const year = Number(params.get('year'));
  const cls = params.get('class');
  return {
    communeCode: communeCode && /^\d{5}$/.test(communeCode) ? communeCode : undefined,
    q: params.get('q') || undefined,
    classYear: year >= 2000 && year <= 2100 ? year : undefined,
    finalClass: cls && CLASSES.includes(cls) ? (cls as PovertyClass) : undefined,
  };
}

export function HouseholdsPage() {
  const { t, errorText } = useI18n();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = PAGE_SIZES.includes(Number(params.get('pageSize'))) ? Number(params.get('pageSize')) : 20;

  const update = (changes: Record<string, string | number | undefined>, keepPage = false) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v === undefined || v === '') next.delete(k);
          else next.set(k, String(v));
        }
        if (!keepPage) next.delete('page');
        return next;
      },
      { replace: true },
    );
  };

  const [text, setText] = useState(filters.q ?? '');
  const q = useDebounced(text.trim(), 300);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text writes the address
  useEffect(() => {
    if ((filters.q ?? '') !== q) update({ q });
  }, [q]);

  const households = useHouseholds({ ...filters, page, pageSize });
  const areaTypes = useDatedCatalogue('household-area-types');
  const classOptions = useClassOptions();
  const communeOfficer = user.unitCode?.length === 5;
  // Commune names of the user's province (the list rows carry codes only).
  const communes = useChildUnits(communeOfficer ? undefined : (user.provinceCode ?? undefined));
  const communeName = new Map((communes.data ?? []).map((u) => [u.code, u.name]));
  const anyFilter = Object.values(filters).some((v) => v !== undefined);
  const canWrite = can(user, 'household:create');

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('householdsTitle')}
        </Typography.Title>
        <Space wrap>
          {canWrite && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/households/new')}
              data-testid="add-household"
            >
              {t('addHousehold')}
            </Button>
          )}
          <Button icon={<PercentageOutlined />} onClick={() => navigate('/households/rates')}>
            {t('navPovertyRates')}
          </Button>
        </Space>
      </Space>

      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap size={[8, 8]}>
          <Input.Search
            allowClear
            data-testid="household-search"
            placeholder={t('householdSearchPlaceholder')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(v) => update({ q: v.trim() })}
            style={{ width: 320 }}
          />
          {/* The API filters by commune; a national user's province choice only narrows the commune choices. */}
          <UnitSelect user={user} value={params.get('unit') ?? undefined} onChange={(unit) => update({ unit })} />
          <Select<number>
            allowClear
            style={{ width: 190 }}
            placeholder={t('latestReview')}
            value={filters.classYear}
            options={recentYears().map((y) => ({ value: y, label: `${t('reviewYear')} ${y}` }))}
            onChange={(v?: number) => update({ year: v })}
            data-testid="filter-year"
          />
          <Select<string>
            allowClear
            style={{ width: 170 }}
            placeholder={t('povertyClass')}
            value={filters.finalClass}
            options={classOptions}
            onChange={(v?: string) => update({ class: v })}
            data-testid="filter-class"
          />
          {anyFilter && (
            <Button
              type="link"
              onClick={() => {
                setText('');
                setParams(new URLSearchParams(), { replace: true });
              }}
            >
              {t('clear')}
            </Button>
          )}
        </Space>
      </Card>

      <Card size="small" styles={{ body: { padding: 0 } }}>
        {households.isError ? (
          <Alert type="error" showIcon title={errorText(households.error)} />
        ) : (
          <Table<HouseholdRowT>
            size="small"
            rowKey="id"
            loading={households.isFetching}
            dataSource={households.data?.items}
            onRow={(r) =>
              ({
                'data-testid': 'household-row',
                style: { cursor: 'pointer' },
                onClick: () => navigate(`/households/${r.id}`),
              }) as HTMLAttributes<HTMLElement>
            }
            pagination={{
              current: page,
              pageSize,
              total: households.data?.total ?? 0,
              pageSizeOptions: PAGE_SIZES,
              showSizeChanger: true,
              onChange: (p, size) =>
                update({ page: p === 1 ? undefined : p, pageSize: size === 20 ? undefined : size }, true),
              showTotal: (total) => `${t('totalRows')}: ${formatCount(total)}`,
            }}
            columns={[
              {
                title: t('seq'),
                key: 'seq',
                width: 60,
                align: 'right',
                render: (_, __, i) => formatCount((page - 1) * pageSize + i + 1),
              },
              { title: t('householdCode'), dataIndex: 'householdCode', width: 100 },
              {
                title: t('headName'),
                dataIndex: 'headName',
                render: (name: string, r) => (
                  <Space size={4}>
                    <Link to={`/households/${r.id}`} onClick={(e) => e.stopPropagation()}>
                      {name}
                    </Link>
                    {r.dissolvedOn && <Tag>{t('dissolved')}</Tag>}
                  </Space>
                ),
              },
              { title: t('address'), dataIndex: 'address', ellipsis: true, render: (v: string | null) => v ?? '—' },
              ...(communeOfficer
                ? []
                : [
                    {
                      title: t('commune'),
                      dataIndex: 'communeCode',
                      ellipsis: true,
                      render: (v: string) => communeName.get(v) ?? v,
                    },
                  ]),
              {
                title: t('areaType'),
                dataIndex: 'areaType',
                width: 110,
                render: (v: string) => areaTypes.name(v),
              },
              {
                title: t('povertyClass'),
                dataIndex: 'finalClass',
                width: 210,
                render: (v: string | null, r) => (
                  <Space size={4}>
                    <ClassTag value={v} />
                    {r.reviewYear !== null && (
                      <Typography.Text type="secondary">{fill(t('yearN'), { year: r.reviewYear })}</Typography.Text>
                    )}
                  </Space>
                ),
              },
            ]}
            locale={{ emptyText: t('noHouseholds') }}
          />
        )}
      </Card>
    </div>
  );
}
