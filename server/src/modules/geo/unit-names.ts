import type { DbOrTx } from '../../platform/db/index.ts';
import { selectUnitIndexRows } from './geo.queries.ts';

/**
 * Commune names as people write them in spreadsheets, resolved to today's communes: "Xã Phù Lưu, huyện Hàm Yên",
 * "TT. Tân Yên - H. Hàm Yên", "Phường 3 (TP Sóc Trăng)", "P.3/Q.10/TP.HCM", "xa phu luu huyen ham yen", NFD text.
 * A pre-reform name is found with its district or province and mapped through the 2025 crosswalk
 * (NQ 202/2025/QH15; NQ 1654–1687/NQ-UBTVQH15). A name that fits more than one unit is reported with the units it
 * fits, never guessed.
 */

const LAST_PRE_REFORM_DAY = '2025-06-30';

/** Lower case, no diacritics (đ → d); punctuation kept (it separates a commune from its district). */
export function foldUnitText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

const COMMUNE_TYPES = ['thi tran', 'dac khu', 'xa', 'phuong', 'tt', 'x', 'p'];
const DISTRICT_TYPES = ['thanh pho', 'thi xa', 'huyen', 'quan', 'tp', 'tx', 'h', 'q'];
const PROVINCE_TYPES = ['thanh pho', 'tinh', 'tp', 't'];
/** Types that name either a district-level city or a centrally-run city. */
const EITHER = new Set(['thanh pho', 'tp']);
const PROVINCE_ALIASES: Record<string, string> = { hcm: 'ho chi minh', 'tp hcm': 'ho chi minh', hn: 'ha noi' };

type QualifierLevel = 'district' | 'province' | 'any';
export interface Qualifier {
  level: QualifierLevel;
  key: string;
  /** "TP"/"Thành phố" names a city (district-level or centrally-run), never a province called Tỉnh. */
  city?: true;
}
export interface ParsedUnitName {
  /** The commune's name without its type word, folded ("phu luu", "3"). */
  key: string;
  /** The commune's type word as written (folded, abbreviation expanded): xa, phuong, thi tran, dac khu. */
  type: string | null;
  qualifiers: Qualifier[];
}

const EXPAND: Record<string, string> = { tt: 'thi tran', x: 'xa', p: 'phuong' };

/** Words of a folded segment: abbreviation dots and other punctuation become spaces, "p3"/"q10" split, "03" → "3". */
function words(segment: string): string[] {
  return segment
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(p|q|x|f)(\d+)\b/g, '$1 $2')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((w) => (/^\d+$/.test(w) ? String(Number(w)) : w));
}

function stripType(ws: string[], types: readonly string[]): { type: string | null; rest: string[] } {
  for (const type of types) {
    const t = type.split(' ');
    if (ws.length > t.length && t.every((w, i) => ws[i] === w)) return { type, rest: ws.slice(t.length) };
  }
  return { type: null, rest: ws };
}

/** The comparison key of a unit's own name: its type word dropped ("Phường 03" → "3", "Xã Ia Mơ" → "ia mo"). */
export function unitKey(name: string, level: 'commune' | 'district' | 'province' = 'commune'): string {
  const types = level === 'commune' ? COMMUNE_TYPES : level === 'district' ? DISTRICT_TYPES : PROVINCE_TYPES;
  return stripType(words(foldUnitText(name)), types).rest.join(' ');
}

function qualifier(ws: string[]): Qualifier | null {
  const district = stripType(ws, DISTRICT_TYPES);
  const province = stripType(ws, PROVINCE_TYPES);
  let level: QualifierLevel = 'any';
  let rest = ws;
  if (district.type && !EITHER.has(district.type)) [level, rest] = ['district', district.rest];
  else if (province.type && !EITHER.has(province.type)) [level, rest] = ['province', province.rest];
  else if (district.type) rest = district.rest;
  const key = rest.join(' ');
  if (!key || key === 'viet nam') return null;
  const city = district.type !== null && EITHER.has(district.type);
  return { level, key: PROVINCE_ALIASES[key] ?? key, ...(city && { city: true as const }) };
}

