// The national installation's SQLite file under the OS temp dir, generated once per generator version and
// seed (it takes many minutes) and reused by every later run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openStore } from '../../../server/store/database';
import { SQLITE_FILE } from '../../../server/store/dialect';
import { now } from '../stats';
import { generateInstallation, type GeneratedInstallation } from './generate';
import { GENERATOR_VERSION, SEED } from './installation';

/**
 * BENCH_NATIONAL_ROOT points at another folder holding `${KEY}/` (a copy of the cache, say): opening
 * the installation migrates it to the code's schema, so a copy keeps the original for code that
 * expects another set of migrations.
 */
const ROOT = process.env.BENCH_NATIONAL_ROOT || path.join(os.tmpdir(), 'gradimento-bench-national');
const KEY = `v${GENERATOR_VERSION}-seed${SEED}`;
/** Written last: a folder without it is an interrupted generation, never used. */
const META = 'installation.json';

export interface NationalInstallation extends GeneratedInstallation {
  /** The data dir to open with openStore. */
  dataDir: string;
  key: string;
  /** Seconds the generation took, when it ran in this process. */
  generatedIn: number | null;
  bytes: number;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Other generator versions and half-built folders of dead processes: gigabytes nobody will read again. */
function removeLeftovers(say: (line: string) => void): void {
  if (!fs.existsSync(ROOT)) return;
  for (const name of fs.readdirSync(ROOT)) {
    const building = /\.building-(\d+)$/.exec(name);
    const stale = building ? !alive(Number(building[1])) : name !== KEY;
    if (!stale) continue;
    say(`  removing ${path.join(ROOT, name)} (${building ? 'an interrupted generation' : 'another generator version'})`);
    fs.rmSync(path.join(ROOT, name), { recursive: true, force: true });
  }
}

export async function nationalInstallation(say: (line: string) => void): Promise<NationalInstallation> {
  const dataDir = path.join(ROOT, KEY);
  const file = path.join(dataDir, SQLITE_FILE);
  const meta = path.join(dataDir, META);
  if (fs.existsSync(meta) && fs.existsSync(file)) {
    return { ...(JSON.parse(fs.readFileSync(meta, 'utf8')) as GeneratedInstallation), dataDir, key: KEY, generatedIn: null, bytes: fs.statSync(file).size };
  }
  fs.mkdirSync(ROOT, { recursive: true });
  removeLeftovers(say);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const building = `${dataDir}.building-${process.pid}`;
  say(`  generating the national installation into ${dataDir} (${KEY}; once, then cached): this takes many minutes`);
  const started = now();
  const store = await openStore(building);
  let result: GeneratedInstallation;
  try {
    // Only while generating, in a folder nobody reads until it is complete: no fsync, no foreign-key
    // lookups (the generator's ids are consistent by construction), a large page cache.
    await sql`pragma synchronous = off`.execute(store.db);
    await sql`pragma foreign_keys = off`.execute(store.db);
    await sql`pragma cache_size = -1000000`.execute(store.db);
    let next = 1_000_000;
    result = await generateInstallation(store.db, (votes) => {
      if (votes < next) return;
      next += 1_000_000;
      say(`  ${votes.toLocaleString('en-US')} votes written, ${Math.round((now() - started) / 1000)} s`);
    });
  } finally {
    await store.close();
  }
  fs.writeFileSync(path.join(building, META), JSON.stringify(result, null, 2));
  fs.renameSync(building, dataDir);
  const generatedIn = (now() - started) / 1000;
  say(`  generated in ${Math.round(generatedIn)} s`);
  return { ...result, dataDir, key: KEY, generatedIn, bytes: fs.statSync(file).size };
}
