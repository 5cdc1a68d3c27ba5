// The admin command's own arguments (npm run admin -- ...): usage, unknown or extra words, e-mails, a DATA_DIR
// without an installation. None reaches a store, so they run once (the store suites run again on PostgreSQL).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAdmin } from '../helpers/admin-cli';


let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradimento-cli-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const admin = (...args: string[]) => runAdmin({ DATA_DIR: dir, DATABASE_URL: '' }, ...args);

describe('the command line itself', () => {
  it.each([['--help'], ['-h'], ['help']])('prints the usage for %s and exits with 0', async (flag) => {
    const run = await admin(flag);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Usage/);
    expect(run.stdout).toMatch(/list-users/);
  });

  it('refuses an unknown command or option with the usage, and opens no store', async () => {
    for (const args of [['make-coffee'], [], ['list-users', '--emial', 'x']]) {
      const run = await admin(...args);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/(Unknown command "make-coffee"|Name a command|Unknown option '--emial')\.[\s\S]*\n\nUsage/);
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses extra words after the command, saying how to quote a value', async () => {
    const run = await admin('create-user', '--email', 'm@comune.example.org', '--name', 'Mario', 'Rossi', '--role', 'viewer');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^create-user takes options only, not "Rossi"\. Fix: put a value with spaces in quotes \(--name "Mario Rossi"\)/);
  });

  it('refuses set-password and list-users on a DATA_DIR without an installation, and creates none', async () => {
    const nowhere = path.join(dir, 'typo');
    for (const args of [['list-users'], ['set-password', '--email', 'a@comune.example.org']]) {
      const run = await runAdmin({ DATA_DIR: nowhere, DATABASE_URL: '' }, ...args);
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toMatch(new RegExp(`^There is no installation in DATA_DIR ${nowhere} \\(no gradimento\\.sqlite there\\): ${args[0]} would find nothing, and nothing was created\\. Fix: set DATA_DIR`));
    }
    expect(fs.existsSync(nowhere)).toBe(false);
  });

  it.each(['not-an-address', 'a@b', 'spazio @comune.example.org', 'x'.repeat(250) + '@comune.example.org'])('create-user refuses the e-mail %j as the API does', async (email) => {
    const run = await admin('create-user', '--email', email, '--name', 'X', '--role', 'installation_admin');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^--email must be an e-mail address \(as name@comune\.example\.it\)/);
  });
});
