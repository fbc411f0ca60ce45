import Type, {
  type Static,
  type TBoolean,
  type TInteger,
  type TLiteral,
  type TNull,
  type TObject,
  type TOptional,
  type TSchema,
  type TString,
  type TUnion,
} from 'typebox';
import { PlainText } from './formats.ts';

/**
 * A record's fields, declared once. Each declaration says what the value is (type, catalogue), whether it is
 * required, how people call it (Vietnamese and English labels, the column headers files use for it), and where it
 * is stored; the API contracts, the import's column mapping, the export columns, the import template, the change
 * log's field names and the web's labels are derived from it (see `inputProperties`, `outputProperties`,
 * `fieldLabels`, and on the server `platform/imports` and `platform/exports`).
 */

/** What a value is: it decides the contract's schema piece, how a cell is read and how an export writes it. */
export type FieldType =
  | 'personId'
  | 'text'
  | 'date'
  | 'sex'
  | 'bool'
  /** A whole number (a count such as the number of employees). */
  | 'integer'
  | 'catalogue'
  | 'commune'
  /** A district or province name that only qualifies a commune name in a file; never stored. */
  | 'unitPart'
  | 'areaType';

/** How a field's values look, for spotting an unmapped column by its content (`platform/imports`). */
export type ValueShape = 'personId' | 'date' | 'sex' | 'commune' | 'district' | 'province' | 'phone';

export interface Label {
  vi: string;
  en: string;
}

export interface FieldDeclaration<K extends string = string> {
  key: K;
  type: FieldType;
  label: Label;
  /** Catalogue (server/data/catalogues) whose codes or names the value takes. */
  catalogue?: string;
  /** The record cannot be saved without it. */
  required?: boolean;
  /** An import may leave the column out: the value then comes from the upload (the commune of the upload). */
  importOptional?: boolean;
  /** Stored as false when not given (the register's yes/no needs); otherwise an absent bool is null (unknown). */
  defaultFalse?: boolean;
  /** Longest text accepted (API and import); 500 unless said. */
  maxLength?: number;
  /** Column headers files use for the field, without diacritics, lower case (`foldText`). */
  aliases: readonly string[];
  /** Words that, inside a header, suggest the field without naming it (a warning when left unmapped). */
  hints?: readonly string[];
  shape?: ValueShape;
  /** The export's column header; the Vietnamese label unless said; null: not exported. */
  exportHeader?: string | null;
  /** Extra words for the API documentation. */
  description?: string;
  /** The request-schema piece when the type's default does not fit (a code's pattern, a strict calendar date). */
  inputSchema?: TSchema;
  /**
   * Where the value is kept: `record` (a column of the record's own table, named in snake_case after the key),
   * `identity` (the person registry), or `none` (read from files only).
   */
  stored?: 'record' | 'identity' | 'none';
}

/** Declares a record's fields, keeping their keys as literal types. */
export const declareFields = <const F extends readonly FieldDeclaration[]>(fields: F): F => fields;

export type FieldKeyOf<F extends readonly FieldDeclaration[]> = F[number]['key'];

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** The request-schema piece of one field (API input: codes or names; dates and sex as people write them). */
export function inputSchemaOf(field: FieldDeclaration): TSchema {
  const max = field.maxLength ?? 500;
  const base = (): TSchema => {
    if (field.inputSchema) return field.inputSchema;
    switch (field.type) {
      case 'personId':
        return PlainText({ maxLength: 20 });
      case 'date':
        return PlainText({ maxLength: 20, description: 'YYYY-MM-DD or dd/mm/yyyy' });
      case 'sex':
        return PlainText({ maxLength: 20, description: 'male/female or Nam/Nữ' });
      case 'commune':
        return Type.String({ pattern: '^\\d{5}$', ...(field.description && { description: field.description }) });
      case 'bool':
        return Type.Boolean();
      case 'integer':
        return Type.Integer({ minimum: 0, maximum: 2_147_483_647 });
      case 'areaType':
        return Type.Union([Type.Literal('urban'), Type.Literal('rural')]);
      default:
        return PlainText({ maxLength: max, ...(field.description && { description: field.description }) });
    }
  };
  return field.required ? base() : Type.Optional(Nullable(base()));
}

/** The response-schema piece of one field: what the stored record holds. */
export function outputSchemaOf(field: FieldDeclaration): TSchema {
  if (field.type === 'bool') return field.defaultFalse ? Type.Boolean() : Nullable(Type.Boolean());
  if (field.type === 'integer') return field.required ? Type.Integer() : Nullable(Type.Integer());
  return field.required ? Type.String() : Nullable(Type.String({ maxLength: 500 }));
}

const accepted = (f: FieldDeclaration) => f.stored !== 'none';

type BaseInput<F> = F extends { inputSchema: infer S extends TSchema }
  ? S
  : F extends { type: 'bool' }
    ? TBoolean
    : F extends { type: 'integer' }
      ? TInteger
      : F extends { type: 'areaType' }
        ? TUnion<[TLiteral<'urban'>, TLiteral<'rural'>]>
        : TString;
type InputOf<F> = F extends { required: true } ? BaseInput<F> : TOptional<TUnion<[BaseInput<F>, TNull]>>;
type OutputOf<F> = F extends { type: 'bool' }
  ? F extends { defaultFalse: true }
    ? TBoolean
    : TUnion<[TBoolean, TNull]>
  : F extends { type: 'integer' }
    ? F extends { required: true }
      ? TInteger
      : TUnion<[TInteger, TNull]>
    : F extends { required: true }
      ? TString
      : TUnion<[TString, TNull]>;
type Accepted<F> = F extends { stored: 'none' } ? never : F;

/** The schema pieces of a declaration list, typed per field (so `Static` of the contract is exact). */
export type InputProperties<Fs extends readonly FieldDeclaration[]> = {
  [F in Fs[number] as Accepted<F> extends never ? never : F['key']]: InputOf<F>;
};
export type OutputProperties<Fs extends readonly FieldDeclaration[]> = {
  [F in Fs[number] as Accepted<F> extends never ? never : F['key']]: OutputOf<F>;
};

/** The request properties of every field a client may send (file-only fields left out). */
export function inputProperties<const F extends readonly FieldDeclaration[]>(fields: F): InputProperties<F> {
  return Object.fromEntries(fields.filter(accepted).map((f) => [f.key, inputSchemaOf(f)])) as InputProperties<F>;
}

/** The response properties of every stored field. */
export function outputProperties<const F extends readonly FieldDeclaration[]>(fields: F): OutputProperties<F> {
  return Object.fromEntries(fields.filter(accepted).map((f) => [f.key, outputSchemaOf(f)])) as OutputProperties<F>;
}

/** Labels by key, as plain data (the web's form and table labels, the change log's field names). */
export function fieldLabels(fields: readonly FieldDeclaration[]): Record<string, Label> {
  return Object.fromEntries(fields.map((f) => [f.key, f.label]));
}

/** The declaration of `key`, or undefined. */
export const fieldOf = <K extends string>(fields: readonly FieldDeclaration<K>[], key: string) =>
  fields.find((f) => f.key === key);

/** The values a record's declared fields hold once stored (text or null, booleans), by key. */
export type FieldValues<Fs extends readonly FieldDeclaration[]> = Static<TObject<OutputProperties<Fs>>>;

/** The SQL column of a field stored on its record's own table: the key in snake_case. */
export const columnOf = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
