import Type, { type Static } from 'typebox';
import { IsoDate, ListPaging } from './common.ts';
import { inputProperties } from './fields.ts';
import { MultilineText, PlainText, Version } from './formats.ts';
import { HOUSEHOLD_FIELDS } from './household.fields.ts';

/** Poverty class of a household in one yearly review (NĐ 07/2021/NĐ-CP Art. 3): hộ nghèo, hộ cận nghèo, other. */
export const POVERTY_CLASSES = ['poor', 'near_poor', 'other'] as const;
export type PovertyClass = (typeof POVERTY_CLASSES)[number];
export const PovertyClassSchema = Type.Union([Type.Literal('poor'), Type.Literal('near_poor'), Type.Literal('other')]);

/** Change of class since the previous year's review (QĐ 24/2021/QĐ-TTg: hộ nghèo mới, hộ thoát nghèo …). */
export const POVERTY_TRANSITIONS = [
  'newly_poor',
  'still_poor',
  'escaped_poverty',
  'newly_near_poor',
  'still_near_poor',
  'escaped_near_poverty',
] as const;
export type PovertyTransition = (typeof POVERTY_TRANSITIONS)[number];

export const AreaTypeSchema = Type.Union([Type.Literal('urban'), Type.Literal('rural')], {
  description: 'Catalogue household-area-types: urban (thành thị) or rural (nông thôn)',
});

const Nullable = <T extends Type.TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const HouseholdMemberInput = Type.Object({
  personId: Type.Optional(Nullable(Type.String({ pattern: '^\\d{12}$', description: '12-digit personal ID' }))),
  fullName: PlainText({ minLength: 1, maxLength: 200 }),
  birthDate: Type.Optional(Nullable(IsoDate)),
  sex: Type.Optional(Nullable(Type.Union([Type.Literal('male'), Type.Literal('female')]))),
  relation: Type.Optional(Nullable(PlainText({ maxLength: 100, description: 'Relation to the head' }))),
});
export type HouseholdMemberInputT = Static<typeof HouseholdMemberInput>;

export const CreateHouseholdBody = Type.Object({
  ...inputProperties(HOUSEHOLD_FIELDS),
  members: Type.Optional(Type.Array(HouseholdMemberInput, { maxItems: 50 })),
});
export type CreateHouseholdBodyT = Static<typeof CreateHouseholdBody>;

export const UpdateHouseholdBody = Type.Object({
  version: Version(),
  headName: Type.Optional(PlainText({ minLength: 1, maxLength: 200 })),
  address: Type.Optional(Nullable(PlainText({ maxLength: 500 }))),
  areaType: Type.Optional(AreaTypeSchema),
  registeredOn: Type.Optional(IsoDate),
  dissolvedOn: Type.Optional(Nullable(IsoDate)),
  members: Type.Optional(Type.Array(HouseholdMemberInput, { maxItems: 50, description: 'Replaces the whole list' })),
});
export type UpdateHouseholdBodyT = Static<typeof UpdateHouseholdBody>;

