// The disk flush of SQLite's write-ahead log, done on libuv's thread pool instead of the event loop.
import { open, stat, type FileHandle } from 'node:fs/promises';

/** How a flush reaches the disk: fdatasync(2) by default; tests hold it to see who waits for it. */
export type Flush = (file: FileHandle) => Promise<void>;

const fdatasync: Flush = (file) => file.datasync();

/**
 * Flushes the WAL file of a database whose commits do not flush it themselves (synchronous =
 * NORMAL). On Linux fdatasync on any descriptor of a file writes every dirty page of that file,
 * whichever descriptor wrote them, so a commit that returned before a flush began is on disk once
 * that flush ends: exactly what synchronous = FULL waits for inside the commit, in WAL mode.
 *
 * Flushes never overlap and callers share them: whoever asks while one is running waits for the
 * next, which starts once it ends and covers everyone who asked meanwhile (a flush already running
 * may have begun before their commit, so it cannot count for them).
 */
export class WalSync {
  private handle: Promise<{ file: FileHandle; inode: number }> | null = null;
  private current: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  /** Flushes done, for tests and the bench. */
  flushes = 0;

  constructor(
    private readonly walFile: string,
    private readonly flush: Flush = fdatasync,
  ) {}

  /** Resolves once everything committed before this call is on disk. */
  synced(): Promise<void> {
    if (this.queued) return this.queued;
    if (this.current) {
      // The running flush may have begun before the caller's commit: the next one, shared by
      // everyone who asks until it begins.
      const after = this.current.then(noop, noop);
      return (this.queued = after.then(() => {
        this.queued = null;
        return this.begin();
      }));
    }
    return this.begin();
  }

  private begin(): Promise<void> {
    const flush = this.flushOnce().finally(() => {
      if (this.current === flush) this.current = null;
    });
    this.current = flush;
    return flush;
  }

  private async flushOnce(): Promise<void> {
    const { file, inode } = await this.open();
    await this.flush(file);
    this.flushes += 1;
    // The log stays the same file while the collector holds its connection (SQLite removes it only
    // when the last connection closes); were it ever replaced, the flush above reached the old one,
    // so the new one is opened and flushed before anyone is told their votes are safe.
    if ((await stat(this.walFile)).ino !== inode) {
      await this.forget();
      await this.flush((await this.open()).file);
    }
  }

  private open(): Promise<{ file: FileHandle; inode: number }> {
    if (!this.handle) {
      const opening = (async () => {
        const file = await open(this.walFile, 'r');
        return { file, inode: (await file.stat()).ino };
      })();
      // A failed open is tried again next time rather than kept.
      opening.catch(() => {
        if (this.handle === opening) this.handle = null;
      });
      this.handle = opening;
    }
    return this.handle;
  }

  private async forget(): Promise<void> {
    const old = this.handle;
    this.handle = null;
    await (await old?.catch(() => null))?.file.close().catch(noop);
  }

  /** Waits for the flushes asked for, then lets the file go. */
  async close(): Promise<void> {
    await this.queued?.catch(noop);
    await this.current?.catch(noop);
    await this.forget();
  }
}

function noop(): void {}
