import { foldText } from '../../platform/imports/index.ts';
import { readDataCsv } from '../../platform/reference-data.ts';

/**
 * What officials write in their registers for a catalogue entry besides its title ("Không có trình độ CMKT",
 * "LĐ phổ thông" for "Chưa qua đào tạo"; "THCS" for "Tốt nghiệp trung học cơ sở"), each with where the wording comes
 * from: `server/data/catalogue-synonyms/synonyms.csv`. Read when a file or a form names an entry instead of giving
 * its code; a synonym never overrides an entry's own title.
 */
export interface CatalogueSynonym {
  catalogue: string;
  code: string;
  synonym: string;
  source: string;
}

let cache: CatalogueSynonym[] | undefined;

export function catalogueSynonymList(): CatalogueSynonym[] {
  cache ??= readDataCsv('catalogue-synonyms/synonyms.csv').rows.map((r) => ({
    catalogue: r.catalogue ?? '',
    code: r.code ?? '',
    synonym: r.synonym ?? '',
    source: r.source ?? '',
  }));
  return cache;
}

/** The synonyms of one catalogue, folded (no diacritics, lower case) as names are matched, to the entry's code. */
export function catalogueSynonyms(catalogue: string): Map<string, string> {
  return new Map(
    catalogueSynonymList()
      .filter((s) => s.catalogue === catalogue)
      .map((s) => [foldText(s.synonym), s.code]),
  );
}
