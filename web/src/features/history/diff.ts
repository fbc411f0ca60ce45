export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export function asRecord(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** Keys the database gives a row, meaningless to a reader (the record itself is named by the entry). */
const INTERNAL_KEYS = new Set(['id', 'version', 'householdId', 'createdAt', 'updatedAt']);

/** Fields whose value differs between the two snapshots of an audit entry (all fields of a creation). */
export function diffSnapshots(before: unknown, after: unknown): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !INTERNAL_KEYS.has(f));
  const created = before === null || before === undefined;
  return (
    fields
      .filter((f) => JSON.stringify(b[f] ?? null) !== JSON.stringify(a[f] ?? null))
      // A creation lists the values that were set, not every empty field.
      .filter((f) => !created || (a[f] !== null && a[f] !== ''))
      .map((f) => ({ field: f, before: b[f] ?? null, after: a[f] ?? null }))
  );
}
