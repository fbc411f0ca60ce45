import type { ImportStatusT } from '@lmis/contracts';
import type { QueryKey } from '@tanstack/react-query';

/** An extra choice of the upload form, sent as a form field beside the file (the register's collection year). */
export interface UploadChoice {
  /** The form field's name, as the server reads it (`roundYear`). */
  name: string;
  label: string;
  options: { value: number; label: string }[];
  initial: number;
  testId: string;
  /** The recent imports show it in a column when the import's status carries it. */
  column?: keyof ImportStatusT & string;
}

/**
 * One tabular import as the page needs it: where the server serves it, the list's words, what the upload form
 * asks, which units may receive it and where the imported rows are listed. Words are in the current language.
 */
export interface ImportKind {
  /** The collection path: `/api/worker-imports`, `/api/employer-imports`, `/api/household-imports`. */
  base: string;
  /** The list's words, filling the kit's texts: "danh sách hộ" / "households". */
  list: string;
  /** A line under the title: what the file may hold. */
  hint?: string;
  /** Levels a receiving unit may have; a national user picks one, a province user may leave it to the file. */
  unitLevels: readonly ('province' | 'commune')[];
  uploadChoices?: UploadChoice[];
  /** The server answers `<base>/retention` (the register's uploads hold personal data and say how long they stay). */
  retention?: boolean;
  /** Query keys of the list's data: stale once a run ends. */
  lists: readonly QueryKey[];
  /** The list page filtered to what a finished import brought in. */
  doneLink(status: ImportStatusT): string;
}
