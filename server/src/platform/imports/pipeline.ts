import type { FieldDeclaration } from '@lmis/contracts';
import type { RequestContext, Scope } from '../auth/actor.ts';
import type { DbOrTx } from '../db/index.ts';
import type { Resource } from '../policy/index.ts';
import type { ImportErrorRow, ImportProgress, ImportRecord } from './queries.ts';

/**
 * What a module declares to import a tabular file on the generic pipeline (upload → header detection → column
 * mapping by the fields' aliases → preview with warnings → batch validate and merge, bisecting bad rows → error
 * file → resume), run as a pg-boss task with the import row as checkpoint:
 * its fields, how a row becomes a value (`validate`, with the row's commune resolved from the file), and how a
 * batch of values merges (`prepareBatch`/`landBatch`, the module's own statement).
 */
export interface TabularImport<K extends string = string, V extends object = object, Ref = unknown> {
  /** Stored in the import row; an import of another kind answers as not found. */
  kind: string;
  /** The pg-boss queue of its runs. */
  task: string;
  /** The folder under DATA_DIR/uploads where its files are kept. */
  uploads: string;
  /** Tables a run writes, analysed when it ends. */
  writesTables: readonly string[];
  /** The change log's entity type of an import's summary. */
  auditType: string;
  /** The policy resource of its imports (`read` to see them, `create` to upload and run). */
  resource: Resource<{ provinceCode: string; communeCode: string | null }>;
  /**
   * The resource's actions that read imports and upload/run them, when not `read` and `create` (the employers
   * register grants both with `employer:import`).
   */
  actions?: { read: string; create: string };
  /** The file's name for the template. */
  templateFileName: string;
  fields: readonly FieldDeclaration<K>[];
  /** Fields whose column marks the header row (counted extra); the preview needs one of them. */
  keyFields: readonly K[];
  /** The column a run cannot do without (the row's identity). */
  requiredColumn: K;
  /** The commune column: without it rows land in the upload's commune. */
  communeField: K;
  /** Fields whose unmapped look-alike column stops the first run until the person confirms. */
  confirmFields: readonly K[];
  /** A row's identity in the file (repeat and duplicate detection); empty when the row has none. */
  identityOfRaw(raw: RawRow<K>): string;
  identityOfValue(value: V): string;
  /** The reason given to a second row with an identity already seen in the file. */
  duplicateReason(identity: string, firstRow: number): string;
  /** Adjusts a row's cells as the file format needs (a CSV's number-like ID). */
  readRow?(raw: RawRow<K>, format: string): RawRow<K>;
  /**
   * Everything rows are checked against, loaded once per run: catalogues, and the commune resolution of each row
   * (the file's commune column, refused outside the import's scope; the upload's commune only for a file without
   * that column).
   */
  loadReference(db: DbOrTx, job: ImportRecord & { mapping: Record<string, number> }, today: string): Promise<Ref>;
  /** A row as a value, or the reasons it is refused (each naming its field). */
  validate(raw: RawRow<K>, ref: Ref, job: ImportRecord, today: string): { value?: V; reasons: string[] };
  /** Builds a batch's merge (it may be built while the previous batch runs). */
  prepareBatch(batch: ImportBatch<V>): PreparedImportBatch<V>;
  /**
   * Lands a prepared batch in `tx`: merges its rows, records its invalid rows and adds it to the import's counters
   * (the checkpoint) — all or nothing. Returns the counters after the batch.
   */
  landBatch(tx: DbOrTx, prepared: PreparedImportBatch<V>): Promise<ImportProgress>;
  /** What the error file keeps of a row the database refused. */
  keptOfFailedRow(row: V & { sourceRow: number }): unknown;
}

export type RawRow<K extends string = string> = Partial<Record<K, unknown>>;

export interface ImportBatch<V> {
  rows: (V & { sourceRow: number })[];
  scope: Scope;
  importId: number | null;
  ctx: RequestContext;
  /** The batch's place in an import: rows read (valid and invalid) and the invalid ones. */
  progress?: { rowsRead: number; invalid: ImportErrorRow[] };
}

export interface PreparedImportBatch<V> {
  batch: ImportBatch<V>;
  /** The module's prepared statement or anything else it built. */
  query?: unknown;
}

/** The kinds of import known to this process (each module registers its own when loaded). */
const KINDS = new Map<string, TabularImport<string, object, unknown>>();

export function registerTabularImport<K extends string, V extends object, Ref>(
  def: TabularImport<K, V, Ref>,
): TabularImport<K, V, Ref> {
  KINDS.set(def.kind, def as unknown as TabularImport<string, object, unknown>);
  return def;
}

export const tabularImports = () => [...KINDS.values()];
