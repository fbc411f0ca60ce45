import { readdirSync, readFileSync } from 'node:fs';
import type { DossierAction } from '@lmis/contracts';
import type { TSchema } from 'typebox';
import Value from 'typebox/value';
import type { dossier, dossierDecision } from '../../../db/schema/index.ts';
import type { Actor } from '../auth/actor.ts';
import type { DbOrTx } from '../db/index.ts';
import { DATA_DIR } from '../reference-data.ts';
import {
  AgenciesDecl,
  type AgenciesDeclT,
  type AgencyVersion,
  DossierTypeDecl,
  type DossierTypeDeclT,
  type StepDeclT,
  type VersionDeclT,
} from './declaration.ts';

/**
 * The declared dossier types, read once from server/data/dossier-types and checked against the declaration schema
 * and for coherence (unique step codes, limits counted from earlier steps, a decision declared for every approve
 * and recover, agencies that exist, versions that do not overlap). A broken file stops the start with its name and
 * the problem.
 */
export interface DossierTypes {
  types: ReadonlyMap<string, DossierTypeDeclT>;
  agencies: ReadonlyMap<string, AgencyVersion[]>;
}

const TYPES_DIR = `${DATA_DIR}dossier-types/`;

function check<T>(schema: TSchema, value: unknown, file: string): T {
  const errors = [...Value.Errors(schema, value)];
  if (errors.length > 0) {
    const lines = errors.slice(0, 5).map((e) => `  ${e.instancePath || '/'}: ${e.message}`);
    throw new Error(`dossier types: ${file} is not a valid declaration:\n${lines.join('\n')}`);
  }
  return value as T;
}

function coherence(type: DossierTypeDeclT, agencies: ReadonlyMap<string, AgencyVersion[]>, file: string) {
  const fail = (why: string) => {
    throw new Error(`dossier types: ${file} (${type.code}): ${why}`);
  };
  const versions = [...type.versions].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  versions.forEach((v, i) => {
    const next = versions[i + 1];
    if (v.validTo && v.validTo < v.validFrom) fail(`version ${v.validFrom} ends before it starts`);
    if (next && (v.validTo === null || v.validTo >= next.validFrom))
      fail(`versions ${v.validFrom} and ${next.validFrom} overlap`);
    const seen = new Set<string>();
    for (const step of v.steps) {
      if (seen.has(step.code)) fail(`step ${step.code} is declared twice`);
      const from = step.limit?.from;
      if (from && !from.startsWith('payload:') && !seen.has(from))
        fail(`step ${step.code} counts from ${from}, not an earlier step`);
      seen.add(step.code);
      for (const kind of ['approve', 'recover'] as const) {
        const decl = step.decisions?.[kind];
        if ((step.actions as readonly string[]).includes(kind) && !decl)
          fail(`step ${step.code} allows ${kind} without declaring its decision`);
        if (decl && !agencies.has(decl.agency)) fail(`step ${step.code}: unknown agency ${decl.agency}`);
      }
    }
    if (!seen.has(v.withdrawBefore)) fail(`withdrawBefore names no step (${v.withdrawBefore})`);
  });
  return { ...type, versions };
}

export function loadDossierTypes(dir = TYPES_DIR): DossierTypes {
  const read = (name: string) => JSON.parse(readFileSync(`${dir}${name}`, 'utf8').normalize('NFC')) as unknown;
  const agencyFile = check<AgenciesDeclT>(AgenciesDecl, read('agencies.json'), 'agencies.json');
  const agencies = new Map(agencyFile.agencies.map((a) => [a.code, a.versions]));
  const types = new Map<string, DossierTypeDeclT>();
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'agencies.json')
    .sort()) {
    const type = coherence(check<DossierTypeDeclT>(DossierTypeDecl, read(name), name), agencies, name);
    if (types.has(type.code)) throw new Error(`dossier types: ${name} declares ${type.code} a second time`);
    types.set(type.code, type);
  }
  return { types, agencies };
}

let loaded: DossierTypes | undefined;
/** The declared types of this installation (read on first use). */
export function dossierTypes(): DossierTypes {
  loaded ??= loadDossierTypes();
  return loaded;
}

/** The version of a type valid on a date (a dossier's submission date, or today for a draft). */
export function versionOn(type: DossierTypeDeclT, day: string): VersionDeclT | undefined {
  return type.versions.find((v) => v.validFrom <= day && (v.validTo === null || day <= v.validTo));
}

