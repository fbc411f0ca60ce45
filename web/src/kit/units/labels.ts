import type { MessageKey } from '../i18n.ts';

export const LEVEL_LABEL: Record<string, MessageKey> = {
  province: 'levelProvince',
  district: 'levelDistrict',
  commune: 'levelCommune',
};

export const MERGE_TAG: Record<string, { label: MessageKey; color: string }> = {
  full: { label: 'mergeFull', color: 'blue' },
  partial: { label: 'mergePartial', color: 'orange' },
  unchanged: { label: 'mergeUnchanged', color: 'green' },
};

export const LEVEL_COLOR: Record<string, string> = { province: 'geekblue', district: 'purple', commune: 'cyan' };
