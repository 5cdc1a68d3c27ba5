// The IT staff's command (`npm run admin`): people (`create-user`, `set-password`, `list-users`) and the database (`backup`, `restore`, `migrate-to-postgres`).
// A function of its arguments, environment and output, so that the tests run it many times without a Node process each (admin.ts is the program).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MIN_PASSWORD_LENGTH, ROLES, type Grant, type Role } from '../contract/auth';
import { passwordWeakness, type PasswordOwner } from '../contract/password-rules';
import { MANAGE_EN } from '../http/words/manage-en';
import { recordAudit } from '../audit/record-audit';
import { hashPassword } from '../auth/passwords';
import { grantProblem } from '../contract/permissions';
import { grantScopeProblem } from '../auth/targets';
import { endUserSessions } from '../auth/sessions';
import { clearFailures } from '../auth/sign-in-throttle';
import { loadConfig, redactUrl, type Config } from '../config';
import { backupStore, restoreStore } from '../ops/backup';
import { copyToPostgres } from '../ops/migrate-to-postgres';
import { createUser } from '../store/create-user';
import { openStore, type Db } from '../store/database';
import { SQLITE_FILE } from '../store/dialect';
import { postgresHoldsInstallation } from '../store/find-installation';
import { isEmailAddress } from './email-check';
import { trimName } from '../admin/checks';
import { MAX_NAME_LENGTH } from '../contract/admin';
import { byCodePoint } from '../store/text-order';
import { backupLines, copyLines, restoreLines } from './ops-output';

const USAGE = `Usage (DATA_DIR, or DATABASE_URL, selects the installation, as for npm start):
  npm run admin -- --help                         this text
  npm run admin -- create-user --email E --name "N" --role ROLE [--administration ID] [--office ID] [--password P]
  npm run admin -- set-password --email E [--password P]     (also unlocks the account and ends its sessions)
  npm run admin -- list-users
  npm run admin -- backup --to FILE               a consistent copy of the database, taken while the collector runs
                                                  (SQLite: a SQLite file; PostgreSQL: a pg_dump archive)
  npm run admin -- restore --from FILE [--force]  put a backup in place (stop the collector first);
                                                  --force replaces a database that holds data
  npm run admin -- migrate-to-postgres --to postgres://USER:PASSWORD@HOST:5432/DATABASE
                                                  copy the SQLite installation in DATA_DIR into an empty PostgreSQL database
ROLE is one of ${ROLES.join(', ')}. Without --password a strong one is generated and printed.
PG_BIN names the folder of pg_dump, pg_restore and psql if they are not in /usr/lib/postgresql/N/bin or on PATH.`;

const OPS_COMMANDS = new Set(['backup', 'restore', 'migrate-to-postgres']);
const STORE_COMMANDS = new Set(['create-user', 'set-password', 'list-users']);

/** A refusal printed with the usage after it: the words themselves were wrong. */
class UsageError extends Error {}

/** Whether DATA_DIR or DATABASE_URL holds an installation already (gradimento's tables, or a non-empty SQLite file). */
async function installationExists(config: Readonly<Config>): Promise<boolean> {
  if (config.databaseUrl) return (await postgresHoldsInstallation(config.databaseUrl)) !== false;
  const file = path.join(config.dataDir, SQLITE_FILE);
  return fs.existsSync(file) && fs.statSync(file).size > 0;
}

/**
 * Every command but create-user (which makes the first admin of a new installation, and says so) needs
 * an existing one: opening the store would otherwise create an empty installation, silently, where
 * DATA_DIR or DATABASE_URL points by mistake (on PostgreSQL, every table in whatever database the
 * URL names, such as the server's own "postgres").
 */
async function refuseMissingInstallation(config: Readonly<Config>, command: string): Promise<'existing' | 'new'> {
  if (await installationExists(config)) return 'existing';
  if (command === 'create-user') return 'new';
  if (config.databaseUrl) {
    throw new Error(`There is no installation in the database ${redactUrl(config.databaseUrl)} (no gradimento tables there): ${command} would find nothing, and nothing was created. Fix: set DATABASE_URL to the database the collector uses (npm start prints it as "Data:").`);
  }
  throw new Error(`There is no installation in DATA_DIR ${config.dataDir} (no ${SQLITE_FILE} there): ${command} would find nothing, and nothing was created. Fix: set DATA_DIR to the folder the collector uses (npm start prints it as "Data:"), e.g. DATA_DIR=/var/lib/gradimento npm run admin -- ${command}`);
}

