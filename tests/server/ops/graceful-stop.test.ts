import { describe, expect, it } from 'vitest';
import { gracefulStop, type StopLog } from '../../../server/ops/graceful-stop';

function recordingLog() {
  const lines: { level: string; details: object; message: string }[] = [];
  const log: StopLog = {
    info: (details, message) => lines.push({ level: 'info', details, message }),
    error: (details, message) => lines.push({ level: 'error', details, message }),
  };
  return { log, lines };
}

describe('graceful stop', () => {
  it('runs the steps in order and exits 0, saying nothing wrong', async () => {
    const done: string[] = [];
    const { log, lines } = recordingLog();
    const code = await gracefulStop(
      [
        { name: 'a', run: async () => void done.push('a') },
        { name: 'b', run: async () => void done.push('b') },
      ],
      1_000,
      log,
    );
    expect(code).toBe(0);
    expect(done).toEqual(['a', 'b']);
    expect(lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('exits 1 at the deadline when a step never ends, and the log names that step', async () => {
    const { log, lines } = recordingLog();
    let laterRan = false;
    const started = Date.now();
    const code = await gracefulStop(
      [
        { name: 'closing the HTTP server and live connections', run: async () => undefined },
        { name: 'closing the database', run: () => new Promise<void>(() => undefined) },
        { name: 'after', run: async () => void (laterRan = true) },
      ],
      200,
      log,
    );
    expect(code).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(laterRan).toBe(false);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'error', details: { step: 'closing the database' } });
    expect(lines[0]!.message).toMatch(/held by closing the database/);
  });

  it('exits 1 when a step fails, naming it, and runs no later step', async () => {
    const { log, lines } = recordingLog();
    let laterRan = false;
    const code = await gracefulStop(
      [
        { name: 'closing the database', run: async () => Promise.reject(new Error('pool already ended')) },
        { name: 'after', run: async () => void (laterRan = true) },
      ],
      1_000,
      log,
    );
    expect(code).toBe(1);
    expect(laterRan).toBe(false);
    expect(lines[0]).toMatchObject({ level: 'error', details: { step: 'closing the database' } });
  });
});
