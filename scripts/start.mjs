// `npm start`: builds the web app when its sources changed since the last build, then starts LMIS.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const stampFile = join(root, 'web/dist/.source-hash');

function hashTree(dir, hash) {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) hashTree(path, hash);
    else hash.update(path).update(readFileSync(path));
  }
}

const hash = createHash('sha256');
for (const part of ['web/src', 'web/index.html', 'web/vite.config.ts', 'packages/contracts/src']) {
  const path = join(root, part);
  if (!existsSync(path)) continue;
  if (statSync(path).isDirectory()) hashTree(path, hash);
  else hash.update(path).update(readFileSync(path));
}
const sourceHash = hash.digest('hex');
const built = existsSync(stampFile) && readFileSync(stampFile, 'utf8') === sourceHash;
if (!built) {
  console.log('Đang dựng giao diện web (vite build)…');
  const res = spawnSync('npm', ['run', 'build', '-w', 'web'], { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) process.exit(res.status ?? 1);
  writeFileSync(stampFile, sourceHash);
}
const server = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], { cwd: root, stdio: 'inherit' });
process.exit(server.status ?? 0);
