import Type, { type Static } from 'typebox';
import { ListPaging } from './common.ts';

const Str = Type.Union([Type.String(), Type.Null()]);

/** A person of the registry: the identity every role record (worker, household member, …) points to. */
export const Person = Type.Object({
  personId: Type.String(),
  fullName: Type.String(),
  birthDate: Str,
  sex: Str,
  ethnicityCode: Str,
  phone: Str,
  address: Str,
  provinceCode: Type.String(),
  communeCode: Type.String(),
  communeName: Str,
  unitNeedsReview: Type.Boolean(),
  /** The roles the person holds in the registers: 'worker', 'household_member'. */
  roles: Type.Array(Type.String()),
  version: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type PersonT = Static<typeof Person>;

export const TRANSFER_STATUSES = ['pending', 'accepted', 'refused', 'cancelled'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];
const TransferStatusSchema = Type.Union([
  Type.Literal('pending'),
  Type.Literal('accepted'),
  Type.Literal('refused'),
  Type.Literal('cancelled'),
]);

/**
 * A request to move a person registered in another unit to the requesting commune. The requesting side sees the
 * person's ID, its own commune and the status, never the holding unit; the holding side sees the person and both
 * communes.
 */
export const PersonTransfer = Type.Object({
  id: Type.Integer(),
  personId: Type.String(),
  /** The person's name: shown to the holding side only (the requester may not know whom the ID belongs to). */
  fullName: Str,
  direction: Type.Union([Type.Literal('incoming'), Type.Literal('outgoing')], {
    description: 'incoming: the reader holds the person and decides; outgoing: the reader asked for the person',
  }),
  /** The holding commune: null for the requesting side. */
  fromCommuneCode: Str,
  fromCommuneName: Str,
  toCommuneCode: Type.String(),
  toCommuneName: Str,
  status: TransferStatusSchema,
  note: Str,
  requestedByName: Type.String(),
  requestedAt: Type.String(),
  decidedByName: Str,
  decidedAt: Str,
  decisionNote: Str,
});
export type PersonTransferT = Static<typeof PersonTransfer>;

export const PersonTransferCreate = Type.Object({
  personId: Type.String({ pattern: '^\\d{12}$', description: '12-digit personal ID' }),
  /** The commune the person moves to: the requester's own commune, or one of the province officer's communes. */
  toCommuneCode: Type.Optional(Type.String({ pattern: '^\\d{5}$' })),
  note: Type.Optional(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()])),
});
export type PersonTransferCreateT = Static<typeof PersonTransferCreate>;

export const PersonTransferDecision = Type.Object({
  decision: Type.Union([Type.Literal('accept'), Type.Literal('refuse')]),
  note: Type.Optional(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()])),
});
export type PersonTransferDecisionT = Static<typeof PersonTransferDecision>;

export const PersonTransferListQuery = Type.Object({
  direction: Type.Optional(Type.Union([Type.Literal('incoming'), Type.Literal('outgoing')])),
  status: Type.Optional(TransferStatusSchema),
  page: Type.Integer({ minimum: 1, default: 1 }),
  /** A unit's open and recent requests fit one page; older ones are reached with the cursor. */
  pageSize: Type.Integer({ minimum: 1, maximum: 500, default: 500 }),
  ...ListPaging,
});
export type PersonTransferListQueryT = Static<typeof PersonTransferListQuery>;

/** The neutral answer when a personal ID is registered in a unit outside the reader's scope (never naming it). */
export const REGISTERED_ELSEWHERE = {
  vi: 'đã được đăng ký tại đơn vị khác',
  en: 'is registered in another unit',
} as const;
