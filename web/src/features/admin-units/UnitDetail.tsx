import type { CrosswalkLinkT } from '@lmis/contracts';
import { Alert, Breadcrumb, Card, Descriptions, Empty, List, Space, Spin, Tag, Typography } from 'antd';
import { useI18n } from '../../app/i18n.ts';
import { formatDate, PRE_REFORM_DATE, todayIso } from '../../kit/format.ts';
import { LEVEL_COLOR, LEVEL_LABEL, MERGE_TAG } from '../../kit/units/labels.ts';
import { useUnitDetail } from './api.ts';

export interface UnitRef {
  code: string;
  asOf: string;
}

function CrosswalkList(props: { links: CrosswalkLinkT[]; old: boolean; onOpen: (ref: UnitRef) => void }) {
  const { t } = useI18n();
  return (
    <List<CrosswalkLinkT>
      size="small"
      bordered
      dataSource={props.links}
      renderItem={(link) => {
        const tag = MERGE_TAG[link.mergeType];
        const place = [link.districtName, link.provinceName].filter(Boolean).join(', ');
        return (
          <List.Item data-testid="crosswalk-link">
            <Space wrap size={6}>
              <Typography.Link
                // Old units are shown as they were on the last day before the reform; new ones as of today.
                onClick={() => props.onOpen({ code: link.code, asOf: props.old ? PRE_REFORM_DATE : todayIso() })}
              >
                {link.name}
              </Typography.Link>
              <Typography.Text type="secondary">({link.code})</Typography.Text>
              {place && <Typography.Text type="secondary">— {place}</Typography.Text>}
            </Space>
            {tag ? <Tag color={tag.color}>{t(tag.label)}</Tag> : <Tag>{link.mergeType}</Tag>}
          </List.Item>
        );
      }}
    />
  );
}

/** A unit as of a date: identity, validity, ancestors and its links across the 2025 reform. */
export function UnitDetail(props: { code: string | null; asOf: string; onOpen: (ref: UnitRef) => void }) {
  const { t, errorText } = useI18n();
  const detail = useUnitDetail(props.code, props.asOf);

  if (props.code === null) {
    return (
      <Card data-testid="unit-detail">
        <Empty description={t('selectUnitHint')} />
      </Card>
    );
  }
  if (detail.isPending) {
    return (
      <Card data-testid="unit-detail">
        <Spin />
      </Card>
    );
  }
  if (detail.isError) {
    return (
      <Card data-testid="unit-detail">
        <Alert type="warning" showIcon title={errorText(detail.error)} />
      </Card>
    );
  }
  const { unit, ancestors, becameUnits, cameFromUnits } = detail.data;
  const level = LEVEL_LABEL[unit.level];
  const isOld = unit.validTo !== null && unit.validTo < '2025-07-01';
  return (
    <Card data-testid="unit-detail" styles={{ body: { paddingTop: 16 } }}>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          ...ancestors.map((a) => ({
            key: a.code,
            title: (
              <Typography.Link onClick={() => props.onOpen({ code: a.code, asOf: props.asOf })}>
                {a.name}
              </Typography.Link>
            ),
          })),
          { key: unit.code, title: unit.name },
        ]}
      />
      <Typography.Title level={4} style={{ margin: '0 0 12px' }} data-testid="unit-name">
        {unit.name}
      </Typography.Title>
      <Descriptions size="small" bordered column={2} styles={{ label: { width: 130 } }}>
        <Descriptions.Item label={t('code')}>{unit.code}</Descriptions.Item>
        <Descriptions.Item label={t('kind')}>{unit.kind}</Descriptions.Item>
        <Descriptions.Item label={t('level')}>
          <Tag color={LEVEL_COLOR[unit.level]}>{level ? t(level) : unit.level}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('asOfDate')}>{formatDate(props.asOf)}</Descriptions.Item>
        <Descriptions.Item label={t('validFrom')}>{formatDate(unit.validFrom)}</Descriptions.Item>
        <Descriptions.Item label={t('validTo')}>
          {unit.validTo ? formatDate(unit.validTo) : <Tag color="green">{t('stillValid')}</Tag>}
        </Descriptions.Item>
      </Descriptions>
      {unit.level === 'commune' && (
        <div style={{ marginTop: 16 }}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {isOld ? t('becameUnits') : t('cameFromUnits')}
          </Typography.Title>
          {isOld ? (
            becameUnits.length ? (
              <CrosswalkList links={becameUnits} old={false} onOpen={props.onOpen} />
            ) : (
              <Typography.Text type="secondary">{t('noCrosswalk')}</Typography.Text>
            )
          ) : cameFromUnits.length ? (
            <CrosswalkList links={cameFromUnits} old onOpen={props.onOpen} />
          ) : (
            <Typography.Text type="secondary">{t('noCrosswalk')}</Typography.Text>
          )}
        </div>
      )}
    </Card>
  );
}
