// Runs `npm run admin -- ...` against the store an environment names: in the test process (most
// tests), or in a Node process of its own as the IT staff run it (the tests of exit codes and of
// processes meeting one another).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAdminCommand } from '../../../server/cli/admin-command';
import { bundleServer } from './server-bundle';

/** Where the admin command runs: the repository, as `npm run admin` does. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface AdminRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The command (server/cli/admin-command.ts) with `env` over the test process's own (DATA_DIR,
 * DATABASE_URL...), its output caught as admin.ts would print it. In this process: the suites run
 * it over a hundred times, and a Node process for each took a second and a half of a busy machine.
 */
export async function runAdmin(env: Record<string, string>, ...args: string[]): Promise<AdminRun> {
  let stdout = '';
  let stderr = '';
  const code = await runAdminCommand(args, { ...process.env, LOG_LEVEL: 'silent', ...env }, {
    print: (text) => (stdout += `${text}\n`),
    printError: (text) => (stderr += `${text}\n`),
  });
  return { code, stdout, stderr };
}

/**
 * server/cli/admin.ts in a Node process of its own, compiled once per test process
 * (server-bundle.ts): what the process itself adds (its exit code, its output, its pid beside a
 * running collector's).
 */
export async function runAdminProcess(env: Record<string, string>, ...args: string[]): Promise<AdminRun> {
  return run(env, [await bundleServer('server/cli/admin.ts'), ...args]);
}

/** Exactly as `npm run admin` runs it, through tsx (without npm's own second of start-up): the check that the sources run as they are. */
export function runAdminWithTsx(env: Record<string, string>, ...args: string[]): Promise<AdminRun> {
  return run(env, ['--import', 'tsx', 'server/cli/admin.ts', ...args]);
}

function run(env: Record<string, string>, argv: string[]): Promise<AdminRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, argv, { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'silent', ...env }, timeout: 120_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}
