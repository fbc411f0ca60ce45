import { SearchOutlined } from '@ant-design/icons';
import { Button, Card, Col, Input, Row, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n.ts';
import { DateInput } from '../../kit/form/DateInput.tsx';
import { PRE_REFORM_DATE, todayIso } from '../../kit/format.ts';
import { useDebounced } from '../../kit/use-debounced.ts';
import { useAvailableHeight } from '../../kit/use-viewport-height.ts';
import { UnitDetail, type UnitRef } from './UnitDetail.tsx';
import { UnitSearchResults } from './UnitSearchResults.tsx';
import { UnitTree } from './UnitTree.tsx';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Administrative units as of a date: tree, diacritics-free search, and the 2025 merger crosswalk. */
export function UnitBrowserPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const asOfParam = params.get('asOf');
  const asOf = asOfParam && ISO.test(asOfParam) ? asOfParam : todayIso();
  const code = params.get('code');
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const listHeight = useAvailableHeight(270);

  const open = (ref: Partial<UnitRef>) => {
    // Following a link to another date leaves the search behind: its results belonged to the old date.
    if (ref.asOf && ref.asOf !== asOf) setText('');
    const next = new URLSearchParams(params);
    if (ref.asOf) next.set('asOf', ref.asOf);
    if (ref.code) next.set('code', ref.code);
    else if (ref.code === undefined && ref.asOf) next.delete('code');
    setParams(next);
  };
  const setDate = (date: string) => {
    const next = new URLSearchParams(params);
    next.set('asOf', date);
    setParams(next);
  };

  return (
    <div>
      <Space align="center" wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('navUnits')}
        </Typography.Title>
        <Space wrap>
          <Typography.Text>{t('asOfDate')}</Typography.Text>
          <DateInput
            value={dayjs(asOf)}
            style={{ width: 140 }}
            allowClear={false}
            onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))}
            data-testid="as-of"
          />
          <Button type={asOf === PRE_REFORM_DATE ? 'primary' : 'default'} onClick={() => setDate(PRE_REFORM_DATE)}>
            {t('preReform')}
          </Button>
          <Button type={asOf === todayIso() ? 'primary' : 'default'} onClick={() => setDate(todayIso())}>
            {t('current')}
          </Button>
        </Space>
      </Space>
      <Row gutter={16} wrap={false}>
        <Col flex="400px" style={{ minWidth: 0 }}>
          <Card size="small" styles={{ body: { padding: 12 } }}>
            <Input
              allowClear
              prefix={<SearchOutlined />}
              placeholder={t('unitSearchPlaceholder')}
              value={text}
              onChange={(e) => setText(e.target.value)}
              data-testid="unit-search"
              style={{ marginBottom: 8 }}
            />
            {q.length >= 2 ? (
              <UnitSearchResults
                asOf={asOf}
                q={q}
                selected={code}
                onSelect={(c) => open({ code: c })}
                height={listHeight}
              />
            ) : (
              <>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('unitTree')}
                </Typography.Text>
                <UnitTree
                  key={asOf}
                  asOf={asOf}
                  selected={code}
                  onSelect={(c) => open({ code: c })}
                  height={listHeight}
                />
              </>
            )}
          </Card>
        </Col>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <UnitDetail code={code} asOf={asOf} onOpen={open} />
        </Col>
      </Row>
    </div>
  );
}
