import { describe, expect, it } from 'vitest';
import { foldText } from '../../platform/imports/index.ts';
import { readDataCsv } from '../../platform/reference-data.ts';
import { catalogueSynonymList, catalogueSynonyms } from './catalogue-synonyms.ts';

const catalogue = (name: string) => readDataCsv(`catalogues/${name}.csv`).rows;

describe('catalogue synonyms (reference data)', () => {
  it('point every synonym at an entry that exists, with its source', () => {
    for (const s of catalogueSynonymList()) {
      const codes = catalogue(s.catalogue).map((r) => r.code);
      expect(codes, `${s.catalogue}: ${s.synonym}`).toContain(s.code);
      expect(s.source.length, s.synonym).toBeGreaterThan(3);
    }
  });

  it('never give one wording to two entries, nor another entry’s title', () => {
    const seen = new Map<string, string>();
    for (const s of catalogueSynonymList()) {
      const key = `${s.catalogue}/${foldText(s.synonym)}`;
      expect(seen.get(key) ?? s.code, key).toBe(s.code);
      seen.set(key, s.code);
      for (const entry of catalogue(s.catalogue)) {
        if (entry.code !== s.code) expect(foldText(entry.name_vi ?? ''), key).not.toBe(foldText(s.synonym));
      }
    }
  });

  it('reads what communes write for "no training" as "Chưa qua đào tạo"', () => {
    const qualification = catalogueSynonyms('qualification-levels');
    expect(qualification.get(foldText('Không có trình độ CMKT'))).toBe('00');
    expect(qualification.get(foldText('LĐ phổ thông'))).toBe('00');
    expect(qualification.get(foldText('Trung cấp nghề'))).toBe('03');
    expect(catalogueSynonyms('general-education').get(foldText('THPT'))).toBe('4');
  });
});
