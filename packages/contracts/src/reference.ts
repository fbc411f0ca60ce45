import Type, { type Static } from 'typebox';
import { Wording } from './common.ts';

export const CatalogueItem = Type.Object({
  code: Type.String(),
  nameVi: Type.String(),
  nameEn: Type.Union([Type.String(), Type.Null()]),
  parentCode: Type.Union([Type.String(), Type.Null()]),
  validFrom: Type.Union([Type.String(), Type.Null()]),
  validTo: Type.Union([Type.String(), Type.Null()]),
  source: Type.String(),
  verified: Type.Boolean(),
  attributes: Type.Record(Type.String(), Type.Unknown()),
});
export type CatalogueItemT = Static<typeof CatalogueItem>;

export const CatalogueSummary = Type.Object({
  catalogue: Type.String({ description: 'The catalogue name in the API (its file name)' }),
  title: Wording,
  items: Type.Integer(),
  unverified: Type.Integer(),
});
export type CatalogueSummaryT = Static<typeof CatalogueSummary>;
