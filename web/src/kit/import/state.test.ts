import type { ImportPreviewT } from '@lmis/contracts';
import { describe, expect, it } from 'vitest';
import {
  canUpload,
  FILE_COLUMN,
  hasErrorFile,
  importedUnit,
  initialUploadUnit,
  linkedStatus,
  mapColumn,
  missingRequired,
  needsCommuneConfirm,
  openWarnings,
  progressPercent,
  progressState,
  sampleByColumn,
  stepsStatus,
  uploadUnitCode,
  wizardStep,
} from './state.ts';

const status = {
  id: 7,
  fileName: 'ds-ho.xlsx',
  format: 'xlsx',
  provinceCode: '20',
  communeCode: '05977',
  roundYear: 2026,
  headerRow: 3,
  mapping: { householdCode: 1, headName: 2, districtName: 5 },
  status: 'uploaded',
  totalRows: null,
  rowsDone: 0,
  inserted: 0,
  updated: 0,
  unchanged: 0,
  failed: 0,
  flagged: 0,
  repeated: 0,
  errorMessage: null,
  createdAt: '2026-11-30T02:00:00Z',
  finishedAt: null,
};

const communeWarning = {
  column: 4,
  header: 'Xã',
  field: 'communeCode',
  mappedTo: null,
  message: 'Cột "Xã" giống Xã/phường',
};

/** A household list whose "Xã" column (4) the server left unmapped but flagged as commune-like. */
const preview: ImportPreviewT = {
  import: status,
  headers: ['STT', 'Mã hộ', 'Chủ hộ', 'Thôn', 'Xã', 'Huyện'],
  fields: [
    { key: 'householdCode', label: 'Mã hộ', required: true },
    { key: 'headName', label: 'Chủ hộ', required: true },
    { key: 'areaType', label: 'Khu vực', required: true },
    { key: 'communeCode', label: 'Xã/phường', required: false },
    { key: 'districtName', label: 'Huyện', required: false },
  ],
  warnings: [communeWarning],
  defaultCommune: { code: '05977', name: 'Phường Đông Kinh' },
  communeNote: '',
  sample: [
    { rowNumber: 5, values: { householdCode: 'H01', headName: 'Hoàng Văn A', districtName: 'Cao Lộc' }, cells: [] },
  ],
};

describe('the steps of the import page', () => {
  it('shows the upload until a file is read, the mapping while a preview is open, the run once one is followed', () => {
    expect(wizardStep(null, null)).toBe(0);
    expect(wizardStep(preview, null)).toBe(1);
    expect(wizardStep(preview, 7)).toBe(2);
    expect(wizardStep(null, 7)).toBe(2);
  });

  it('marks the steps finished only for a done run and in error for a failed or interrupted one', () => {
    expect(stepsStatus(2, 'done')).toBe('finish');
    expect(stepsStatus(2, 'failed')).toBe('error');
    expect(stepsStatus(2, 'interrupted')).toBe('error');
    expect(stepsStatus(2, 'running')).toBe('process');
    expect(stepsStatus(1, 'done')).toBe('process');
  });
});

describe('the progress of a run', () => {
  it('counts the rows done against the rows of the file, never beyond 100', () => {
    expect(progressPercent({ status: 'running', rowsDone: 250, totalRows: 1000 })).toBe(25);
    expect(progressPercent({ status: 'running', rowsDone: 1001, totalRows: 1000 })).toBe(100);
  });

  it('is complete for a done run without a row count and at zero for one not yet counted', () => {
    expect(progressPercent({ status: 'done', rowsDone: 0, totalRows: null })).toBe(100);
    expect(progressPercent({ status: 'queued', rowsDone: 0, totalRows: null })).toBe(0);
  });

  it('is active while queued or running, an exception when broken, a success otherwise', () => {
    expect(progressState('queued')).toBe('active');
    expect(progressState('running')).toBe('active');
    expect(progressState('interrupted')).toBe('exception');
    expect(progressState('done')).toBe('success');
  });

  it('offers the error file for refused rows and for exact repeats', () => {
    expect(hasErrorFile({ failed: 0, repeated: 0 })).toBe(false);
    expect(hasErrorFile({ failed: 1, repeated: 0 })).toBe(true);
    expect(hasErrorFile({ failed: 0, repeated: 2 })).toBe(true);
  });
});