const SEPARATORS = /\s*[,;/|()[\]]\s*|\s+[-–—]\s+|[–—]|-(?=\s*(?:h|q|tx|tp|t|huyen|quan|tinh|thi xa|thanh pho)\b)/;

/**
 * Every reading of a written unit name, most likely first: the commune is the first segment or the first few joined
 * (names like "Phường Văn Miếu - Quốc Tử Giám" contain a separator), the segments after it name its district and/or
 * province. Without separators, a district or province type word inside the text starts the qualifiers.
 */
export function parseUnitName(text: string): ParsedUnitName[] {
  const segments = foldUnitText(text)
    .split(SEPARATORS)
    .map((s) => (s ? words(s) : []))
    .filter((ws) => ws.length > 0);
  const readings: ParsedUnitName[] = [];
  const add = (communeWords: string[], rest: string[][]) => {
    const { type, rest: name } = stripType(communeWords, COMMUNE_TYPES);
    if (name.length === 0) return;
    readings.push({
      key: name.join(' '),
      type: type ? (EXPAND[type] ?? type) : null,
      qualifiers: rest.map(qualifier).filter((q): q is Qualifier => q !== null),
    });
  };
  for (let k = 1; k <= segments.length; k++) add(segments.slice(0, k).flat(), segments.slice(k));
  // No separator between the commune and its district: "Xã Phù Lưu huyện Hàm Yên tỉnh Tuyên Quang".
  const first = segments[0] ?? [];
  const starts = [...DISTRICT_TYPES, ...PROVINCE_TYPES].filter((t) => t.length > 2);
  const cuts: number[] = [];
  for (let i = 2; i < first.length; i++) {
    if (starts.some((t) => t.split(' ').every((w, j) => first[i + j] === w))) cuts.push(i);
  }
  if (cuts.length > 0) {
    const parts = cuts.map((c, j) => first.slice(c, cuts[j + 1]));
    add(first.slice(0, cuts[0]), [...parts, ...segments.slice(1)]);
  }
  return readings;
}

interface Ancestor {
  key: string;
  name: string;
  city: boolean;
}
const ancestor = (u: { name: string; kind: string }, level: 'district' | 'province'): Ancestor => ({
  key: unitKey(u.name, level),
  name: u.name,
  city: u.kind === 'Thành phố',
});

interface IndexedUnit {
  code: string;
  name: string;
  kind: string;
  key: string;
  provinceCode: string;
  districtCode: string | null;
}
interface CrosswalkTarget {
  newCode: string;
  newProvinceCode: string;
  mergeType: string;
  oldName: string;
}
interface UnitIndex {
  rows: Awaited<ReturnType<typeof selectUnitIndexRows>>['units'];
  old: Map<string, IndexedUnit[]>;
  districts: Map<string, Ancestor>;
  oldProvinces: Map<string, Ancestor>;
  crosswalk: Map<string, CrosswalkTarget[]>;
}

