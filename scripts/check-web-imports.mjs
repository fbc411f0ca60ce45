#!/usr/bin/env node
// Web module boundaries (run by `npm run lint`): a feature imports the kit, the app shell's i18n and status pages,
// its own files, and only the `index` of another feature; the kit imports no feature. Exits 1 on a violation.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'web', 'src');
const features = join(src, 'features');
const kit = join(src, 'kit');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

// import … from '…', export … from '…', import('…')
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

/** The problems of one file's imports, as "file:line: message". */
export function check(file, text) {
  const problems = [];
  const inFeature = file.startsWith(features + sep);
  const inKit = file.startsWith(kit + sep);
  const own = inFeature ? relative(features, file).split(sep)[0] : null;
  for (const m of text.matchAll(SPECIFIER)) {
    const spec = m[1];
    if (!spec.startsWith('.')) continue;
    const target = resolve(dirname(file), spec);
    const line = text.slice(0, m.index).split('\n').length;
    const where = `${relative(root, file)}:${line}`;
    if (inKit && target.startsWith(features + sep)) {
      problems.push(`${where}: the kit imports a feature (${spec}); move what it needs into the kit`);
    }
    if (inFeature && target.startsWith(features + sep)) {
      const [feature, ...rest] = relative(features, target).split(sep);
      const isIndex = rest.length === 1 && /^index\.tsx?$/.test(rest[0]);
      if (feature !== own && !isIndex) {
        problems.push(`${where}: imports ${spec}, an internal file of feature "${feature}"; import its index`);
      }
    }
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = [...files(features), ...files(kit)].flatMap((f) => check(f, readFileSync(f, 'utf8')));
  if (problems.length) {
    console.error(`Web module boundaries: ${problems.length} violation(s)\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('Web module boundaries: features import the kit and other features\u2019 index only.');
}
