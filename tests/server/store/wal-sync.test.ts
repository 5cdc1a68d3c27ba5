// The WAL's flush off the event loop: a caller is answered only by a flush that began after it asked, flushes are shared and never overlap, a replaced or missing file is not trusted.
import fs from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WalSync, type Flush } from '../../../server/store/wal-sync';

const dirs: string[] = [];
const syncs: WalSync[] = [];
const held: (() => void)[] = [];
afterEach(async () => {
  for (const release of held.splice(0)) release();
  for (const s of syncs.splice(0)) await s.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function walFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradimento-wal-'));
  dirs.push(dir);
  const file = path.join(dir, 'gradimento.sqlite-wal');
  fs.writeFileSync(file, 'frames');
  return file;
}

/** A flush the test lets finish, one call at a time, recording which file (by inode) each reached. */
function heldFlush() {
  const calls: { inode: number; release: () => void; fail: (e: Error) => void }[] = [];
  const flush: Flush = async (file: FileHandle) => {
    const { ino } = await file.stat();
    await new Promise<void>((release, fail) => {
      calls.push({ inode: ino, release, fail });
      held.push(release);
    });
  };
  return { flush, calls };
}

function sync(file: string, flush?: Flush): WalSync {
  const s = new WalSync(file, flush);
  syncs.push(s);
  return s;
}

/** Time for the file system's callbacks and the promise chains to run, before checking that something did not happen. */
function settle(): Promise<void> {
  return new Promise((r) => setTimeout(r, 50));
}

/** Waits until the n-th flush has begun. */
async function flushesBegun(calls: unknown[], n: number): Promise<void> {
  await vi.waitFor(() => expect(calls).toHaveLength(n));
}

function tracked(p: Promise<void>): { done: () => boolean; promise: Promise<void> } {
  let done = false;
  void p.then(() => (done = true), () => (done = true));
  return { done: () => done, promise: p };
}

describe('WalSync', () => {
  it('flushes a real file with fdatasync', async () => {
    const s = sync(walFile());
    await s.synced();
    await s.synced();
    expect(s.flushes).toBe(2);
  });

  it('answers those who asked during a flush only with the next one, which they share', async () => {
    const { flush, calls } = heldFlush();
    const s = sync(walFile(), flush);
    const first = tracked(s.synced());
    await flushesBegun(calls, 1);
    // These three committed after the running flush may have begun: it cannot count for them.
    const later = [tracked(s.synced()), tracked(s.synced()), tracked(s.synced())];
    await settle();
    expect(calls).toHaveLength(1);
    calls[0]!.release();
    await first.promise;
    await flushesBegun(calls, 2);
    await settle();
    expect(later.map((l) => l.done())).toEqual([false, false, false]);
    // One flush for the three, begun only once the first ended: never two at once.
    expect(calls).toHaveLength(2);
    calls[1]!.release();
    await Promise.all(later.map((l) => l.promise));
    expect(s.flushes).toBe(2);
  });

  it('tells its callers when a flush fails, and tries again for the next ones', async () => {
    const { flush, calls } = heldFlush();
    const s = sync(walFile(), flush);
    const failing = s.synced();
    await flushesBegun(calls, 1);
    calls[0]!.fail(new Error('EIO'));
    await expect(failing).rejects.toThrow('EIO');
    const again = s.synced();
    await flushesBegun(calls, 2);
    calls[1]!.release();
    await again;
    expect(s.flushes).toBe(1);
  });

  it('refuses when the log cannot be opened, and opens it once it exists', async () => {
    const file = walFile();
    fs.rmSync(file);
    const s = sync(file);
    await expect(s.synced()).rejects.toThrow(/ENOENT/);
    fs.writeFileSync(file, 'frames');
    await s.synced();
    expect(s.flushes).toBe(1);
  });

  it('flushes the new file when the log was replaced under it, before answering', async () => {
    const { flush, calls } = heldFlush();
    const file = walFile();
    const s = sync(file, flush);
    const first = s.synced();
    await flushesBegun(calls, 1);
    calls[0]!.release();
    await first;
    const oldInode = calls[0]!.inode;
    fs.rmSync(file);
    fs.writeFileSync(file, 'new frames');
    const newInode = fs.statSync(file).ino;
    const second = tracked(s.synced());
    await flushesBegun(calls, 2);
    calls[1]!.release();
    await flushesBegun(calls, 3);
    // The old file was flushed first, which does not count: the new one must be too.
    expect(calls.map((c) => c.inode)).toEqual([oldInode, oldInode, newInode]);
    expect(second.done()).toBe(false);
    calls[2]!.release();
    await second.promise;
  });
});
