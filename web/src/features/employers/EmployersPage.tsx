import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { EmployerListQuery, type EmployerT } from '@lmis/contracts';
import { Button, Tag } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useI18n } from '../../app/i18n.ts';
import { formatCount } from '../../kit/format.ts';
import { ListPage, ListSearch, PagedTable, useUrlList } from '../../kit/list/ListPage.tsx';
import { UnitSelect } from '../../kit/units/UnitSelect.tsx';
import { can, useCurrentUser } from '../auth/index.ts';
import { exportUrl, useEmployers } from './api.ts';
import { useFieldLabel } from './labels.ts';

/** The employers list: filters in the address (q, commune), read by the contract's query schema. */
export function EmployersPage() {
  const { t } = useI18n();
  const label = useFieldLabel();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const list = useUrlList(EmployerListQuery, { communeCode: 'unit' });
  const { filters, page, pageSize, cursor } = list;
  const employers = useEmployers({ ...filters, page, pageSize, cursor });
  const anyFilter = Object.values(filters).some((v) => v !== undefined);

  return (
    <ListPage
      title={t('employersTitle')}
      actions={
        <>
          {can(user, 'employer:create') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/employers/new')}
              data-testid="add-employer"
            >
              {t('addEmployer')}
            </Button>
          )}
          {can(user, 'employer:import') && (
            <Button
              icon={<UploadOutlined />}
              onClick={() => navigate('/employers/import')}
              data-testid="import-employers"
            >
              {t('importEmployers')}
            </Button>
          )}
          {can(user, 'employer:export') && (
            <>
              <Button icon={<DownloadOutlined />} href={exportUrl('xlsx', filters)} data-testid="export-xlsx">
                {t('exportXlsx')}
              </Button>
              <Button icon={<DownloadOutlined />} href={exportUrl('csv', filters)}>
                {t('exportCsv')}
              </Button>
            </>
          )}
        </>
      }
      anyFilter={anyFilter}
      onClear={list.clear}
      filters={
        <>
          <ListSearch list={list} testId="employer-search" placeholder={t('employerSearchPlaceholder')} width={360} />
          {can(user, 'employer:create') && (
            <UnitSelect
              user={user}
              value={list.params.get('unit') ?? undefined}
              onChange={(unit) => list.update({ communeCode: unit })}
            />
          )}
        </>
      }
    >
      <PagedTable<EmployerT>
        list={list}
        result={employers}
        rowKey="id"
        rowTestId="employer-row"
        rowHref={(r) => `/employers/${r.id}`}
        columns={[
          { title: label('taxCode'), dataIndex: 'taxCode', width: 150 },
          {
            title: label('name'),
            dataIndex: 'name',
            render: (name: string, r) => (
              <Link to={`/employers/${r.id}`} onClick={(e) => e.stopPropagation()}>
                {name}
              </Link>
            ),
          },
          {
            title: label('communeCode'),
            dataIndex: 'communeName',
            ellipsis: true,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: label('vsicSectionCode'),
            dataIndex: 'vsicSectionName',
            width: 240,
            ellipsis: true,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: label('employeeCount'),
            dataIndex: 'employeeCount',
            width: 120,
            align: 'right',
            render: (v: number | null) => formatCount(v),
          },
          {
            title: label('uiParticipation'),
            dataIndex: 'uiParticipation',
            width: 130,
            render: (v: boolean) => <Tag color={v ? 'green' : undefined}>{v ? t('employerYes') : t('employerNo')}</Tag>,
          },
        ]}
        emptyText={t('noEmployers')}
      />
    </ListPage>
  );
}
