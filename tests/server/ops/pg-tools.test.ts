// Which of PostgreSQL's client programs a backup or restore runs, and what of a newer pg_restore's script reaches an older server.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { scriptForServer, unknownSetting } from '../../../server/ops/pg-script-filter';
import { majorOf, versionOrder } from '../../../server/ops/pg-tools';

describe('versionOrder', () => {
  it("tries the server's own major first, then the newest", () => {
    expect(versionOrder(['15', '17', '16'], 15)).toEqual(['15', '17', '16']);
    expect(versionOrder(['15', '17', '16'], 16)).toEqual(['16', '17', '15']);
  });

  it('takes the newest when the server is unknown or its major is not installed', () => {
    expect(versionOrder(['15', '17'], null)).toEqual(['17', '15']);
    expect(versionOrder(['15', '17'], 16)).toEqual(['17', '15']);
  });

  it('ignores what is not a version folder', () => {
    expect(versionOrder(['README', '15', '9.6'], 15)).toEqual(['15']);
  });

  it("reads a major from server_version_num", () => {
    expect([majorOf(150007), majorOf(170002), majorOf(90624)]).toEqual([15, 17, 9]);
  });
});

/** pg_restore 17's script, as it starts: the settings, then the schema, then rows. */
const SCRIPT_17 = [
  '--',
  '-- PostgreSQL database dump',
  '--',
  '',
  '-- Dumped by pg_dump version 17.2',
  '',
  'SET statement_timeout = 0;',
  'SET lock_timeout = 0;',
  'SET idle_in_transaction_session_timeout = 0;',
  'SET transaction_timeout = 0;',
  "SET client_encoding = 'UTF8';",
  "SELECT pg_catalog.set_config('search_path', '', false);",
  '',
  'CREATE TABLE public.notes (text text);',
  'COPY public.notes (text) FROM stdin;',
  // A row that reads like the setting: data, left as it is.
  'SET transaction_timeout = 0;',
  '\\.',
  '',
].join('\n');

/** The script through scriptForServer, fed in chunks of `size` bytes (a line may be cut anywhere). */
async function filtered(script: string, major: number, size: number): Promise<string> {
  const bytes = Buffer.from(script);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  let out = '';
  for await (const chunk of Readable.from(chunks).pipe(scriptForServer(major))) out += (chunk as Buffer).toString();
  return out;
}

describe('scriptForServer', () => {
  it("leaves out pg_restore 17's SET transaction_timeout for a 15 or 16 server, and only in the header", async () => {
    const expected = SCRIPT_17.replace('SET transaction_timeout = 0;\nSET client_encoding', 'SET client_encoding');
    expect(expected).not.toBe(SCRIPT_17);
    for (const size of [1, 7, 64, 100_000]) {
      expect(await filtered(SCRIPT_17, 15, size)).toBe(expected);
      expect(await filtered(SCRIPT_17, 16, size)).toBe(expected);
    }
  });

  it('passes the script as it is to a server that knows the setting', async () => {
    expect(await filtered(SCRIPT_17, 17, 5)).toBe(SCRIPT_17);
    expect(await filtered(SCRIPT_17, 18, 100_000)).toBe(SCRIPT_17);
  });

  it('keeps a last line without its newline', async () => {
    expect(await filtered('SET lock_timeout = 0;', 15, 3)).toBe('SET lock_timeout = 0;');
  });

  it('knows which settings are unknown to which server', () => {
    expect(unknownSetting('SET transaction_timeout = 0;', 16)).toBe(true);
    expect(unknownSetting('SET transaction_timeout = 0;', 17)).toBe(false);
    expect(unknownSetting('SET lock_timeout = 0;', 9)).toBe(false);
  });
});
