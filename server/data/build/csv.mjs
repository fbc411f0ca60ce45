// Minimal RFC-4180 CSV writer/reader shared by the reference-data build scripts (node built-ins only).
import { writeFileSync } from 'node:fs';

export function csvField(value) {
  const s = value === null || value === undefined ? '' : String(value).normalize('NFC');
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header, rows) {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(header.map((h) => csvField(row[h])).join(','));
  return `${lines.join('\n')}\n`;
}

export function writeCsv(path, header, rows) {
  writeFileSync(path, toCsv(header, rows), 'utf8');
  return rows.length;
}

export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"') {
      quoted = true;
      i++;
      continue;
    }
    if (c === ',') {
      row.push(field);
      field = '';
      i++;
      continue;
    }
    if (c === '\r' && text[i + 1] === '\n') i++;
    if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
      continue;
    }
    field += c;
    i++;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...data] = rows;
  return data.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k] ?? ''])));
}
