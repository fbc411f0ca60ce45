import { ArrowLeftOutlined, EditOutlined, WarningOutlined } from '@ant-design/icons';
import type { WorkerT } from '@lmis/contracts';
import { Alert, Button, Card, Descriptions, Result, Space, Spin, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { type MessageKey, useI18n } from '../../app/i18n.ts';
import { type Catalogue, sexLabel, useCatalogue } from '../../kit/catalogues.tsx';
import { formatDate, formatDateTime } from '../../kit/format.ts';
import { ApiError } from '../../kit/http.ts';
import { UnitName } from '../../kit/units/UnitName.tsx';
import { can, useCurrentUser } from '../auth/index.ts';
import { RecordHistory } from '../history/index.ts';
import { ClassTag, useHousehold } from '../households/index.tsx';
import { useWorker } from './api.ts';

type Item = [MessageKey, ReactNode];

function Section(props: { title: MessageKey; items: Item[]; testId?: string }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t(props.title)} style={{ marginBottom: 12 }} data-testid={props.testId}>
      <Descriptions size="small" bordered column={3} styles={{ label: { width: 170 } }}>
        {props.items.map(([label, value]) => (
          <Descriptions.Item key={label} label={t(label)}>
            {value === null || value === undefined || value === '' ? '—' : value}
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Card>
  );
}

function WorkerSections({ w }: { w: WorkerT }) {
  const { t, lang } = useI18n();
  const cat: Record<string, Catalogue> = {
    ethnicity: useCatalogue('ethnic-groups'),
    education: useCatalogue('general-education'),
    qualification: useCatalogue('qualification-levels'),
    status: useCatalogue('employment-status'),
    sie: useCatalogue('status-in-employment'),
    occupation: useCatalogue('vsco-occupations'),
    sector: useCatalogue('vsic-sections'),
    duration: useCatalogue('unemployment-duration'),
    inactivity: useCatalogue('inactivity-reasons'),
  };
  const name = (key: string, code: string | null) => (code ? (cat[key]?.name(code) ?? code) : null);
  const yesNo = (v: boolean | null) => (v === null ? t('notStated') : v ? t('yes') : t('no'));
  const source =
    w.sourceImportId !== null
      ? t('sourceImportRow', { id: w.sourceImportId, row: w.sourceRow ?? '—' })
      : t('enteredDirectly');
  return (
    <>
      <Section
        title="sectionPersonal"
        testId="worker-personal"
        items={[
          ['fullName', <strong key="n">{w.fullName}</strong>],
          ['personId', w.personId],
          ['birthDate', formatDate(w.birthDate)],
          ['sex', sexLabel(w.sex, lang)],
          ['ethnicity', name('ethnicity', w.ethnicityCode)],
          ['phone', w.phone],
          ['commune', w.communeName ?? <UnitName code={w.communeCode} />],
          ['address', w.address],
          ['householdRelation', w.householdRelation],
        ]}
      />
      <Section
        title="sectionQualification"
        items={[
          ['generalEducation', name('education', w.generalEducationCode)],
          ['qualificationLong', name('qualification', w.qualificationCode)],
          ['trainingField', w.trainingField],
        ]}
      />
      <Section
        title="sectionEmployment"
        items={[
          ['employmentStatus', name('status', w.employmentStatus)],
          ['statusInEmployment', name('sie', w.statusInEmploymentCode)],
          ['jobTitle', w.jobTitle],
          ['occupation', name('occupation', w.occupationCode)],
          ['workplaceName', w.workplaceName],
          ['workplaceType', w.workplaceType],
          ['workplaceSector', name('sector', w.workplaceSector)],
          ['workplaceAddress', w.workplaceAddress],
          ['socialInsurance', yesNo(w.socialInsurance)],
        ]}
      />
      <Section
        title="sectionUnemployment"
        items={[
          ['unemploymentDuration', name('duration', w.unemploymentDurationCode)],
          ['previousJob', w.previousJob],
          ['inactivityReason', name('inactivity', w.inactivityReasonCode)],
        ]}
      />
      <Section
        title="sectionNeeds"
        items={[
          ['needTraining', yesNo(w.needTraining)],
          ['needJob', yesNo(w.needJob)],
          ['needAbroad', yesNo(w.needAbroad)],
          ['roundYear', String(w.roundYear)],
          ['source', source],
          ['lastUpdated', formatDateTime(w.updatedAt)],
        ]}
      />
    </>
  );
}

/** The worker's household: code, head, latest class and the other members, with links to them. */
function WorkerHousehold({ householdId, personId }: { householdId: number; personId: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const detail = useHousehold(householdId);
  if (detail.isPending) return <Spin />;
  if (detail.isError) return <Alert type="warning" showIcon title={t('householdUnavailable')} />;
  const { household: h, members } = detail.data;
  return (
    <Card
      size="small"
      title={t('sectionHousehold')}
      style={{ marginBottom: 12 }}
      data-testid="worker-household"
      extra={
        <Button size="small" onClick={() => navigate(`/households/${h.id}`)}>
          {t('openHousehold')}
        </Button>
      }
    >
      <Space orientation="vertical" size={6} style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text strong>{h.headName}</Typography.Text>
          <Typography.Text type="secondary">
            {t('householdCodeShort')} {h.householdCode}
          </Typography.Text>
          {h.finalClass && <ClassTag value={h.finalClass} />}
          {h.reviewYear && <Typography.Text type="secondary">{h.reviewYear}</Typography.Text>}
        </Space>
        <Space wrap size={[16, 4]}>
          {members.map((m) =>
            m.personId && m.personId !== personId && m.workerExists ? (
              <Link key={m.id} to={`/registry/workers/${m.personId}`}>
                {m.fullName}
                {m.relation ? ` (${m.relation})` : ''}
              </Link>
            ) : (
              <Typography.Text key={m.id} strong={m.personId === personId}>
                {m.fullName}
                {m.relation ? ` (${m.relation})` : ''}
              </Typography.Text>
            ),
          )}
        </Space>
      </Space>
    </Card>
  );
}

export function WorkerDetailPage() {
  const { personId } = useParams();
  const { t, errorText } = useI18n();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const worker = useWorker(personId);
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
      {t('backToList')}
    </Button>
  );

  if (worker.isPending) return <Spin />;
  if (worker.isError) {
    const status = worker.error instanceof ApiError ? worker.error.status : 0;
    return (
      <Result
        status={status === 404 ? '404' : status === 403 ? '403' : 'error'}
        title={errorText(worker.error)}
        extra={<Button onClick={() => navigate('/registry')}>{t('backToList')}</Button>}
      />
    );
  }
  const w = worker.data;
  return (
    <div data-testid="worker-detail">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} align="start">
        <Space orientation="vertical" size={2}>
          <Space align="center" wrap>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="worker-name">
              {w.fullName}
            </Typography.Title>
            <Typography.Text type="secondary">{w.personId}</Typography.Text>
            {w.unitNeedsReview && (
              <Tag color="warning" icon={<WarningOutlined />} data-testid="needs-review">
                {t('unitNeedsReview')}
              </Tag>
            )}
          </Space>
          <Typography.Text type="secondary">{w.communeName ?? <UnitName code={w.communeCode} />}</Typography.Text>
        </Space>
        <Space>
          {back}
          {can(user, 'worker:update') && (
            <Button
              type="primary"
              icon={<EditOutlined />}
              onClick={() => navigate(`/registry/workers/${w.personId}/edit`)}
              data-testid="edit-worker"
            >
              {t('editWorker')}
            </Button>
          )}
        </Space>
      </Space>
      {w.unitNeedsReview && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('needsReviewNote')}
          description={w.sourceUnit ? `${t('sourceUnit')}: ${w.sourceUnit}` : undefined}
        />
      )}
      <WorkerSections w={w} />
      {w.householdId !== null && can(user, 'household:read') && (
        <WorkerHousehold householdId={w.householdId} personId={w.personId} />
      )}
      <Card size="small" title={t('recordHistory')}>
        <RecordHistory entityType="worker" entityId={w.personId} />
      </Card>
    </div>
  );
}