describe('the column mapping', () => {
  it('takes a column away from the field that had it when another field gets it', () => {
    const next = mapColumn({ householdCode: 1, headName: 2 }, 'areaType', 2);
    expect(next).toEqual({ householdCode: 1, areaType: 2 });
  });

  it('moves a field to another column and clears it when no column is chosen', () => {
    expect(mapColumn({ householdCode: 1 }, 'householdCode', 3)).toEqual({ householdCode: 3 });
    expect(mapColumn({ householdCode: 1, headName: 2 }, 'headName', undefined)).toEqual({ householdCode: 1 });
  });

  it('lists the required fields no column feeds', () => {
    expect(missingRequired(preview, preview.import.mapping).map((f) => f.key)).toEqual(['areaType']);
    expect(missingRequired(preview, { ...preview.import.mapping, areaType: 3 })).toEqual([]);
  });

  it('settles a look-alike warning once its column is mapped', () => {
    expect(openWarnings(preview, preview.import.mapping)).toHaveLength(1);
    expect(openWarnings(preview, { ...preview.import.mapping, communeCode: 4 })).toEqual([]);
  });

  it('asks to acknowledge a commune-like column left unmapped, not once a commune column is mapped', () => {
    expect(needsCommuneConfirm(preview, preview.import.mapping)).toBe(true);
    expect(needsCommuneConfirm(preview, { ...preview.import.mapping, communeCode: 4 })).toBe(false);
    const otherWarning = { ...preview, warnings: [{ ...communeWarning, field: 'headName' }] };
    expect(needsCommuneConfirm(otherWarning, preview.import.mapping)).toBe(false);
  });

  it('keeps the sample cells by the column the server read, so an edited mapping shows them', () => {
    const row = sampleByColumn(preview)[0];
    if (!row) throw new Error('the sample has no row');
    expect(row.rowNumber).toBe(5);
    expect(row.cells.get(1)).toBe('H01');
    expect(row.cells.get(5)).toBe('Cao Lộc');
    // The district column moved to the "Thôn" field: its cells follow the column.
    const edited = mapColumn(preview.import.mapping, 'address', 5);
    expect(edited.districtName).toBeUndefined();
    expect(row.cells.get(edited.address ?? -1)).toBe('Cao Lộc');
  });
});

describe('the receiving unit', () => {
  it('starts a province user on the file’s commune column only when the province may receive the import', () => {
    expect(initialUploadUnit('20', ['province', 'commune'])).toBe(FILE_COLUMN);
    expect(initialUploadUnit('20', ['commune'])).toBeNull();
    expect(initialUploadUnit('05977', ['province', 'commune'])).toBeNull();
    expect(initialUploadUnit(null, ['province', 'commune'])).toBeNull();
  });

  it('sends a unit code only for a chosen unit', () => {
    expect(uploadUnitCode(FILE_COLUMN)).toBeUndefined();
    expect(uploadUnitCode(null)).toBeUndefined();
    expect(uploadUnitCode('05977')).toBe('05977');
  });

  it('lets a commune user upload a file at once, and others only with a unit', () => {
    expect(canUpload({ hasFile: true, userUnit: '05977', unit: null })).toBe(true);
    expect(canUpload({ hasFile: false, userUnit: '05977', unit: null })).toBe(false);
    expect(canUpload({ hasFile: true, userUnit: '20', unit: null })).toBe(false);
    expect(canUpload({ hasFile: true, userUnit: '20', unit: FILE_COLUMN })).toBe(true);
    expect(canUpload({ hasFile: true, userUnit: null, unit: null })).toBe(false);
  });

  it('lists the imported rows under the import’s commune, or its province when rows named their commune', () => {
    expect(importedUnit({ communeCode: '05977', provinceCode: '20' })).toBe('05977');
    expect(importedUnit({ communeCode: null, provinceCode: '20' })).toBe('20');
  });
});

describe('the recent imports filter', () => {
  it('follows only the statuses the home page links to', () => {
    expect(linkedStatus('uploaded')).toBe('uploaded');
    expect(linkedStatus('interrupted')).toBe('interrupted');
    expect(linkedStatus('done')).toBeUndefined();
    expect(linkedStatus(null)).toBeUndefined();
  });
});