export const HouseholdListQuery = Type.Object({
  communeCode: Type.Optional(Type.String({ pattern: '^\\d{5}$' })),
  q: Type.Optional(PlainText({ maxLength: 100, description: "Head's name, diacritics optional" })),
  classYear: Type.Optional(
    Type.Integer({
      minimum: 2000,
      maximum: 2100,
      description: "Show (and filter on) this year's review class instead of the latest review's",
    }),
  ),
  finalClass: Type.Optional(PovertyClassSchema),
  page: Type.Integer({ minimum: 1, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  ...ListPaging,
});
export type HouseholdListQueryT = Static<typeof HouseholdListQuery>;

export const HouseholdRow = Type.Object({
  id: Type.Integer(),
  householdCode: Type.String(),
  headName: Type.String(),
  address: Nullable(Type.String()),
  provinceCode: Type.String(),
  communeCode: Type.String(),
  areaType: Type.String(),
  registeredOn: Type.String(),
  dissolvedOn: Nullable(Type.String()),
  version: Type.Integer(),
  reviewYear: Nullable(Type.Integer({ description: 'Year of the review whose class is shown' })),
  finalClass: Nullable(Type.String()),
});
export type HouseholdRowT = Static<typeof HouseholdRow>;

export const HouseholdMember = Type.Object({
  id: Type.Integer(),
  personId: Nullable(Type.String()),
  fullName: Type.String(),
  birthDate: Nullable(Type.String()),
  sex: Nullable(Type.String()),
  relation: Nullable(Type.String()),
  workerExists: Type.Boolean({ description: 'The personal ID is in the worker register' }),
});
export type HouseholdMemberT = Static<typeof HouseholdMember>;

export const PovertyReview = Type.Object({
  id: Type.Integer(),
  householdId: Type.Integer(),
  reviewYear: Type.Integer(),
  reviewedOn: Type.String(),
  areaType: Type.String(),
  memberCount: Type.Integer(),
  incomePerCapitaVnd: Type.Integer(),
  deprivations: Type.Array(Type.String()),
  standard: Type.Object({
    id: Type.Integer(),
    incomeThresholdVnd: Type.Integer(),
    deprivationThreshold: Type.Integer(),
    validFrom: Type.String(),
    validTo: Nullable(Type.String()),
  }),
  computedClass: Type.String(),
  overrideClass: Nullable(Type.String()),
  overrideReason: Nullable(Type.String()),
  finalClass: Type.String(),
  previousClass: Nullable(Type.String()),
  transition: Nullable(Type.String()),
  version: Type.Integer(),
});
export type PovertyReviewT = Static<typeof PovertyReview>;

export const HouseholdDetail = Type.Object({
  household: HouseholdRow,
  members: Type.Array(HouseholdMember),
  reviews: Type.Array(PovertyReview, { description: 'Oldest year first' }),
});
export type HouseholdDetailT = Static<typeof HouseholdDetail>;

export const PutReviewBody = Type.Object({
  incomePerCapitaVnd: Type.Integer({ minimum: 0, maximum: 1_000_000_000, description: 'VND per person per month' }),
  memberCount: Type.Integer({ minimum: 1, maximum: 100 }),
  deprivations: Type.Array(Type.String({ pattern: '^\\d{2}$' }), {
    maxItems: 12,
    uniqueItems: true,
    description: 'Codes of catalogue poverty-deprivation-indicators (01–12) the household lacks',
  }),
  reviewedOn: Type.Optional(IsoDate),
  overrideClass: Type.Optional(Nullable(PovertyClassSchema)),
  overrideReason: Type.Optional(Nullable(MultilineText({ maxLength: 1000 }))),
  version: Type.Optional(Version({ description: 'Required when the review of this year already exists' })),
});
export type PutReviewBodyT = Static<typeof PutReviewBody>;

export const PovertyRatesQuery = Type.Object({
  unitCode: Type.Optional(
    Type.String({ pattern: '^\\d{2}(\\d{3})?$', description: "Province or commune; default the user's unit" }),
  ),
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
});
export type PovertyRatesQueryT = Static<typeof PovertyRatesQuery>;

const RateFigures = {
  households: Type.Integer(),
  poor: Type.Integer(),
  nearPoor: Type.Integer(),
  poorRate: Nullable(Type.Number({ description: 'Percent, 2 decimals; null without households' })),
  nearPoorRate: Nullable(Type.Number()),
};

export const PovertyRates = Type.Object({
  unitCode: Type.String(),
  unitName: Type.String(),
  year: Type.Integer(),
  ...RateFigures,
  previousYear: Nullable(Type.Object({ year: Type.Integer(), ...RateFigures })),
  changePoorPp: Nullable(Type.Number({ description: 'Percentage points versus the previous year' })),
  changeNearPoorPp: Nullable(Type.Number()),
  escapedPoverty: Type.Integer(),
  newlyPoor: Type.Integer(),
  byCommune: Type.Array(Type.Object({ communeCode: Type.String(), communeName: Type.String(), ...RateFigures })),
});
export type PovertyRatesT = Static<typeof PovertyRates>;
