import { FileExcelOutlined, FileTextOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { AGE_BANDS, type WorkerListQueryT, type WorkerT } from '@lmis/contracts';
import { Alert, Button, Card, Input, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { type HTMLAttributes, useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n.ts';
import { foldedSearch, sexLabel, sexOptions, useCatalogue } from '../../kit/catalogues.ts';
import { formatCount, formatDate } from '../../kit/format.ts';
import { UnitSelect } from '../../kit/units/UnitSelect.tsx';
import { useDebounced } from '../../kit/use-debounced.ts';
import { can, useCurrentUser } from '../auth/index.ts';
import { exportUrl, useWorkers, type WorkerFilters } from './api.ts';
import { StatsStrip } from './StatsStrip.tsx';

const PAGE_SIZES = [20, 50, 100];
type Sort = WorkerListQueryT['sort'];
type Need = NonNullable<WorkerListQueryT['need']>;

/** Filters live in the address, so the back button from a worker returns to the same list. */
function readFilters(params: URLSearchParams): WorkerFilters {
  const str = (k: string) => params.get(k) || undefined;
  const ageBand = Number(params.get('ageBand'));
  const sex = params.get('sex');
  const need = params.get('need');
  return {
    unitCode: str('unitCode'),
    q: str('q'),
    employmentStatus: str('employmentStatus'),
    qualificationCode: str('qualificationCode'),
    sex: sex === 'male' || sex === 'female' ? sex : undefined,
    ethnicityCode: str('ethnicityCode'),
    ageBand: ageBand >= 1 && ageBand <= 6 ? ageBand : undefined,
    need: need === 'training' || need === 'job' || need === 'abroad' ? need : undefined,
    unitNeedsReview: params.get('unitNeedsReview') === 'true' ? true : undefined,
  };
}

export function WorkersPage() {
  const { t, lang, errorText } = useI18n();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const sort: Sort = (['name', 'birthDate', 'updated'] as const).find((s) => s === params.get('sort')) ?? 'name';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = PAGE_SIZES.includes(Number(params.get('pageSize'))) ? Number(params.get('pageSize')) : 20;
  const round = Number(params.get('round')) || undefined;

  const update = (changes: Record<string, string | number | boolean | undefined>, keepPage = false) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v === undefined || v === '' || v === false) next.delete(k);
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

  const workers = useWorkers({ ...filters, sort, page, pageSize });
  const status = useCatalogue('employment-status');
  const qualification = useCatalogue('qualification-levels');
  const ethnicity = useCatalogue('ethnic-groups');
  const canCreate = can(user, 'worker:create');
  const canImport = can(user, 'worker_import:create');
  // The statistics follow the chosen unit; without one, the user's own unit (the server applies the scope).
  const statsUnit = filters.unitCode ?? user.unitCode ?? undefined;

  const selectProps = { allowClear: true, style: { width: 170 }, showSearch: foldedSearch };
  const anyFilter = Object.values(filters).some((v) => v !== undefined);

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('registryTitle')}
        </Typography.Title>
        <Space wrap>
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
        </Space>
      </Space>

      <StatsStrip unitCode={statsUnit} roundYear={round} onRoundChange={(y) => update({ round: y }, true)} />

      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap size={[8, 8]}>
          <Input.Search
            allowClear
            data-testid="worker-search"
            placeholder={t('workerSearchPlaceholder')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(v) => update({ q: v.trim() })}
            style={{ width: 330 }}
          />
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
        {workers.isError ? (
          <Alert type="error" showIcon title={errorText(workers.error)} />
        ) : (
          <Table<WorkerT>
            size="small"
            rowKey="personId"
            loading={workers.isFetching}
            dataSource={workers.data?.items}
            onRow={(r) =>
              ({
                'data-testid': 'worker-row',
                style: { cursor: 'pointer' },
                onClick: () => navigate(`/registry/workers/${r.personId}`),
              }) as HTMLAttributes<HTMLElement>
            }
            pagination={{
              current: page,
              pageSize,
              total: workers.data?.total ?? 0,
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
                render: (v: string | null, r) => v ?? r.communeCode,
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
        )}
      </Card>
    </div>
  );
}
