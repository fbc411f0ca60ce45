import type { AdminUnitT } from '@lmis/contracts';
import { Alert, Empty, List, Spin, Tag, Typography } from 'antd';
import { useI18n } from '../../app/i18n.ts';
import { LEVEL_COLOR, LEVEL_LABEL } from '../../kit/units/labels.ts';
import { useProvinces, useUnitSearch } from './api.ts';

export function UnitSearchResults(props: {
  asOf: string;
  q: string;
  selected: string | null;
  onSelect: (code: string) => void;
  height: number;
}) {
  const { t, errorText } = useI18n();
  const search = useUnitSearch(props.asOf, props.q);
  const provinces = useProvinces(props.asOf);
  const provinceName = new Map((provinces.data ?? []).map((p) => [p.provinceCode, p.name]));

  if (search.isPending) return <Spin style={{ display: 'block', padding: 24 }} />;
  if (search.isError) return <Alert type="error" showIcon title={errorText(search.error)} />;
  if (search.data.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noResults')} />;
  return (
    <div style={{ maxHeight: props.height, overflow: 'auto' }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('searchResults')}: {search.data.length}
      </Typography.Text>
      <List<AdminUnitT>
        size="small"
        dataSource={search.data}
        renderItem={(u) => {
          const level = LEVEL_LABEL[u.level];
          const province = u.level === 'province' ? null : provinceName.get(u.provinceCode);
          return (
            <List.Item
              data-testid="unit-result"
              onClick={() => props.onSelect(u.code)}
              style={{
                cursor: 'pointer',
                paddingInline: 8,
                background: u.code === props.selected ? '#e6f0fb' : undefined,
              }}
            >
              <div style={{ minWidth: 0 }}>
                <Typography.Text strong>{u.name}</Typography.Text>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {u.code}
                    {province ? ` · ${province}` : ''}
                  </Typography.Text>
                </div>
              </div>
              <Tag color={LEVEL_COLOR[u.level]}>{level ? t(level) : u.level}</Tag>
            </List.Item>
          );
        }}
      />
    </div>
  );
}
