/** Text reduced for matching: no diacritics (đ → d), lower case. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** Select search that ignores diacritics ("dong kinh" finds "Phường Đông Kinh"). */
export const foldedSearch = {
  filterOption: (input: string, option?: { label?: unknown }) =>
    foldText(String(option?.label ?? '')).includes(foldText(input.trim())),
};
