import {
  CreateHouseholdBody,
  declareFields,
  type FieldDeclaration,
  fieldLabels,
  HISTORY_FIELD_LABELS,
  HOUSEHOLD_FIELDS,
  historyFieldLabel,
  humaniseFieldName,
  inputProperties,
  outputProperties,
  WORKER_FIELD_LABELS,
  WORKER_FIELDS,
  Worker,
  WorkerInput,
} from '@lmis/contracts';
import Type from 'typebox';
import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { exportColumns, templateColumns } from '../exports/index.ts';
import { mapHeaders } from './headers.ts';

/** A record declared only here: every derivation must pick up a field nobody wrote code for. */
const TRIAL = declareFields([
  {
    key: 'personId',
    label: { vi: 'Số định danh cá nhân', en: 'Personal ID' },
    type: 'personId',
    required: true,
    aliases: ['so dinh danh ca nhan'],
  },
  {
    key: 'workshopName',
    label: { vi: 'Tên xưởng', en: 'Workshop' },
    type: 'text',
    aliases: ['ten xuong', 'xuong'],
  },
  {
    key: 'hasLicence',
    label: { vi: 'Có giấy phép', en: 'Licensed' },
    type: 'bool',
    defaultFalse: true,
    aliases: ['giay phep'],
  },
  {
    key: 'districtName',
    label: { vi: 'Huyện', en: 'District' },
    type: 'unitPart',
    aliases: ['huyen'],
    exportHeader: null,
    stored: 'none',
  },
] as const);

describe('one field declaration, derived everywhere', () => {
  it('puts a declared field in the request and response contracts, optional when not required', () => {
    const input = Type.Object(inputProperties(TRIAL));
    expect(Value.Check(input, { personId: '001090000001', workshopName: 'Xưởng mộc' })).toBe(true);
    expect(Value.Check(input, { personId: '001090000001', workshopName: null })).toBe(true);
    expect(Value.Check(input, { workshopName: 'Xưởng mộc' })).toBe(false);
    // A file-only field is no property of the contract.
    expect(Object.keys(input.properties)).toEqual(['personId', 'workshopName', 'hasLicence']);
    const output = Type.Object(outputProperties(TRIAL));
    expect(Value.Check(output, { personId: 'x', workshopName: null, hasLicence: false })).toBe(true);
    expect(Value.Check(output, { personId: 'x', workshopName: null, hasLicence: null })).toBe(false);
  });

  it('maps a file column to the field by its aliases', () => {
    expect(mapHeaders(TRIAL, ['STT', 'Số định danh cá nhân', 'Tên xưởng', 'Giấy phép', 'Huyện'])).toEqual({
      personId: 1,
      workshopName: 2,
      hasLicence: 3,
      districtName: 4,
    });
  });

  it('exports a stored field under its label (a yes/no typed) and leaves file-only fields out', () => {
    const columns = exportColumns<Record<string, unknown>>(TRIAL, { read: (row, key) => row[key] });
    expect(columns.map((c) => [c.header, c.kind])).toEqual([
      ['Số định danh cá nhân', 'code'],
      ['Tên xưởng', 'text'],
      ['Có giấy phép', 'bool'],
    ]);
    expect(columns[1]?.value({ workshopName: 'Xưởng mộc' }, 1)).toBe('Xưởng mộc');
    // The import template has every column the import reads, file-only ones included.
    expect(templateColumns(TRIAL).map((c) => c.header)).toEqual([
      'Số định danh cá nhân',
      'Tên xưởng',
      'Có giấy phép',
      'Huyện',
    ]);
  });

  it('writes catalogue fields by name and sex as Nam/Nữ, so an export imports back', () => {
    const columns = exportColumns<Record<string, unknown>>(WORKER_FIELDS, {
      read: (row, key) => row[key],
      catalogueNames: new Map([['ethnicityCode', new Map([['01', 'Kinh']])]]),
    });
    const byHeader = new Map(columns.map((c) => [c.header, c]));
    expect(byHeader.get('Dân tộc')?.value({ ethnicityCode: '01' }, 1)).toBe('Kinh');
    expect(byHeader.get('Giới tính')?.value({ sex: 'female' }, 1)).toBe('Nữ');
    expect(byHeader.has('Mã xã')).toBe(true);
    expect(byHeader.has('Huyện/quận (trước 2025)')).toBe(false);
  });

  it('builds the worker and household contracts from their declarations', () => {
    for (const f of WORKER_FIELDS as readonly FieldDeclaration[]) {
      const inContract = f.key in WorkerInput.properties && f.key in Worker.properties;
      expect(inContract, f.key).toBe(f.stored !== 'none');
    }
    for (const f of HOUSEHOLD_FIELDS as readonly FieldDeclaration[]) {
      expect(f.key in CreateHouseholdBody.properties, f.key).toBe(f.stored !== 'none');
    }
  });

  it('gives the web and the change log every declared label, in Vietnamese and English', () => {
    expect(fieldLabels(TRIAL).workshopName).toEqual({ vi: 'Tên xưởng', en: 'Workshop' });
    for (const f of WORKER_FIELDS) {
      expect(WORKER_FIELD_LABELS[f.key]).toEqual(f.label);
      expect(HISTORY_FIELD_LABELS.worker?.[f.key]).toEqual(f.label);
    }
    expect(historyFieldLabel('worker', 'communeCode', 'vi')).toBe('Xã/phường');
    expect(historyFieldLabel('household', 'headName', 'en')).toBe('Head of household');
    expect(historyFieldLabel('user', 'failedLogins', 'vi')).toBe('Số lần đăng nhập sai');
  });

  it('shows a field nobody named in words, never as its code name', () => {
    expect(historyFieldLabel('worker', 'lastSeenAtCounter', 'vi')).toBe('Last seen at counter');
    expect(historyFieldLabel('no_such_type', 'headName', 'vi')).toBe('Chủ hộ');
    expect(humaniseFieldName('failedLogins')).toBe('Failed logins');
    expect(humaniseFieldName('source_row')).toBe('Source row');
  });
});
