// Runs `npm run admin -- ...` as the IT staff run it, in its own Node process, against the store an environment names.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface AdminRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * tsx server/cli/admin.ts with `env` over the test process's own (DATA_DIR, DATABASE_URL...):
 * the program npm run admin runs, without npm's second of start-up.
 */
export function runAdmin(env: Record<string, string>, ...args: string[]): Promise<AdminRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'server/cli/admin.ts', ...args], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'silent', ...env }, timeout: 120_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}