let cached: { index: Promise<UnitIndex>; resolvers: Map<string, CommuneResolver> } | undefined;
/** Called when the unit lists are reloaded. */
export function forgetUnitIndex(): void {
  cached = undefined;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => map.set(key, [...(map.get(key) ?? []), value]);

async function buildIndex(db: DbOrTx): Promise<UnitIndex> {
  const { units, crosswalk } = await selectUnitIndexRows(db);
  const old = new Map<string, IndexedUnit[]>();
  const districts = new Map<string, Ancestor>();
  const oldProvinces = new Map<string, Ancestor>();
  for (const u of units) {
    if (u.validTo !== LAST_PRE_REFORM_DAY) continue;
    if (u.level === 'district') districts.set(u.code, ancestor(u, 'district'));
    else if (u.level === 'province') oldProvinces.set(u.code, ancestor(u, 'province'));
    else {
      const key = unitKey(u.name);
      push(old, key, { ...u, key, districtCode: u.parentCode });
    }
  }
  const targets = new Map<string, CrosswalkTarget[]>();
  for (const c of crosswalk) push(targets, c.oldCode, c);
  return { rows: units, old, districts, oldProvinces, crosswalk: targets };
}

function unitIndex(db: DbOrTx): Promise<UnitIndex> {
  if (!cached) {
    const index = buildIndex(db);
    cached = { index, resolvers: new Map() };
    index.catch(() => forgetUnitIndex());
  }
  return cached.index;
}

/** Today's commune a written name or code stands for. */
export interface ResolvedUnit {
  communeCode: string;
  provinceCode: string;
  /** Today's name of the commune. */
  name: string;
  /** The pre-reform commune split between several new ones: kept at its main destination, for a person to confirm. */
  needsReview: boolean;
  /** The pre-reform commune as written in the file ("02374 Thị trấn Tân Yên"); null for today's units. */
  sourceUnit: string | null;
}
export type UnitResolution =
  | ({ status: 'found' } & ResolvedUnit)
  /** Several units fit: each is described with its district/province so a person can choose. */
  | { status: 'ambiguous'; candidates: (ResolvedUnit & { description: string })[] }
  /** A pre-reform commune that the crosswalk does not map. */
  | { status: 'unmapped'; name: string }
  | { status: 'unknown' };

export interface CommuneResolver {
  /** `province`: the province the file belongs to; a name that fits one unit there and others elsewhere is its own. */
  resolve(value: string, opts?: { province?: string | null }): UnitResolution;
}

/**
 * A resolver of commune names and codes as of a date: today's communes by code or name, pre-reform communes by
 * code or name (with district/province to tell same-named ones apart) through the 2025 crosswalk.
 */
export async function loadCommuneResolver(db: DbOrTx, asOf: string): Promise<CommuneResolver> {
  const index = await unitIndex(db);
  const known = cached?.resolvers.get(asOf);
  if (known) return known;
  const resolver = buildResolver(index, asOf);
  cached?.resolvers.set(asOf, resolver);
  return resolver;
}

function buildResolver(index: UnitIndex, asOf: string): CommuneResolver {
  const valid = index.rows.filter(
    (u) => (u.validFrom === null || u.validFrom <= asOf) && (u.validTo === null || u.validTo >= asOf),
  );
  const current = new Map<string, IndexedUnit[]>();
  const currentByCode = new Map<string, IndexedUnit>();
  const provinces = new Map<string, Ancestor>();
  for (const u of valid) {
    if (u.level === 'province') provinces.set(u.code, ancestor(u, 'province'));
    if (u.level !== 'commune') continue;
    const unit = { ...u, key: unitKey(u.name), districtCode: null };
    push(current, unit.key, unit);
    currentByCode.set(u.code, unit);
  }
  const oldByCode = new Map<string, IndexedUnit>();
  for (const list of index.old.values()) for (const u of list) oldByCode.set(u.code, u);

  const fromCurrent = (u: IndexedUnit): ResolvedUnit => ({
    communeCode: u.code,
    provinceCode: u.provinceCode,
    name: u.name,
    needsReview: false,
    sourceUnit: null,
  });
  const fromOld = (u: IndexedUnit): ResolvedUnit | null => {
    const targets = index.crosswalk.get(u.code) ?? [];
    const main = targets.find((t) => t.mergeType !== 'partial') ?? targets[0];
    const now = main && currentByCode.get(main.newCode);
    if (!main || !now) return null;
    return {
      communeCode: now.code,
      provinceCode: now.provinceCode,
      name: now.name,
      needsReview: targets.length > 1 || main.mergeType === 'partial',
      sourceUnit: `${u.code} ${u.name}`,
    };
  };
  const describeOld = (u: IndexedUnit) =>
    [u.name, index.districts.get(u.districtCode ?? '')?.name, index.oldProvinces.get(u.provinceCode)?.name]
      .filter(Boolean)
      .join(', ');
  const describeCurrent = (u: IndexedUnit) => [u.name, provinces.get(u.provinceCode)?.name].filter(Boolean).join(', ');

  const fits = (a: Ancestor | undefined, q: Qualifier) => a !== undefined && a.key === q.key && (!q.city || a.city);
  /** How well a unit fits the qualifiers: -1 when one does not fit, else how many name its district. */
  const fitCurrent = (u: IndexedUnit, qs: Qualifier[]) =>
    qs.every((q) => q.level !== 'district' && fits(provinces.get(u.provinceCode), q)) ? 0 : -1;
  const fitOld = (u: IndexedUnit, qs: Qualifier[]) => {
    let districtHits = 0;
    for (const q of qs) {
      if (q.level !== 'province' && fits(index.districts.get(u.districtCode ?? ''), q)) districtHits += 1;
      else if (q.level === 'district') return -1;
      else if (
        !fits(index.oldProvinces.get(u.provinceCode), q) &&
        !(index.crosswalk.get(u.code) ?? []).some((t) => fits(provinces.get(t.newProvinceCode), q))
      )
        return -1;
    }
    return districtHits;
  };

  type Option = ResolvedUnit & { description: string; today: boolean; kind: string; fit: number };
  const strip = ({ description: _d, today: _t, kind: _k, fit: _f, ...unit }: Option): ResolvedUnit => unit;

  const resolveReading = (r: ParsedUnitName, province: string | null): UnitResolution => {
    const now = (current.get(r.key) ?? []).map((u) => ({ u, fit: fitCurrent(u, r.qualifiers) }));
    const before = (index.old.get(r.key) ?? []).map((u) => ({ u, fit: fitOld(u, r.qualifiers) }));
    const nowFit = now.filter((x) => x.fit >= 0);
    const beforeFit = before.filter((x) => x.fit >= 0);
    if (nowFit.length === 0 && beforeFit.length === 0) return { status: 'unknown' };
    let options: Option[] = [
      ...nowFit.map(({ u, fit }) => ({
        ...fromCurrent(u),
        description: describeCurrent(u),
        today: true,
        kind: u.kind,
        fit,
      })),
      ...beforeFit.flatMap(({ u, fit }) => {
        const to = fromOld(u);
        return to ? [{ ...to, description: describeOld(u), today: false, kind: u.kind, fit }] : [];
      }),
    ];
    if (options.length === 0) return { status: 'unmapped', name: beforeFit[0]?.u.name ?? r.key };
    // Narrowing, each step only when it leaves something: the units that fit the most qualifiers (a district named
    // beats a province named), the file's province, the type word written.
    const narrow = (keep: (o: Option) => boolean) => {
      const kept = options.filter(keep);
      if (kept.length > 0) options = kept;
    };
    const bestFit = Math.max(...options.map((o) => o.fit));
    narrow((o) => o.fit === bestFit);
    if (province) narrow((o) => o.provinceCode === province);
    if (r.type) narrow((o) => foldUnitText(o.kind) === r.type);
    const distinct = [...new Map(options.map((o) => [o.communeCode, o])).values()];
    if (distinct.length === 1) {
      // One destination: today's name when it is one, else the pre-reform unit it came from (kept as the source).
      const chosen = options.find((o) => o.today) ?? options[0];
      if (chosen) return { status: 'found', ...strip(chosen) };
    }
    // Today's name over a pre-reform name that now belongs to another commune.
    const today = distinct.filter((o) => o.today);
    if (today.length === 1 && today[0]) return { status: 'found', ...strip(today[0]) };
    return { status: 'ambiguous', candidates: options.map(({ today: _t, kind: _k, fit: _f, ...o }) => o) };
  };

  return {
    resolve(value, opts = {}) {
      const text = value.trim();
      if (/^\d{1,5}$/.test(text)) {
        const code = text.padStart(5, '0');
        const now = currentByCode.get(code);
        if (now) return { status: 'found', ...fromCurrent(now) };
        const old = oldByCode.get(code);
        if (!old) return { status: 'unknown' };
        const to = fromOld(old);
        return to ? { status: 'found', ...to } : { status: 'unmapped', name: old.name };
      }
      let unmapped: UnitResolution | null = null;
      for (const reading of parseUnitName(text)) {
        const result = resolveReading(reading, opts.province ?? null);
        if (result.status === 'found' || result.status === 'ambiguous') return result;
        if (result.status === 'unmapped') unmapped = result;
      }
      return unmapped ?? { status: 'unknown' };
    },
  };
}
