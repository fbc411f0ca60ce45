import type { AdminUnitT } from '@lmis/contracts';
import { Select, Spin, Tag } from 'antd';
import { useState } from 'react';
import { todayIso } from '../format.ts';
import { useI18n } from '../i18n.ts';
import { useDebounced } from '../use-debounced.ts';
import { useProvinces, useUnitSearch } from './api.ts';
import { LEVEL_COLOR, LEVEL_LABEL } from './labels.ts';

/**
 * Picks a province or commune valid today by searching its name (diacritics optional).
 * `initialLabel` names the current value before any search has run; `levels` narrows the choice (an import that only
 * a commune may receive offers communes only).
 */
export function UnitPicker(props: {
  value?: string | null;
  onChange?: (code: string | null) => void;
  initialLabel?: string | null;
  disabled?: boolean;
  id?: string;
  levels?: readonly ('province' | 'commune')[];
}) {
  const { t } = useI18n();
  const today = todayIso();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const search = useUnitSearch(today, q, 30);
  const provinces = useProvinces(today);
  const provinceName = new Map((provinces.data ?? []).map((p) => [p.provinceCode, p.name]));

  const levels: readonly string[] = props.levels ?? ['province', 'commune'];
  const units: AdminUnitT[] = (q.length >= 2 ? (search.data ?? []) : []).filter((u) => levels.includes(u.level));
  const options = units.map((u) => {
    const level = LEVEL_LABEL[u.level];
    const province = u.level === 'commune' ? provinceName.get(u.provinceCode) : null;
    return {
      value: u.code,
      label: `${u.name}${province ? `, ${province}` : ''} (${u.code})`,
      render: (
        <span>
          <Tag color={LEVEL_COLOR[u.level]}>{level ? t(level) : u.level}</Tag>
          {u.name}
          {province ? `, ${province}` : ''} <span style={{ color: '#999' }}>({u.code})</span>
        </span>
      ),
    };
  });
  if (props.value && !options.some((o) => o.value === props.value)) {
    const label = props.initialLabel ? `${props.initialLabel} (${props.value})` : props.value;
    options.unshift({ value: props.value, label, render: <span>{label}</span> });
  }

  return (
    <Select<string>
      id={props.id}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      disabled={props.disabled}
      value={props.value ?? undefined}
      placeholder={t('unitPickerPlaceholder')}
      onChange={(v) => props.onChange?.(v ?? null)}
      notFoundContent={search.isFetching ? <Spin size="small" /> : q.length >= 2 ? t('noResults') : null}
      options={options}
      optionRender={(o) => options.find((x) => x.value === o.value)?.render ?? o.label}
      style={{ width: '100%' }}
    />
  );
}
