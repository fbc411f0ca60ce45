import { DownloadOutlined } from '@ant-design/icons';
import type { ImportStatusT } from '@lmis/contracts';
import { Alert, Button, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatCount, formatDateTime } from '../format.ts';
import { useI18n } from '../i18n.ts';
import { errorsUrl, useImports } from './api.ts';
import type { ImportKind } from './kind.ts';
import { DiscardButton, StatusTag } from './parts.tsx';

/** The unit's recent imports of this kind, optionally only those in one status; each opens in the run step. */
export function RecentImports(props: {
  kind: ImportKind;
  onOpen: (id: number) => void;
  onDiscarded: (id: number) => void;
  activeId: number | null;
  status: string | undefined;
}) {
  const { kind } = props;
  const { t, errorText } = useI18n();
  const imports = useImports(kind.base);
  const rows = props.status ? imports.data?.filter((i) => i.status === props.status) : imports.data;
  if (imports.isError) return <Alert type="error" showIcon title={errorText(imports.error)} />;
  const count = (title: string, key: keyof ImportStatusT, width: number) => ({
    title,
    dataIndex: key,
    width,
    align: 'right' as const,
    render: formatCount,
  });
  const columns: ColumnsType<ImportStatusT> = [
    { title: t('importAt'), dataIndex: 'createdAt', width: 130, render: (v: string) => formatDateTime(v) },
    { title: t('fileName'), dataIndex: 'fileName', ellipsis: { showTitle: true } },
    ...(kind.uploadChoices ?? [])
      .filter((c) => c.column)
      .map((c) => ({ title: c.label, dataIndex: c.column, width: 80 })),
    { title: t('importStatus'), dataIndex: 'status', width: 150, render: (v: string) => <StatusTag status={v} /> },
    count(t('totalRows'), 'totalRows', 70),
    count(t('inserted'), 'inserted', 75),
    count(t('updated'), 'updated', 75),
    count(t('unchanged'), 'unchanged', 75),
    count(t('failedRows'), 'failed', 50),
    count(t('flagged'), 'flagged', 90),
    {
      title: t('importActions'),
      key: 'actions',
      width: 190,
      render: (_, r) => (
        <Space size={4}>
          {r.status === 'uploaded' && (
            <DiscardButton small base={kind.base} id={r.id} onDiscarded={() => props.onDiscarded(r.id)} />
          )}
          <Button size="small" onClick={() => props.onOpen(r.id)}>
            {t('open')}
          </Button>
          {r.failed > 0 && (
            <Button
              size="small"
              icon={<DownloadOutlined />}
              href={errorsUrl(kind.base, r.id)}
              aria-label={t('downloadErrors')}
            />
          )}
        </Space>
      ),
    },
  ];
  return (
    <Table<ImportStatusT>
      size="small"
      rowKey="id"
      loading={imports.isFetching}
      dataSource={rows}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      rowClassName={(r) => (r.id === props.activeId ? 'ant-table-row-selected' : '')}
      columns={columns}
    />
  );
}
