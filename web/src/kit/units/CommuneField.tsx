import type { CurrentUserT } from '@lmis/contracts';
import { Input, Select } from 'antd';
import { foldedSearch, unitOptions, useChildUnits } from '../catalogues.tsx';
import { useI18n } from '../i18n.ts';
import { UnitPicker } from './UnitPicker.tsx';

/** Commune officers register in their commune; province officers pick one of theirs; national users search. */
export function CommuneField(props: {
  user: CurrentUserT;
  id?: string;
  value?: string | null;
  onChange?: (v: string | null) => void;
  disabled?: boolean;
  initialLabel?: string | null;
}) {
  const { t } = useI18n();
  const { user } = props;
  const communes = useChildUnits(user.unitCode?.length === 2 ? user.unitCode : undefined);
  if (user.unitCode?.length === 5) return <Input id={props.id} value={user.unitName ?? user.unitCode} disabled />;
  if (user.unitCode?.length === 2) {
    return (
      <Select
        id={props.id}
        showSearch={foldedSearch}
        placeholder={t('commune')}
        loading={communes.isPending}
        disabled={props.disabled}
        value={props.value ?? undefined}
        options={unitOptions(communes.data)}
        onChange={(v: string) => props.onChange?.(v)}
      />
    );
  }
  return (
    <UnitPicker
      id={props.id}
      value={props.value}
      onChange={props.onChange}
      disabled={props.disabled}
      initialLabel={props.initialLabel}
    />
  );
}