const generated = () => randomBytes(12).toString('base64url');

/** A password typed by the IT staff, as the dashboard refuses them (server/contract/password-rules.ts), in the command's English. */
function refuseWeakPassword(password: string, owner: PasswordOwner): void {
  const why = passwordWeakness(password, owner);
  if (why) throw new Error(`${MANAGE_EN.weakPassword} It ${MANAGE_EN.weakPasswordField[why]}. Fix: --password "a long sentence only you would write", or leave --password out for a generated one.`);
}

async function run(db: Db, command: string | undefined, values: Record<string, string | undefined>): Promise<string> {
  const now = new Date();
  switch (command) {
    case 'create-user': {
      const { email, role } = values;
      // As the dashboard stores names: without invisible edges, never blank, at most 200 characters.
      const name = trimName(values.name ?? '');
      if (!email || !values.name || !role) throw new Error('create-user needs --email, --name and --role.');
      if (!name) throw new Error('--name must have something visible in it, not only spaces. Fix: --name "Mario Rossi"');
      if ([...name].length > MAX_NAME_LENGTH) throw new Error(`--name may have at most ${MAX_NAME_LENGTH} characters, as on the dashboard.`);
      if (!isEmailAddress(email)) throw new Error(`--email must be an e-mail address (as name@comune.example.it), not "${email}".`);
      if (!(ROLES as readonly string[]).includes(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}.`);
      const grant: Grant = { role: role as Role, administrationId: values.administration ?? null, officeId: values.office ?? null };
      // Checked here, not left to a foreign key: "FOREIGN KEY constraint failed" does not say which id is wrong.
      const problem = grantProblem(grant) ?? (await grantScopeProblem(db, grant));
      if (problem) throw new Error(problem);
      const password = values.password ?? generated();
      if (password.length < MIN_PASSWORD_LENGTH || !password.trim()) throw new Error(`The password must have at least ${MIN_PASSWORD_LENGTH} characters, not all spaces.`);
      if (values.password) refuseWeakPassword(password, { email, name });
      const id = await createUser(db, { email, name, password, grants: [grant] }, null, now, { via: 'command line' });
      return `Created ${email.trim().toLowerCase()} (${role}), id ${id}${values.password ? '' : `\nPassword: ${password}`}`;
    }
    case 'set-password': {
      const email = values.email?.trim().toLowerCase();
      if (!email) throw new Error('set-password needs --email.');
      const user = await db.selectFrom('users').select(['id', 'name', 'disabled_at']).where('email', '=', email).executeTakeFirst();
      if (!user) throw new Error(`No person with the e-mail ${email}.`);
      const password = values.password ?? generated();
      if (password.length < MIN_PASSWORD_LENGTH || !password.trim()) throw new Error(`The password must have at least ${MIN_PASSWORD_LENGTH} characters, not all spaces.`);
      if (values.password) refuseWeakPassword(password, { email, name: user.name });
      const hash = await hashPassword(password);
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('users').set({ password_hash: hash }).where('id', '=', user.id).execute();
        // A new password ends every lock on the e-mail, from whatever address (sign-in-throttle.ts).
        await clearFailures(trx, email);
        await recordAudit(trx, { actor: null, administrationId: null, action: 'user.password_reset', targetType: 'user', targetId: user.id, details: { via: 'command line' } }, now);
      });
      await endUserSessions(db, user.id);
      // A new password does not enable a disabled account: said, or the person would be told to sign in in vain.
      const disabled = user.disabled_at ? `\nThe account is disabled: it signs in only once an administrator enables it again (dashboard, page «Persone»).` : '';
      return `New password set for ${email}${values.password ? '' : `: ${password}`}${disabled}`;
    }
    case 'list-users': {
      const rows = await db.selectFrom('users').leftJoin('grants', 'grants.user_id', 'users.id').select(['users.email', 'users.disabled_at', 'grants.role', 'grants.administration_id', 'grants.office_id']).orderBy('users.email', byCodePoint).execute();
      return rows.map((r) => `${r.email}\t${r.role ?? '-'}\t${r.administration_id ?? ''}${r.office_id ? `/${r.office_id}` : ''}${r.disabled_at ? '\t(disabled)' : ''}`).join('\n') || 'No users yet.';
    }
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

/** The database commands: each opens what it needs itself (a backup must not migrate the database it copies). */
async function runOps(config: Readonly<Config>, command: string, values: Record<string, string | boolean | undefined>, pgBin: string | undefined, print: (line: string) => void): Promise<string> {
  const file = (flag: 'to' | 'from') => {
    const value = values[flag];
    if (typeof value !== 'string' || value === '') {
      const what = flag === 'to' ? 'the new file to write the backup to' : 'the backup file to put in place';
      throw new Error(`${command} needs --${flag} FILE, ${what}. Fix: npm run admin -- ${command} --${flag} ${flag === 'to' ? '/var/backups/gradimento/gradimento-$(date +%F).bak' : '/var/backups/gradimento/gradimento-2026-11-28.bak'}`);
    }
    return path.resolve(value);
  };
  switch (command) {
    case 'backup':
      return backupLines(await backupStore(config, file('to'), { pgBin }));
    case 'restore':
      return restoreLines(await restoreStore(config, file('from'), { pgBin, force: values.force === true }));
    default:
      return copyLines(await copyToPostgres({ dataDir: config.dataDir, targetUrl: typeof values.to === 'string' ? values.to : '', log: print }));
  }
}

/** Where the command writes: the process's stdout and stderr in admin.ts, strings in the tests. */
export interface AdminOutput {
  print(text: string): void;
  printError(text: string): void;
}

/**
 * Runs one command as `npm run admin -- ...args` would, with `env` for process.env; returns the
 * exit code. Every refusal is written to printError with what to fix, and answers 1.
 */
export async function runAdminCommand(args: string[], env: NodeJS.ProcessEnv, out: AdminOutput): Promise<number> {
  try {
    await command(args, env, out);
    return 0;
  } catch (err) {
    out.printError(err instanceof UsageError ? `${err.message}\n\n${USAGE}` : err instanceof Error ? err.message : String(err));
    return 1;
  }
}

async function command(args: string[], env: NodeJS.ProcessEnv, out: AdminOutput): Promise<void> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(args);
  } catch (err) {
    // parseArgs's own words ("Unknown option '--emial'"), with the usage that lists the right ones.
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const { positionals, values } = parsed;
  const command = positionals[0];
  if (values.help || command === 'help') {
    out.print(USAGE);
    return;
  }
  if (!command) throw new UsageError('Name a command.');
  if (!OPS_COMMANDS.has(command) && !STORE_COMMANDS.has(command)) throw new UsageError(`Unknown command "${command}".`);
  if (positionals.length > 1) {
    throw new UsageError(`${command} takes options only, not "${positionals.slice(1).join(' ')}". Fix: put a value with spaces in quotes (--name "Mario Rossi"), and each value after its option.`);
  }
  const config = loadConfig(env);
  if (OPS_COMMANDS.has(command)) {
    out.print(await runOps(config, command, values, env.PG_BIN || undefined, out.print));
    return;
  }
  const installation = await refuseMissingInstallation(config, command);
  // An older schema is refused, not upgraded behind the back of a collector of that version.
  const store = await openStore(config, { olderSchema: 'refuse' });
  try {
    out.print(await run(store.db, command, values as Record<string, string | undefined>));
    // create-user on a wrong DATA_DIR or DATABASE_URL makes a new installation: said, with where, so the
    // person is not looked for in vain on the collector's own.
    if (installation === 'new') {
      out.print(`This was a new installation, created at ${store.location}: the collector finds this person only if it uses the same ${config.databaseUrl ? 'DATABASE_URL' : 'DATA_DIR'} (npm start prints it as "Data:").`);
    }
  } finally {
    await store.close();
  }
}

function parseOptions(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      administration: { type: 'string' },
      office: { type: 'string' },
      password: { type: 'string' },
      to: { type: 'string' },
      from: { type: 'string' },
      force: { type: 'boolean' },
    },
  });
}
