import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Tabs, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n.ts';
import { EMPTY, formatCount, formatDate } from '../../kit/format.ts';
import { can, useCurrentUser } from '../auth/index.ts';
import { RecordHistory } from '../history/index.ts';
import { useEmployer } from './api.ts';
import { useFieldLabel } from './labels.ts';

/** One employer: its fields (names, not codes; vi-VN numbers and dates) and its change history. */
export function EmployerDetailPage({ id: fixedId }: { id?: number }) {
  const { t, errorText } = useI18n();
  const label = useFieldLabel();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const params = useParams();
  const id = fixedId ?? Number(params.id);
  const employer = useEmployer(id);
  if (employer.isError) return <Alert type="error" showIcon message={errorText(employer.error)} />;
  const e = employer.data;
  if (!e) return null;
  const text = (v: string | null) => v ?? EMPTY;
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="employer-title">
          {e.name}
        </Typography.Title>
        {can(user, 'employer:update') && (
          <Button
            icon={<EditOutlined />}
            onClick={() => navigate(`/employers/${e.id}/edit`)}
            data-testid="edit-employer"
          >
            {t('editEmployer')}
          </Button>
        )}
      </Space>
      {e.unitNeedsReview && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('unitToReview', { unit: e.sourceUnit ?? '' })}
        />
      )}
      <Tabs
        items={[
          {
            key: 'info',
            label: e.taxCode,
            children: (
              <Card>
                <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
                  <Descriptions.Item label={label('taxCode')}>{e.taxCode}</Descriptions.Item>
                  <Descriptions.Item label={label('legalFormCode')}>{text(e.legalFormName)}</Descriptions.Item>
                  <Descriptions.Item label={label('vsicSectionCode')}>{text(e.vsicSectionName)}</Descriptions.Item>
                  <Descriptions.Item label={label('employeeCount')}>{formatCount(e.employeeCount)}</Descriptions.Item>
                  <Descriptions.Item label={label('address')}>{text(e.address)}</Descriptions.Item>
                  <Descriptions.Item label={label('communeCode')}>{text(e.communeName)}</Descriptions.Item>
                  <Descriptions.Item label={label('uiParticipation')}>
                    {e.uiParticipation ? t('employerYes') : t('employerNo')}
                  </Descriptions.Item>
                  <Descriptions.Item label={label('uiSince')}>{formatDate(e.uiSince)}</Descriptions.Item>
                  <Descriptions.Item label={label('contactName')}>{text(e.contactName)}</Descriptions.Item>
                  <Descriptions.Item label={label('phone')}>{text(e.phone)}</Descriptions.Item>
                  <Descriptions.Item label={label('email')}>{text(e.email)}</Descriptions.Item>
                  <Descriptions.Item label={label('industrialZone')}>{text(e.industrialZone)}</Descriptions.Item>
                </Descriptions>
              </Card>
            ),
          },
          {
            key: 'history',
            label: t('employerHistory'),
            children: <RecordHistory entityType="employer" entityId={String(e.id)} />,
          },
        ]}
      />
    </div>
  );
}
