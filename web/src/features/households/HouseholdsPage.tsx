import { PercentageOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { HouseholdListQuery, type HouseholdRowT } from '@lmis/contracts';
import { Button, Select, Space, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useI18n } from '../../app/i18n.ts';
import { useChildUnits } from '../../kit/catalogues.tsx';
import { ListPage, ListSearch, PagedTable, useUrlList } from '../../kit/list/ListPage.tsx';
import { UnitName } from '../../kit/units/UnitName.tsx';
import { UnitSelect } from '../../kit/units/UnitSelect.tsx';
import { can, useCurrentUser } from '../auth/index.ts';
import { useHouseholds } from './api.ts';
import { useDatedCatalogue } from './catalogues.ts';
import { recentYears } from './hooks.ts';
import { ClassTag, useClassOptions } from './labels.tsx';

/** The households list: filters in the address (unit, year, class, q), read by the contract's query schema. */
export function HouseholdsPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const list = useUrlList(HouseholdListQuery, { communeCode: 'unit', classYear: 'year', finalClass: 'class' });
  const { filters, page, pageSize, cursor } = list;

  const households = useHouseholds({ ...filters, page, pageSize, cursor });
  const areaTypes = useDatedCatalogue('household-area-types');
  const classOptions = useClassOptions();
  const communeOfficer = user.unitCode?.length === 5;
  // Commune names of the user's province (the list rows carry codes only).
  const communes = useChildUnits(communeOfficer ? undefined : (user.provinceCode ?? undefined));
  const communeName = new Map((communes.data ?? []).map((u) => [u.code, u.name]));
  const anyFilter = Object.values(filters).some((v) => v !== undefined);
  const canWrite = can(user, 'household:create');

  return (
    <ListPage
      title={t('householdsTitle')}
      actions={
        <>
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
          {can(user, 'household_import:create') && (
            <Button
              icon={<UploadOutlined />}
              onClick={() => navigate('/households/import')}
              data-testid="import-households"
            >
              {t('importHouseholds')}
            </Button>
          )}
          <Button icon={<PercentageOutlined />} onClick={() => navigate('/households/rates')}>
            {t('navPovertyRates')}
          </Button>
        </>
      }
      anyFilter={anyFilter}
      onClear={list.clear}
      filters={
        <>
          <ListSearch list={list} testId="household-search" placeholder={t('householdSearchPlaceholder')} width={320} />
          {/* The API filters by commune; a national user's province choice only narrows the commune choices. */}
          <UnitSelect
            user={user}
            value={list.params.get('unit') ?? undefined}
            onChange={(unit) => list.update({ communeCode: unit })}
          />
          <Select<number>
            allowClear
            style={{ width: 190 }}
            placeholder={t('latestReview')}
            value={filters.classYear}
            options={recentYears().map((y) => ({ value: y, label: `${t('reviewYear')} ${y}` }))}
            onChange={(v?: number) => list.update({ classYear: v })}
            data-testid="filter-year"
          />
          <Select<string>
            allowClear
            style={{ width: 170 }}
            placeholder={t('povertyClass')}
            value={filters.finalClass}
            options={classOptions}
            onChange={(v?: string) => list.update({ finalClass: v })}
            data-testid="filter-class"
          />
        </>
      }
    >
      <PagedTable<HouseholdRowT>
        list={list}
        result={households}
        rowKey="id"
        rowTestId="household-row"
        rowHref={(r) => `/households/${r.id}`}
        columns={[
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
                  render: (v: string) => communeName.get(v) ?? <UnitName code={v} />,
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
                  <Typography.Text type="secondary">{t('yearN', { year: r.reviewYear })}</Typography.Text>
                )}
              </Space>
            ),
          },
        ]}
        emptyText={t('noHouseholds')}
      />
    </ListPage>
  );
}
