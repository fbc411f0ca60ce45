import type { FieldDeclaration } from '@lmis/contracts';
import { openTabularExport, templateColumns } from '../exports/index.ts';

/**
 * An import's template .xlsx, derived from the field declarations: every field under the header the import
 * recognises first, and the example rows the module gives (values as a commune would write them, so a filled copy
 * imports as it is).
 */
export async function openImportTemplate(opts: {
  fields: readonly FieldDeclaration[];
  examples: Record<string, unknown>[];
  fileName: string;
}) {
  const file = await openTabularExport(
    {
      sheetName: 'Danh sách',
      columns: templateColumns(opts.fields),
      batches: (async function* () {
        yield opts.examples;
      })(),
    },
    'xlsx',
  );
  return { stream: file.stream, fileName: opts.fileName, contentType: file.contentType };
}
