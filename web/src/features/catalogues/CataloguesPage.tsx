import type { CatalogueItemT } from '@lmis/contracts';
import { Alert, Card, Col, Empty, Input, Row, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n.ts';
import { formatCount, formatDate } from '../../kit/format.ts';
import { foldText } from '../../kit/text.ts';
import { useAvailableHeight } from '../../kit/use-viewport-height.ts';
import { type CatalogueSummaryT, useCatalogueItems, useCatalogues } from './api.ts';

export function CataloguesPage() {
  const { t, lang, errorText } = useI18n();
  const [params, setParams] = useSearchParams();
  const selected = params.get('name');
  const [filter, setFilter] = useState('');
  const catalogues = useCatalogues();
  const items = useCatalogueItems(selected);
  const tableHeight = useAvailableHeight(300);

  const shown = useMemo(() => {
    const f = foldText(filter.trim());
    if (!f || !items.data) return items.data ?? [];
    return items.data.filter((i) => foldText(`${i.code} ${i.nameVi} ${i.nameEn ?? ''}`).includes(f));
  }, [items.data, filter]);

  return (
    <div>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('navCatalogues')}
      </Typography.Title>
      <Row gutter={16} wrap={false}>
        <Col flex="360px" style={{ minWidth: 0 }}>
          <Card size="small" styles={{ body: { padding: 0 } }}>
            {catalogues.isError ? (
              <Alert type="error" showIcon title={errorText(catalogues.error)} />
            ) : (
              <Table<CatalogueSummaryT>
                size="small"
                rowKey="catalogue"
                loading={catalogues.isPending}
                dataSource={catalogues.data}
                pagination={false}
                scroll={{ y: tableHeight + 40 }}
                onRow={(r) => ({
                  onClick: () => {
                    setFilter('');
                    setParams({ name: r.catalogue });
                  },
                  style: { cursor: 'pointer', background: r.catalogue === selected ? '#e6f0fb' : undefined },
                })}
                columns={[
                  {
                    title: t('catalogues'),
                    dataIndex: 'catalogue',
                    render: (name: string, r) => (
                      <div>
                        <div>{r.title[lang]}</div>
                        {/* The catalogue's name in the API, for integrators: English readers only (no slug in Vietnamese). */}
                        {lang === 'en' && (
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {name}
                          </Typography.Text>
                        )}
                      </div>
                    ),
                  },
                  { title: t('items'), dataIndex: 'items', align: 'right', width: 70, render: formatCount },
                  {
                    title: t('unverifiedCount'),
                    dataIndex: 'unverified',
                    align: 'right',
                    width: 100,
                    render: (n: number) => (n > 0 ? <Tag color="orange">{formatCount(n)}</Tag> : formatCount(n)),
                  },
                ]}
              />
            )}
          </Card>
        </Col>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Card
            size="small"
            title={
              selected ? (catalogues.data?.find((c) => c.catalogue === selected)?.title[lang] ?? '') : t('catalogues')
            }
            extra={
              selected && (
                <Input.Search
                  allowClear
                  size="small"
                  placeholder={t('filterItems')}
                  value={filter}
                  onChange={(e) => setFilter(e.target.value)}
                  style={{ width: 260 }}
                />
              )
            }
          >
            {!selected ? (
              <Empty description={t('pickCatalogue')} />
            ) : items.isError ? (
              <Alert type="error" showIcon title={errorText(items.error)} />
            ) : (
              <Table<CatalogueItemT>
                size="small"
                rowKey={(r) => `${r.code}|${r.validFrom ?? ''}`}
                loading={items.isPending}
                dataSource={shown}
                pagination={false}
                scroll={{ y: tableHeight }}
                columns={[
                  { title: t('code'), dataIndex: 'code', width: 70 },
                  {
                    title: t('name'),
                    dataIndex: 'nameVi',
                    render: (name: string, r) => (
                      <span>
                        {lang === 'en' && r.nameEn ? r.nameEn : name}{' '}
                        {!r.verified && <Tag color="orange">{t('unverified')}</Tag>}
                      </span>
                    ),
                  },
                  { title: t('parentCode'), dataIndex: 'parentCode', width: 70, render: (v: string | null) => v ?? '' },
                  {
                    title: t('validFrom'),
                    dataIndex: 'validFrom',
                    width: 100,
                    render: (v: string | null) => (v ? formatDate(v) : ''),
                  },
                  { title: t('source'), dataIndex: 'source', width: 180, ellipsis: { showTitle: true } },
                ]}
              />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
