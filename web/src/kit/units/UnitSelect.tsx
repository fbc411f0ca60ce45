import type { CurrentUserT } from '@lmis/contracts';
import { Select, Space, Tag } from 'antd';
import { foldedSearch, unitOptions, useChildUnits } from '../catalogues.tsx';
import { useI18n } from '../i18n.ts';

/**
 * The unit a registry page looks at. Commune officers see their commune only; province users choose one of their
 * communes (or the whole province); national users choose a province, then optionally a commune.
 */
export function UnitSelect(props: {
  user: CurrentUserT;
  value: string | undefined;
  onChange: (unitCode: string | undefined) => void;
  width?: number;
}) {
  const { user, value, onChange } = props;
  const { t } = useI18n();
  const national = !user.unitCode;
  const province = national ? value?.slice(0, 2) : user.provinceCode;
  const provinces = useChildUnits(national ? null : undefined);
  const communes = useChildUnits(user.unitCode?.length === 5 ? undefined : (province ?? undefined));
  const width = props.width ?? 220;

  if (user.unitCode?.length === 5) {
    return (
      <Tag color="blue" style={{ marginInlineEnd: 0, padding: '4px 8px' }}>
        {user.unitName ?? user.unitCode}
      </Tag>
    );
  }
  const communeSelect = (
    <Select
      showSearch={foldedSearch}
      allowClear
      style={{ width }}
      placeholder={t('wholeProvince')}
      loading={communes.isPending && Boolean(province)}
      disabled={!province}
      value={value && value.length === 5 ? value : undefined}
      options={unitOptions(communes.data)}
      onChange={(code?: string) => onChange(code ?? province ?? undefined)}
      data-testid="unit-commune"
    />
  );
  if (!national) return communeSelect;
  return (
    <Space.Compact>
      <Select
        showSearch={foldedSearch}
        allowClear
        style={{ width: 180 }}
        placeholder={t('nationalScope')}
        loading={provinces.isPending}
        value={province}
        options={unitOptions(provinces.data)}
        onChange={(code?: string) => onChange(code)}
      />
      {communeSelect}
    </Space.Compact>
  );
}