export function versionFrom(type: DossierTypeDeclT, validFrom: string | null): VersionDeclT | undefined {
  return validFrom ? type.versions.find((v) => v.validFrom === validFrom) : undefined;
}

export function stepOf(version: VersionDeclT, code: string | null): StepDeclT | undefined {
  return code === null ? undefined : version.steps.find((s) => s.code === code);
}

/** The agency's name and abbreviation on a date (Sở LĐTBXH became Sở Nội vụ on 01/03/2025). */
export function agencyOn(types: DossierTypes, code: string, day: string): AgencyVersion | undefined {
  return types.agencies.get(code)?.find((v) => v.validFrom <= day && (v.validTo === null || day <= v.validTo));
}

/** The authority a decision's preamble names: "Giám đốc Sở Nội vụ tỉnh Lạng Sơn", "Chủ tịch Ủy ban nhân dân tỉnh …". */
export function authorityOf(agency: AgencyVersion, provinceName: string): string {
  const position = agency.position.toLocaleLowerCase('vi-VN');
  return `${position.charAt(0).toLocaleUpperCase('vi-VN')}${position.slice(1)} ${agency.title} ${provinceName}`;
}

/**
 * Schema hooks for the application content: the module that owns a type's application (training support) registers
 * the TypeBox schema of its payload; until then the payload is kept as the applicant sent it.
 */
const payloadSchemas = new Map<string, TSchema>();
export function registerPayloadSchema(typeCode: string, schema: TSchema): void {
  payloadSchemas.set(typeCode, schema);
}

/** The payload's problems under the type's registered schema (none when no schema is registered). */
export function payloadProblems(typeCode: string, payload: unknown): { field: string; message: string }[] {
  const schema = payloadSchemas.get(typeCode);
  if (!schema) return [];
  return [...Value.Errors(schema, payload)].map((e) => ({
    field: `payload${e.instancePath.replaceAll('/', '.')}`,
    message: e.message,
  }));
}

/** The dossier as a type's hooks see it (the row as stored, after the transition moved it). */
export type HookDossier = typeof dossier.$inferSelect;
export type HookDecision = typeof dossierDecision.$inferSelect;

/**
 * What the module owning a type adds to the engine, kept generic: `beforeCommit` runs inside the transition's
 * transaction after the row moved (an AppError refuses the transition and rolls everything back);
 * `decisionDocument` renders a decision's whole document from the heading the engine resolved (the engine's plain
 * wording otherwise).
 */
export interface DossierTypeHooks {
  beforeCommit?: (
    tx: DbOrTx,
    ctx: { dossier: HookDossier; action: DossierAction; on: string; actor: Actor; decision: HookDecision | null },
  ) => Promise<void>;
  decisionDocument?: (
    db: DbOrTx,
    ctx: { dossier: HookDossier; decision: HookDecision; heading: DecisionHeading },
  ) => Promise<Buffer | null>;
}

/**
 * What the engine resolves for every decision from the declarations: the issuer of the decision's date
 * (agencies.json), the province it acts for, the number, signer, subject and the version's legal source.
 */
export interface DecisionHeading {
  /** "UBND tỉnh Lạng Sơn" for a department; absent when the issuer is the committee itself. */
  parentAgency?: string;
  /** The issuing agency as named in text: "Sở Nội vụ", "Ủy ban nhân dân tỉnh Lạng Sơn". */
  issuer: string;
  /** Whether the issuer is a department under the province's committee (it has a parent agency). */
  department: boolean;
  /** The authority the preamble names: "Giám đốc Sở Nội vụ tỉnh Lạng Sơn", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn". */
  authority: string;
  /** The head's position in capitals: "GIÁM ĐỐC", "CHỦ TỊCH". */
  headPosition: string;
  /** "tỉnh Lạng Sơn". */
  provinceName: string;
  /** The place of the date line: "Lạng Sơn". */
  place: string;
  number: string;
  date: string;
  subject: string;
  signer: { name: string; position: string };
  /** The legal source of the dossier's type version in force. */
  legalSource: string;
  /** The version's first day (a type's versions are its schemes, e.g. NĐ 28/2015 until 2025, Law 74/2025 after). */
  versionFrom: string | null;
}

const typeHooks = new Map<string, DossierTypeHooks>();
export function registerDossierHooks(typeCode: string, hooks: DossierTypeHooks): void {
  typeHooks.set(typeCode, hooks);
}
export function dossierHooks(typeCode: string): DossierTypeHooks {
  return typeHooks.get(typeCode) ?? {};
}
