import { CopyOutlined, PlusOutlined } from '@ant-design/icons';
import { API_TOKEN_MAX_DAYS, type ApiTokenRowT, type CreatedApiTokenT, ROLES, type Role } from '@lmis/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n.ts';
import { EMPTY, formatCount, formatDate, formatDateTime } from '../../kit/format.ts';
import { UnitPicker } from '../../kit/units/UnitPicker.tsx';
import { roleLabel } from '../auth/index.ts';
import { useApiTokens, useCreateApiToken, useRevokeApiToken } from './api.ts';

const STATE: Record<ApiTokenRowT['status'], { key: 'stateActive' | 'stateExpired' | 'stateRevoked'; color: string }> = {
  active: { key: 'stateActive', color: 'green' },
  expired: { key: 'stateExpired', color: 'default' },
  revoked: { key: 'stateRevoked', color: 'red' },
};

interface FormValues {
  name: string;
  role: Role;
  unitCode?: string | null;
  expiresInDays: number;
}

function CreateTokenModal(props: { open: boolean; onClose: () => void; onCreated: (c: CreatedApiTokenT) => void }) {
  const { t, lang, errorText } = useI18n();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateApiToken();
  const role = Form.useWatch('role', form);
  const needsUnit = role ? ROLES[role].needsUnit : true;
  const submit = (v: FormValues) =>
    create.mutate(
      {
        name: v.name.trim(),
        role: v.role,
        unitCode: needsUnit ? (v.unitCode ?? null) : null,
        expiresInDays: v.expiresInDays,
      },
      {
        onSuccess: (created) => {
          form.resetFields();
          props.onCreated(created);
        },
      },
    );
  return (
    <Modal
      open={props.open}
      title={t('newToken')}
      onCancel={props.onClose}
      okText={t('create')}
      cancelText={t('cancel')}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      {create.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(create.error)} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ expiresInDays: 90 }}
        data-testid="token-form"
      >
        <Form.Item
          name="name"
          label={t('tokenName')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input maxLength={100} placeholder="Kho dữ liệu tỉnh Lạng Sơn" />
        </Form.Item>
        <Form.Item name="role" label={t('tokenRole')} rules={[{ required: true, message: t('required') }]}>
          <Select options={(Object.keys(ROLES) as Role[]).map((r) => ({ value: r, label: ROLES[r][lang] }))} />
        </Form.Item>
        <Form.Item
          name="unitCode"
          label={t('tokenUnit')}
          extra={needsUnit ? undefined : t('tokenUnitNational')}
          rules={[{ required: needsUnit, message: t('required') }]}
        >
          <UnitPicker disabled={!needsUnit} />
        </Form.Item>
        <Form.Item
          name="expiresInDays"
          label={t('tokenExpiry')}
          extra={t('tokenExpiryHint', { max: formatCount(API_TOKEN_MAX_DAYS) })}
          rules={[{ required: true, message: t('required') }]}
        >
          <InputNumber min={1} max={API_TOKEN_MAX_DAYS} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The secret, once: a copy button and the warning that it cannot be shown again. */
function SecretModal(props: { created: CreatedApiTokenT | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const created = props.created;
  const copy = async () => {
    if (!created) return;
    await navigator.clipboard.writeText(created.secret);
    void message.success(t('copied'));
  };
  return (
    <Modal
      open={created !== null}
      title={created ? t('secretTitle', { name: created.token.name }) : ''}
      onCancel={props.onClose}
      closable={false}
      maskClosable={false}
      footer={
        <Button type="primary" onClick={props.onClose} data-testid="secret-done">
          {t('secretDone')}
        </Button>
      }
    >
      <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('secretWarning')} />
      <Space.Compact style={{ width: '100%' }}>
        <Input readOnly value={created?.secret} data-testid="token-secret" style={{ fontFamily: 'monospace' }} />
        <Button icon={<CopyOutlined />} onClick={copy} data-testid="copy-secret">
          {t('copy')}
        </Button>
      </Space.Compact>
    </Modal>
  );
}

/** System administrators create API tokens for a role and a unit, see their use and state, and revoke them. */
export function ApiTokensPage() {
  const { t, lang, errorText } = useI18n();
  const { message } = App.useApp();
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiTokenT | null>(null);
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('apiTokensTitle')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-token">
          {t('newToken')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary">{t('apiTokensIntro')}</Typography.Paragraph>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        {tokens.isError ? (
          <Alert type="error" showIcon title={errorText(tokens.error)} />
        ) : (
          <Table<ApiTokenRowT>
            size="small"
            rowKey="id"
            loading={tokens.isFetching}
            dataSource={tokens.data}
            pagination={false}
            locale={{ emptyText: t('noTokens') }}
            onRow={() => ({ 'data-testid': 'token-row' }) as object}
            columns={[
              { title: t('colName'), dataIndex: 'name' },
              {
                title: t('colPrefix'),
                dataIndex: 'prefix',
                width: 150,
                render: (p: string) => <Typography.Text code>{p}…</Typography.Text>,
              },
              {
                title: t('colRoleUnit'),
                key: 'role',
                render: (_, r) => (
                  <div>
                    <div>{roleLabel(r.role, lang)}</div>
                    <Typography.Text type="secondary">{r.unitName ?? t('nationalScope')}</Typography.Text>
                  </div>
                ),
              },
              {
                title: t('colCreated'),
                key: 'created',
                width: 170,
                render: (_, r) => (
                  <div>
                    <div>{r.createdByName}</div>
                    <Typography.Text type="secondary">{formatDate(r.createdAt)}</Typography.Text>
                  </div>
                ),
              },
              {
                title: t('colLastUsed'),
                dataIndex: 'lastUsedAt',
                width: 140,
                render: (v: string | null) => (v ? formatDateTime(v) : t('neverUsed')),
              },
              {
                title: t('colExpires'),
                dataIndex: 'expiresAt',
                width: 110,
                render: (v: string) => formatDate(v) || EMPTY,
              },
              {
                title: t('colState'),
                dataIndex: 'status',
                width: 130,
                render: (s: ApiTokenRowT['status']) => <Tag color={STATE[s].color}>{t(STATE[s].key)}</Tag>,
              },
              {
                key: 'actions',
                width: 110,
                render: (_, r) =>
                  r.status === 'active' && (
                    <Popconfirm
                      title={t('revokeConfirm', { name: r.name })}
                      description={t('revokeConfirmText')}
                      okText={t('revoke')}
                      cancelText={t('cancel')}
                      okButtonProps={{ danger: true, id: 'confirm-revoke' }}
                      onConfirm={() =>
                        revoke.mutateAsync(r.id).then(
                          () => void message.success(t('revoked')),
                          (e: unknown) => void message.error(errorText(e)),
                        )
                      }
                    >
                      <Button danger size="small" data-testid="revoke-token">
                        {t('revoke')}
                      </Button>
                    </Popconfirm>
                  ),
              },
            ]}
          />
        )}
      </Card>
      <CreateTokenModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(c) => {
          setCreating(false);
          setCreated(c);
        }}
      />
      <SecretModal created={created} onClose={() => setCreated(null)} />
    </div>
  );
}
