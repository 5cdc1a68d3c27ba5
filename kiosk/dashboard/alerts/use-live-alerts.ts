// Alerts as they open, close or are acknowledged: a socket.io link that keeps alerts:watch asked and hands on alert:changed.
import { useEffect, useRef, useState } from 'preact/hooks';
import { io } from 'socket.io-client';
import type { Alert } from '../../../server/contract/alerts';
import type { LiveStatus } from '../live-messages';
import { keepWatching, type LiveSocket, type LiveSocketTiming } from '../live-socket';

export type AlertsSocket = LiveSocket;

export interface AlertsLinkHandlers {
  onChange: (alert: Alert) => void;
  /** The link's state, as the report's badge shows it: telling alerts now, asking, or not (and asking again later). */
  onStatus: (status: LiveStatus) => void;
  /** The collector refused the handshake because nobody is signed in (any more); the link stops. */
  onSignedOut?: () => void;
  /**
   * Watching again after the link was down: alerts that opened, closed or were acknowledged meanwhile were told to
   * nobody, so what is on screen must be asked for again.
   */
  onReconnect?: () => void;
}

/** Opens the alerts link and answers the function that ends it; tests hand the page another. */
export type AlertsConnector = (handlers: AlertsLinkHandlers) => () => void;

/**
 * Runs the alerts link on `socket` (made with socket.io's default reconnection) through the report's retrying link
 * (live-socket.ts): a refused handshake (the collector's database down), a watch unanswered in time and a connection
 * the collector ended are asked again, as the report's are; they used to leave this page no longer live, unsaid.
 * Answers the function that ends it.
 */
export function watchAlerts(socket: AlertsSocket, handlers: AlertsLinkHandlers, timing: LiveSocketTiming = {}): () => void {
  let wasOffline = false;
  const link = keepWatching(
    socket,
    {
      status: (status) => {
        handlers.onStatus(status);
        if (status === 'offline') wasOffline = true;
        else if (status === 'live' && wasOffline) {
          // Once watching, so that an alert changed after the reload it asks for is told live, and none falls between.
          wasOffline = false;
          handlers.onReconnect?.();
        }
      },
      signedOut: () => handlers.onSignedOut?.(),
    },
    timing,
  );
  socket.on('alert:changed', (alert) => handlers.onChange(alert));
  // Rooms are forgotten at each reconnection: the link asks again every time.
  link.keep((s, ackTimeoutMs, answered) => s.timeout(ackTimeoutMs).emit('alerts:watch', {}, answered));
  return () => link.close();
}

/** The collector that served the page. */
export const connectAlerts: AlertsConnector = (handlers) => watchAlerts(io(), handlers);

/** Keeps an alerts link open while the page is shown and hands on what it says; answers the link's state. */
export function useLiveAlerts(handlers: Required<Omit<AlertsLinkHandlers, 'onStatus'>>, connect: AlertsConnector = connectAlerts): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  // The link outlives renders: it calls the latest handlers.
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(
    () =>
      connect({
        onStatus: setStatus,
        onChange: (alert) => current.current.onChange(alert),
        onSignedOut: () => current.current.onSignedOut(),
        onReconnect: () => current.current.onReconnect(),
      }),
    [connect],
  );
  return status;
}
