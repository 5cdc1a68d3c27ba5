// Shared test material for the terminal: a fresh real IndexedDB per test, an enrolment, a configuration, HTTP answers.
import { deleteDB } from 'idb';
import { render } from 'preact';
import { afterEach } from 'vitest';
import type { TerminalConfig } from '../../../server/contract/terminal-config';
import { openVoteDb, setMeta, type StoredEnrolment, type TerminalDb } from '../../../kiosk/terminal/store/vote-db';

const opened: { name: string; db: TerminalDb }[] = [];
let counter = 0;

/** A real IndexedDB with a name no other test uses; closeDbs() deletes them all. */
export async function freshDb(): Promise<TerminalDb> {
  const name = `gradimento-test-${Date.now()}-${counter++}-${Math.random().toString(36).slice(2)}`;
  const db = await openVoteDb(name);
  opened.push({ name, db });
  return db;
}

export async function closeDbs(): Promise<void> {
  for (const { name, db } of opened.splice(0)) {
    db.close();
    await deleteDB(name);
  }
}

/** Stores an enrolment as a successful pairing would have: the terminal boots enrolled. */
export async function enrol(db: TerminalDb, terminalId = 'T1', token = `token-of-${terminalId}`, patch: Partial<StoredEnrolment> = {}): Promise<StoredEnrolment> {
  const enrolment = { terminalId, token, enrolledAt: '2025-03-03T08:00:00.000Z', ...patch };
  await setMeta(db, 'enrolment', enrolment);
  return enrolment;
}

/** The Authorization header of a fetch call, whatever form the headers were given in. */
export function authHeader(init?: RequestInit): string | null {
  return new Headers(init?.headers).get('authorization');
}

export function sampleConfig(patch: Partial<TerminalConfig> = {}): TerminalConfig {
  return {
    terminal: { id: 'T1', name: 'Sportello 1', mode: 'counter', channel: 'sportello', sound: false, staffPin: null },
    administration: { id: 'comune-x', name: 'Comune di Esempio' },
    office: { id: 'sede-1', name: 'Sede centrale', timeZone: 'Europe/Rome', openingHours: null, holidays: [] },
    services: [{ id: 'anagrafe', name: 'Anagrafe' }],
    scale: 3,
    reasons: [
      { id: 'attesa', label: 'Tempo di attesa', dimension: 'timeliness' },
      { id: 'servizio', label: 'Il servizio ricevuto', dimension: 'effectiveness' },
      { id: 'altro', label: 'Altro', dimension: null },
    ],
    timing: { thanksMs: 60_000, idleMs: 60_000, followUpMs: 60_000 },
    version: 'v1',
    ...patch,
  };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** Waits until `check` stops throwing (for effects that finish a few ticks later). */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 3_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

/**
 * How long "Grazie!" stays in tests that vote and then vote again or watch the start come back: a click or a
 * key sent through the browser's driver returns to the test only after its round trip, which on a loaded
 * machine can outlast a few hundred milliseconds of thanks. BACK waits for the start screen past it.
 */
export const THANKS_MS = 1_500;
export const BACK = { timeout: 5_000 };

/**
 * A fresh element of the page to draw a screen into: the function it returns makes one; after each test
 * of the file that calls this, it is unmounted and removed, and the test databases are closed.
 */
export function useScreenRoot(): () => HTMLElement {
  let root: HTMLElement | null = null;
  afterEach(async () => {
    if (root) render(null, root);
    root?.remove();
    root = null;
    await closeDbs();
  });
  return () => (root = document.body.appendChild(document.createElement('div')));
}
