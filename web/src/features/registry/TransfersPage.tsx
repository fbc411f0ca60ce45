import type { PersonTransferT } from '@lmis/contracts';
import { Alert, App, Button, Card, Form, Input, Popconfirm, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { type MessageKey, useI18n } from '../../app/i18n.ts';
import { formatDateTime } from '../../kit/format.ts';
import { CommuneField } from '../../kit/units/CommuneField.tsx';
import { useCurrentUser } from '../auth/index.ts';
import { useCancelTransfer, useDecideTransfer, useRequestTransfer, useTransfers } from './api.ts';

const STATUS: Record<PersonTransferT['status'], { label: MessageKey; color: string }> = {
  pending: { label: 'transferPending', color: 'gold' },
  accepted: { label: 'transferAccepted', color: 'green' },
  refused: { label: 'transferRefused', color: 'red' },
  cancelled: { label: 'transferCancelled', color: 'default' },
};

/** Asks for a person registered elsewhere; the personal ID may come from a refused registration (?personId=). */
function RequestForm(props: { personId: string | null }) {
  const { t, errorText } = useI18n();
  const user = useCurrentUser();
  const { message } = App.useApp();
  const request = useRequestTransfer();
  const [form] = Form.useForm<{ personId: string; toCommuneCode?: string; note?: string }>();
  return (
    <Card size="small" title={t('transferNewTitle')} style={{ marginBottom: 12 }}>
      {request.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(request.error)} />}
      <Form
        form={form}
        layout="inline"
        initialValues={{ personId: props.personId ?? '' }}
        onFinish={(v) =>
          request.mutate(
            { personId: v.personId, toCommuneCode: v.toCommuneCode, note: v.note || null },
            {
              onSuccess: () => {
                void message.success(t('transferSent'));
                form.resetFields(['note']);
              },
            },
          )
        }
      >
        <Form.Item
          name="personId"
          label={t('personId')}
          rules={[{ required: true, pattern: /^\d{12}$/, message: t('required') }]}
        >
          <Input maxLength={12} style={{ width: 150 }} data-testid="transfer-person-id" />
        </Form.Item>
        {user.unitCode?.length !== 5 && (
          <Form.Item
            name="toCommuneCode"
            label={t('transferToCommune')}
            rules={[{ required: true, message: t('required') }]}
          >
            <CommuneField user={user} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('transferNote')}>
          <Input style={{ width: 260 }} maxLength={1000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={request.isPending} data-testid="transfer-send">
          {t('transferRequest')}
        </Button>
      </Form>
    </Card>
  );
}

function TransferTable(props: { direction: 'incoming' | 'outgoing' }) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const list = useTransfers(props.direction);
  const decide = useDecideTransfer();
  const cancel = useCancelTransfer();
  const done = {
    onSuccess: () => message.success(t('transferDecided')),
    onError: (e: unknown) => message.error(errorText(e)),
  };
  const columns: ColumnsType<PersonTransferT> = [
    { title: t('personId'), dataIndex: 'personId', width: 130 },
    ...(props.direction === 'incoming'
      ? [
          { title: t('fullName'), dataIndex: 'fullName' },
          { title: t('transferFrom'), dataIndex: 'fromCommuneName' },
        ]
      : [{ title: t('transferFrom'), key: 'from', render: () => t('transferOtherUnit') }]),
    { title: t('transferTo'), dataIndex: 'toCommuneName' },
    { title: t('transferNote'), dataIndex: 'note' },
    { title: t('transferRequestedBy'), dataIndex: 'requestedByName' },
    { title: t('transferRequestedAt'), dataIndex: 'requestedAt', render: (v: string) => formatDateTime(v) },
    {
      title: t('transferStatus'),
      dataIndex: 'status',
      render: (s: PersonTransferT['status'], r) => (
        <Space direction="vertical" size={0}>
          <Tag color={STATUS[s].color}>{t(STATUS[s].label)}</Tag>
          {r.decisionNote && <Typography.Text type="secondary">{r.decisionNote}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t('transferDecision'),
      key: 'actions',
      render: (_, r) =>
        r.status !== 'pending' ? null : props.direction === 'incoming' ? (
          <Space>
            <Popconfirm
              title={t('transferAcceptConfirm')}
              onConfirm={() => decide.mutate({ id: r.id, body: { decision: 'accept' } }, done)}
            >
              <Button size="small" type="primary" data-testid={`transfer-accept-${r.id}`}>
                {t('transferAccept')}
              </Button>
            </Popconfirm>
            <Button
              size="small"
              danger
              onClick={() => decide.mutate({ id: r.id, body: { decision: 'refuse' } }, done)}
              data-testid={`transfer-refuse-${r.id}`}
            >
              {t('transferRefuse')}
            </Button>
          </Space>
        ) : (
          <Button size="small" onClick={() => cancel.mutate(r.id, done)}>
            {t('transferCancel')}
          </Button>
        ),
    },
  ];
  if (list.isError) return <Alert type="error" showIcon title={errorText(list.error)} />;
  return (
    <Table<PersonTransferT>
      rowKey="id"
      size="small"
      loading={list.isPending}
      columns={columns}
      dataSource={list.data?.items ?? []}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      data-testid={`transfers-${props.direction}`}
    />
  );
}

/** Transfer requests of the unit: the ones it decides (incoming) and the ones it sent (outgoing). */
export function TransfersPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const personId = params.get('personId');
  const [tab, setTab] = useState(personId ? 'outgoing' : 'incoming');
  return (
    <div>
      <Typography.Title level={3}>{t('transfersTitle')}</Typography.Title>
      <RequestForm personId={personId} />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'incoming', label: t('transfersIncoming'), children: <TransferTable direction="incoming" /> },
          { key: 'outgoing', label: t('transfersOutgoing'), children: <TransferTable direction="outgoing" /> },
        ]}
      />
    </div>
  );
}
