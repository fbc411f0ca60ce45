import { EditOutlined, HistoryOutlined, PlusOutlined } from '@ant-design/icons';
import type { UserRowT } from '@lmis/contracts';
import { Alert, Button, Card, Drawer, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n.ts';
import { formatCount, formatDateTime } from '../../kit/format.ts';
import { useDebounced } from '../../kit/use-debounced.ts';
import { roleLabel } from '../auth/index.ts';
import { RecordHistory } from '../history/index.ts';
import { useUsers } from './api.ts';
import { UserFormModal } from './UserFormModal.tsx';

const PAGE_SIZE = 20;

export function UsersPage() {
  const { t, lang, errorText } = useI18n();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const [page, setPage] = useState(1);
  const users = useUsers({ q, page, pageSize: PAGE_SIZE });
  const [modal, setModal] = useState<{ open: boolean; user: UserRowT | null }>({ open: false, user: null });
  const [historyOf, setHistoryOf] = useState<UserRowT | null>(null);

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('users')}
        </Typography.Title>
        <Space>
          <Input.Search
            allowClear
            placeholder={t('userSearchPlaceholder')}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setPage(1);
            }}
            style={{ width: 300 }}
          />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ open: true, user: null })}>
            {t('createUser')}
          </Button>
        </Space>
      </Space>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        {users.isError ? (
          <Alert type="error" showIcon title={errorText(users.error)} />
        ) : (
          <Table<UserRowT>
            size="small"
            rowKey="id"
            loading={users.isFetching}
            dataSource={users.data?.items}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: users.data?.total ?? 0,
              showSizeChanger: false,
              onChange: setPage,
              showTotal: (total) => `${t('totalRows')}: ${formatCount(total)}`,
            }}
            columns={[
              { title: t('username'), dataIndex: 'username', width: 140 },
              { title: t('fullName'), dataIndex: 'fullName' },
              { title: t('role'), dataIndex: 'role', render: (r: string) => roleLabel(r, lang) },
              {
                title: t('unit'),
                dataIndex: 'unitName',
                render: (name: string | null) => name ?? t('nationalScope'),
              },
              {
                title: t('status'),
                dataIndex: 'active',
                width: 105,
                render: (active: boolean) =>
                  active ? <Tag color="green">{t('active')}</Tag> : <Tag>{t('disabled')}</Tag>,
              },
              {
                title: t('locked'),
                dataIndex: 'lockedUntil',
                width: 115,
                render: (v: string | null) =>
                  v && new Date(v) > new Date() ? <Tag color="red">{formatDateTime(v)}</Tag> : t('notLocked'),
              },
              {
                title: t('lastLogin'),
                dataIndex: 'lastLoginAt',
                width: 140,
                render: (v: string | null) => formatDateTime(v),
              },
              {
                title: t('actions'),
                key: 'actions',
                width: 170,
                render: (_, r) => (
                  <Space size={4}>
                    <Button size="small" icon={<EditOutlined />} onClick={() => setModal({ open: true, user: r })}>
                      {t('edit')}
                    </Button>
                    <Button size="small" icon={<HistoryOutlined />} onClick={() => setHistoryOf(r)}>
                      {t('history')}
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
      <UserFormModal open={modal.open} user={modal.user} onClose={() => setModal({ open: false, user: null })} />
      <Drawer
        open={historyOf !== null}
        onClose={() => setHistoryOf(null)}
        title={historyOf ? `${t('recordHistory')}: ${historyOf.username}` : ''}
        size={720}
        destroyOnHidden
      >
        {historyOf && <RecordHistory entityType="user" entityId={String(historyOf.id)} />}
      </Drawer>
    </div>
  );
}
