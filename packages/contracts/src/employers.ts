import Type, { type Static } from 'typebox';
import { ListPaging } from './common.ts';
import { EMPLOYER_FIELDS } from './employer.fields.ts';
import { inputProperties, outputProperties } from './fields.ts';
import { PlainText, Version } from './formats.ts';

const Nullable = <T extends Type.TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const CreateEmployerBody = Type.Object({ ...inputProperties(EMPLOYER_FIELDS) });
export type CreateEmployerBodyT = Static<typeof CreateEmployerBody>;

/**
 * The whole record as it should be (PUT), with the version read. The tax code is the employer's identity and is not
 * changed here: a new code is a new employer (TT 105/2020/TT-BTC Art. 5: a code is issued once, for life).
 */
const { taxCode: _taxCode, ...editable } = inputProperties(EMPLOYER_FIELDS);
export const UpdateEmployerBody = Type.Object({ version: Version(), ...editable });
export type UpdateEmployerBodyT = Static<typeof UpdateEmployerBody>;

export const Employer = Type.Object({
  id: Type.Integer(),
  ...outputProperties(EMPLOYER_FIELDS),
  provinceCode: Type.String(),
  communeName: Nullable(Type.String()),
  legalFormName: Nullable(Type.String()),
  vsicSectionName: Nullable(Type.String()),
  /** Imported under a pre-2025 commune that was split: kept at its main destination, to be checked. */
  unitNeedsReview: Type.Boolean(),
  sourceUnit: Nullable(Type.String()),
  version: Type.Integer(),
  updatedAt: Type.String(),
});
export type EmployerT = Static<typeof Employer>;

export const EmployerListQuery = Type.Object({
  communeCode: Type.Optional(Type.String({ pattern: '^\\d{5}$' })),
  q: Type.Optional(
    PlainText({ maxLength: 100, description: 'Name (diacritics optional, any part) or the start of the tax code' }),
  ),
  vsicSectionCode: Type.Optional(Type.String({ pattern: '^[A-U]$' })),
  page: Type.Integer({ minimum: 1, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  ...ListPaging,
});
export type EmployerListQueryT = Static<typeof EmployerListQuery>;

export const EmployerExportQuery = Type.Object({
  communeCode: Type.Optional(Type.String({ pattern: '^\\d{5}$' })),
  q: Type.Optional(PlainText({ maxLength: 100 })),
  vsicSectionCode: Type.Optional(Type.String({ pattern: '^[A-U]$' })),
  separator: Type.Optional(Type.Union([Type.Literal('comma'), Type.Literal('semicolon')])),
});
export type EmployerExportQueryT = Static<typeof EmployerExportQuery>;

/** The employer an account acts for (an employer account), set by a system administrator or a province officer. */
export const LinkEmployerAccountBody = Type.Object({
  userId: Type.Integer({ minimum: 1 }),
});
