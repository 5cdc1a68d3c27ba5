// The demo installation's way in: demo people with passwords printed at start, terminals ready to pair.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { PAGES } from './contract/api';
import type { Grant } from './contract/auth';
import { verifyPassword } from './auth/passwords';
import { issuePairingCode } from './auth/terminal-tokens';
import { createUser } from './store/create-user';
import type { Db } from './store/database';
import { DEMO } from './store/seed-demo';

const CREDENTIALS_FILE = 'demo-credentials.json';
/** Long enough for a newcomer to read the log and open the link; a real pairing code lives 15 minutes. */
const DEMO_PAIRING_TTL_MS = 24 * 60 * 60 * 1000;

interface DemoCredential {
  email: string;
  password: string;
  role: string;
}

const DEMO_PEOPLE: { email: string; name: string; grants: Grant[] }[] = [
  { email: 'admin@valdoria.example.org', name: 'Amministratore demo', grants: [{ role: 'installation_admin', administrationId: null, officeId: null }] },
  {
    email: 'responsabile@valdoria.example.org',
    name: 'Responsabile Sede municipale',
    grants: [{ role: 'office_manager', administrationId: DEMO.administration.id, officeId: DEMO.offices[0]!.id }],
  },
];

/** Creates the demo people (first start only) and keeps their passwords in DATA_DIR, readable by the owner only. */
export async function createDemoPeople(db: Db, dataDir: string, now: Date): Promise<void> {
  const credentials: DemoCredential[] = [];
  for (const person of DEMO_PEOPLE) {
    const password = randomBytes(9).toString('base64url');
    await createUser(db, { ...person, password }, null, now, { via: 'demo installation' });
    credentials.push({ email: person.email, password, role: person.grants[0]!.role });
  }
  // On PostgreSQL nothing else creates DATA_DIR, yet the file still belongs there.
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(path.join(dataDir, CREDENTIALS_FILE), JSON.stringify(credentials, null, 2), { mode: 0o600 });
}

/** Lines for the start-up banner: demo sign-ins still valid, and pairing links for demo terminals not yet enrolled. */
export async function demoAccessLines(db: Db, dataDir: string, publicUrl: string, now: Date): Promise<string[]> {
  const lines: string[] = [];
  const file = path.join(dataDir, CREDENTIALS_FILE);
  if (fs.existsSync(file)) {
    for (const c of JSON.parse(fs.readFileSync(file, 'utf8')) as DemoCredential[]) {
      const row = await db.selectFrom('users').select('password_hash').where('email', '=', c.email).executeTakeFirst();
      // Once someone changes the password, the file no longer tells the truth: say nothing.
      if (row && (await verifyPassword(c.password, row.password_hash))) lines.push(`  Sign in:    ${c.email}  ${c.password}   (${c.role})`);
    }
  }
  const terminals = await db
    .selectFrom('terminals')
    .select(['id', 'name', 'mode', 'token_hash', 'revoked_at'])
    .where('id', 'in', DEMO.terminals.map((t) => t.id))
    .where('archived_at', 'is', null)
    .execute();
  for (const t of terminals) {
    if (t.token_hash) {
      lines.push(`  Terminal:   ${t.name} (${t.mode}) is enrolled; pair another device from the dashboard`);
      continue;
    }
    // A revoked demo terminal gets no fresh code on its own: an admin revoked it on purpose.
    if (t.revoked_at) {
      lines.push(`  Terminal:   ${t.name} (${t.mode}) was revoked; pair it again from the dashboard`);
      continue;
    }
    const { code } = await issuePairingCode(db, t.id, now, DEMO_PAIRING_TTL_MS);
    lines.push(`  Terminal:   ${publicUrl}${PAGES.terminal}?pair=${code}   (${t.mode}, ${t.name})`);
  }
  return lines;
}
