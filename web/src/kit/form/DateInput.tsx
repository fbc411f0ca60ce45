import { DatePicker, type DatePickerProps } from 'antd';
import type { RangePickerProps } from 'antd/es/date-picker';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../i18n.ts';

/**
 * Dates are typed (or picked) as dd/mm/yyyy in both languages, and the empty box says so. Typing without the
 * slashes or without the leading zeros (21112026, 1/7/2025) is read too; the box always shows dd/mm/yyyy.
 */
export const DATE_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'DDMMYYYY'];

export function DateInput(
  props: Omit<
    DatePickerProps,
    'format' | 'placeholder' | 'picker' | 'onChange' | 'multiple' | 'value' | 'defaultValue' | 'defaultPickerValue'
  > & {
    value?: Dayjs | null;
    defaultPickerValue?: Dayjs;
    onChange?: (date: Dayjs | null) => void;
  },
) {
  const { t } = useI18n();
  const { onChange, ...rest } = props;
  return (
    <DatePicker
      style={{ width: '100%' }}
      {...rest}
      format={DATE_FORMATS}
      placeholder={t('datePlaceholder')}
      onChange={(d: Dayjs | null) => onChange?.(d)}
    />
  );
}

export function DateRangeInput(props: Omit<RangePickerProps, 'format' | 'placeholder' | 'picker'>) {
  const { t } = useI18n();
  return (
    <DatePicker.RangePicker
      {...props}
      format={DATE_FORMATS}
      placeholder={[t('datePlaceholder'), t('datePlaceholder')]}
    />
  );
}
