import Type, { type Static } from 'typebox';
import { IsoDate } from './common.ts';
import { PlainText } from './formats.ts';

export const AdminUnit = Type.Object({
  code: Type.String(),
  level: Type.String(),
  kind: Type.String(),
  name: Type.String(),
  parentCode: Type.Union([Type.String(), Type.Null()]),
  provinceCode: Type.String(),
  validFrom: Type.Union([Type.String(), Type.Null()]),
  validTo: Type.Union([Type.String(), Type.Null()]),
  childCount: Type.Optional(Type.Integer()),
});
export type AdminUnitT = Static<typeof AdminUnit>;

export const CrosswalkLink = Type.Object({
  code: Type.String(),
  name: Type.String(),
  provinceCode: Type.String(),
  provinceName: Type.Union([Type.String(), Type.Null()]),
  districtName: Type.Union([Type.String(), Type.Null()]),
  mergeType: Type.String(),
});
export type CrosswalkLinkT = Static<typeof CrosswalkLink>;

export const AdminUnitDetail = Type.Object({
  unit: AdminUnit,
  ancestors: Type.Array(AdminUnit),
  becameUnits: Type.Array(CrosswalkLink, { description: 'For a pre-reform commune: the commune(s) it became' }),
  cameFromUnits: Type.Array(CrosswalkLink, { description: 'For a post-reform commune: the communes it came from' }),
});
export type AdminUnitDetailT = Static<typeof AdminUnitDetail>;

export const UnitListQuery = Type.Object({
  asOf: Type.Optional(IsoDate),
  parent: Type.Optional(Type.String({ pattern: '^\\d{2,5}$' })),
  q: Type.Optional(PlainText({ maxLength: 100 })),
  level: Type.Optional(Type.Union([Type.Literal('province'), Type.Literal('district'), Type.Literal('commune')])),
  limit: Type.Integer({ minimum: 1, maximum: 5000, default: 5000 }),
});
export type UnitListQueryT = Static<typeof UnitListQuery>;
