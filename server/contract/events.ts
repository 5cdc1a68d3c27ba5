// The socket.io contract: every event both ends may send, with its payload and acknowledgement.
import type { Alert } from './alerts';

/** An acknowledgement answers with data or with an error, never both. */
export type Ack<T> = { data: T } | { error: { code: string; message: string } };

/** Sent to everyone watching an office when votes for it were stored. */
export interface VotesStoredEvent {
  officeId: string;
  /** How many new votes (duplicates are not counted). */
  count: number;
  /** Local days (YYYY-MM-DD) the votes fell on, so a report of another period can ignore the event. */
  days: string[];
}

export interface ServerToClientEvents {
  'vote:stored': (event: VotesStoredEvent) => void;
  /** Sent to a terminal whose configuration changed: fetch it again (and cache it). */
  'terminal:config': (event: { configVersion: string }) => void;
  /** Sent to a terminal whose device token was revoked: stop sending, keep the queue. */
  'terminal:revoked': (event: { terminalId: string }) => void;
  /** Sent to people in scope (after alerts:watch) when an alert opens, closes or is acknowledged. */
  'alert:changed': (alert: Alert) => void;
  /** Sent once per socket, event and problem when a client sends what the contract does not answer. */
  'protocol:error': (error: ProtocolError) => void;
}

/**
 * unknown_event: an event name the collector does not know; ack_required: a known event sent
 * without the acknowledgement its answer travels in. Either way nothing was done.
 */
export interface ProtocolError {
  event: string;
  code: 'unknown_event' | 'ack_required';
  message: string;
}

export interface ClientToServerEvents {
  /** A dashboard starts receiving vote:stored for one office. */
  'report:watch': (req: { officeId: string }, ack: (res: Ack<{ officeId: string }>) => void) => void;
  'report:unwatch': (req: { officeId: string }, ack: (res: Ack<{ officeId: string }>) => void) => void;
  /** A dashboard starts receiving alert:changed for every office and administration whose reports the person reads. */
  'alerts:watch': (req: Record<string, never>, ack: (res: Ack<{ rooms: number }>) => void) => void;
  /**
   * A terminal announces itself; the ack carries its configuration's version, so it knows when
   * to refetch. It is identified by the device token in the handshake (`auth: { token }`), not
   * by anything in the payload.
   */
  'terminal:hello': (req: { terminalId: string }, ack: (res: Ack<{ configVersion: string }>) => void) => void;
  /** A terminal tells its state, every minute and when its queue changes (after terminal:hello). */
  'terminal:heartbeat': (status: TerminalHeartbeat, ack: (res: Ack<{ receivedAt: string }>) => void) => void;
}

/**
 * The database did not answer: a handshake fails with this code as its message, an event's ack with
 * this error. Nothing was refused for good: the client tries again after LIVE_RETRY_MS (for a
 * handshake socket.io itself would not, a middleware error being final for its reconnection).
 */
export const LIVE_UNAVAILABLE = { code: 'service_unavailable', message: 'The database does not answer: try again shortly.' } as const;
export const LIVE_RETRY_MS = 15_000;

/**
 * The collector stores at most one heartbeat per terminal in this time; one sooner is answered
 * rate_limited and not stored, and the terminal sends its state again once this has passed.
 */
export const HEARTBEAT_MIN_INTERVAL_MS = 5_000;

/** What a terminal reports about itself: the dashboard lists it, /metrics exposes the queue's age. */
export interface TerminalHeartbeat {
  /** The kiosk's build (package version and build hash). */
  appVersion: string;
  /** Votes waiting to be sent, and votes held for staff (refused by the collector, or another terminal's). */
  pending: number;
  held: number;
  /** castAt of the oldest vote waiting, or null when none waits. */
  oldestQueuedAt: string | null;
  /** When the collector last acknowledged a batch, by the terminal's clock, or null. */
  lastDeliveryAt: string | null;
  /** navigator.storage.estimate(): bytes used and available to the app, or null where unknown. */
  storage: { usage: number; quota: number } | null;
  /** Persistent storage granted (navigator.storage.persisted()), or null where unknown. */
  persisted: boolean | null;
}

/** Room names, so both the sender and the tests agree on them. */
export const rooms = {
  office: (officeId: string) => `office:${officeId}`,
  terminal: (terminalId: string) => `terminal:${terminalId}`,
};
