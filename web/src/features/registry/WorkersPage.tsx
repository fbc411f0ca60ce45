import { FileExcelOutlined, FileTextOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { AGE_BANDS, WorkerListQuery, type WorkerListQueryT, type WorkerT } from '@lmis/contracts';
import { Button, Select, Space, Switch, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useI18n } from '../../app/i18n.ts';
import { foldedSearch, sexLabel, sexOptions, useCatalogue } from '../../kit/catalogues.tsx';
import { formatDate } from '../../kit/format.ts';
import { ListPage, ListSearch, PagedTable, useUrlList } from '../../kit/list/ListPage.tsx';
import { UnitName } from '../../kit/units/UnitName.tsx';
import { UnitSelect } from '../../kit/units/UnitSelect.tsx';
import { can, useCurrentUser } from '../auth/index.ts';
import { exportUrl, useWorkers } from './api.ts';
import { StatsStrip } from './StatsStrip.tsx';

type Sort = WorkerListQueryT['sort'];
type Need = NonNullable<WorkerListQueryT['need']>;

/** The register list: filters in the address, read by the contract's query schema. */
export function WorkersPage() {
  const { t, lang } = useI18n();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const list = useUrlList(WorkerListQuery);
  const { sort = 'name', ...filters } = list.filters;
  const { page, pageSize, cursor } = list;
  const round = Number(list.params.get('round')) || undefined;

  const workers = useWorkers({ ...filters, sort, page, pageSize, cursor });
  const status = useCatalogue('employment-status');
  const qualification = useCatalogue('qualification-levels');
  const ethnicity = useCatalogue('ethnic-groups');
  const canCreate = can(user, 'worker:create');
  const canImport = can(user, 'worker_import:create');
  // The statistics follow the chosen unit; without one, the user's own unit (the server applies the scope).
  const statsUnit = filters.unitCode ?? user.unitCode ?? undefined;

  const selectProps = { allowClear: true, style: { width: 170 }, showSearch: foldedSearch };
  const anyFilter = Object.values(filters).some((v) => v !== undefined);
  const update = list.update;

  return (
    <ListPage
      title={t('registryTitle')}
      actions={
        <>
          {canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/registry/workers/new')}>
              {t('addWorker')}
            </Button>
          )}
          {canImport && (
            <Button icon={<UploadOutlined />} onClick={() => navigate('/registry/import')}>
              {t('navRegistryImport')}
            </Button>
          )}
          <Button icon={<FileExcelOutlined />} href={exportUrl('xlsx', filters)} data-testid="export-xlsx">
            {t('exportExcel')}
          </Button>
          <Button icon={<FileTextOutlined />} href={exportUrl('csv', filters)} data-testid="export-csv">
            {t('exportCsv')}
          </Button>
        </>
      }
      above={<StatsStrip unitCode={statsUnit} roundYear={round} onRoundChange={(y) => update({ round: y }, true)} />}
      anyFilter={anyFilter}
      onClear={list.clear}
      filters={
        <>
          <ListSearch list={list} testId="worker-search" placeholder={t('workerSearchPlaceholder')} width={400} />
          <UnitSelect user={user} value={filters.unitCode} onChange={(unitCode) => update({ unitCode })} />
          <Select
            {...selectProps}
            placeholder={t('employmentStatus')}
            value={filters.employmentStatus}
            options={status.options}
            onChange={(v?: string) => update({ employmentStatus: v })}
            data-testid="filter-status"
          />
          <Select
            {...selectProps}
            style={{ width: 200 }}
            placeholder={t('qualification')}
            value={filters.qualificationCode}
            options={qualification.options}
            onChange={(v?: string) => update({ qualificationCode: v })}
            popupMatchSelectWidth={false}
          />
          <Select
            {...selectProps}
            style={{ width: 120 }}
            placeholder={t('sex')}
            value={filters.sex}
            options={sexOptions(lang)}
            onChange={(v?: string) => update({ sex: v })}
          />
          <Select
            {...selectProps}
            style={{ width: 130 }}
            placeholder={t('ageBand')}
            value={filters.ageBand}
            options={Object.entries(AGE_BANDS).map(([k, label]) => ({ value: Number(k), label }))}
            onChange={(v?: number) => update({ ageBand: v })}
          />
          <Select
            {...selectProps}
            style={{ width: 140 }}
            placeholder={t('ethnicity')}
            value={filters.ethnicityCode}
            options={ethnicity.options}
            onChange={(v?: string) => update({ ethnicityCode: v })}
          />
          <Select<Need>
            {...selectProps}
            style={{ width: 200 }}
            placeholder={t('need')}
            value={filters.need}
            options={[
              { value: 'training', label: t('needTraining') },
              { value: 'job', label: t('needJob') },
              { value: 'abroad', label: t('needAbroad') },
            ]}
            onChange={(v?: Need) => update({ need: v })}
          />
          <Space size={6}>
            <Switch
              size="small"
              checked={filters.unitNeedsReview === true}
              onChange={(v) => update({ unitNeedsReview: v })}
              data-testid="filter-needs-review"
            />
            <Typography.Text>{t('unitNeedsReview')}</Typography.Text>
          </Space>
          <Space size={6}>
            <Typography.Text type="secondary">{t('sortBy')}:</Typography.Text>
            <Select<Sort>
              style={{ width: 180 }}
              value={sort}
              options={[
                { value: 'name', label: t('sortName') },
                { value: 'birthDate', label: t('sortBirthDate') },
                { value: 'updated', label: t('sortUpdated') },
              ]}
              onChange={(v) => update({ sort: v === 'name' ? undefined : v })}
              data-testid="worker-sort"
            />
          </Space>
        </>
      }
    >
      <PagedTable<WorkerT>
        list={list}
        result={workers}
        rowKey="personId"
        rowTestId="worker-row"
        rowHref={(r) => `/registry/workers/${r.personId}`}
        columns={[
          { title: t('personId'), dataIndex: 'personId', width: 130 },
          {
            title: t('fullName'),
            dataIndex: 'fullName',
            render: (name: string, r) => (
              <Space size={4}>
                <Link to={`/registry/workers/${r.personId}`} onClick={(e) => e.stopPropagation()}>
                  {name}
                </Link>
                {r.unitNeedsReview && <Tag color="orange">{t('unitNeedsReview')}</Tag>}
              </Space>
            ),
          },
          { title: t('birthDate'), dataIndex: 'birthDate', width: 105, render: (v: string) => formatDate(v) },
          { title: t('sex'), dataIndex: 'sex', width: 80, render: (v: string) => sexLabel(v, lang) },
          {
            title: t('commune'),
            dataIndex: 'communeName',
            ellipsis: true,
            render: (v: string | null, r) => v ?? <UnitName code={r.communeCode} />,
          },
          {
            title: t('employmentStatus'),
            dataIndex: 'employmentStatus',
            ellipsis: true,
            render: (v: string | null) => status.name(v),
          },
          {
            title: t('qualificationShort'),
            dataIndex: 'qualificationCode',
            ellipsis: true,
            render: (v: string | null) => qualification.name(v),
          },
        ]}
      />
    </ListPage>
  );
}
