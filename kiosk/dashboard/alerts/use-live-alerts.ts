// Alerts as they open, close or are acknowledged: a socket.io link that says alerts:watch and hands on alert:changed.
import { useEffect, useRef, useState } from 'preact/hooks';
import { io, type Socket } from 'socket.io-client';
import type { Alert } from '../../../server/contract/alerts';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../server/contract/events';
import { RECONNECT_AFTER_SERVER_DISCONNECT_MS } from '../live-socket';

export type AlertsSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface AlertsLinkHandlers {
  onChange: (alert: Alert) => void;
  /** Whether the collector is telling this link of alerts now. */
  onLive: (live: boolean) => void;
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

/** Runs the alerts link on `socket` (made with socket.io's default reconnection); answers the function that ends it. */
export function watchAlerts(socket: AlertsSocket, handlers: AlertsLinkHandlers, reconnectMs = RECONNECT_AFTER_SERVER_DISCONNECT_MS): () => void {
  let reconnect: ReturnType<typeof setTimeout> | undefined;
  let connectedBefore = false;
  // Rooms are forgotten at each reconnection: ask again every time.
  socket.on('connect', () => {
    const again = connectedBefore;
    connectedBefore = true;
    socket.timeout(5_000).emit('alerts:watch', {}, (err, res) => {
      const live = !err && 'data' in res;
      handlers.onLive(live);
      // Once watching, so that an alert changed after the reload it asks for is told live, and none falls between.
      if (live && again) handlers.onReconnect?.();
    });
  });
  socket.on('disconnect', (reason) => {
    handlers.onLive(false);
    // Ended by the collector (roles changed, signed out): socket.io does not reconnect after that by itself. The new
    // handshake is let in with the person's current grants, or refused 'unauthenticated' and left there.
    if (reason === 'io server disconnect') reconnect ??= setTimeout(() => ((reconnect = undefined), socket.connect()), reconnectMs);
  });
  socket.on('connect_error', (err) => {
    handlers.onLive(false);
    if (err.message === 'unauthenticated') handlers.onSignedOut?.();
  });
  socket.on('alert:changed', (alert) => handlers.onChange(alert));
  return () => {
    clearTimeout(reconnect);
    socket.off();
    socket.disconnect();
  };
}

/** The collector that served the page. */
export const connectAlerts: AlertsConnector = (handlers) => watchAlerts(io(), handlers);

/** Keeps an alerts link open while the page is shown and hands on what it says; answers whether the link is live. */
export function useLiveAlerts(handlers: Required<Omit<AlertsLinkHandlers, 'onLive'>>, connect: AlertsConnector = connectAlerts): boolean {
  const [live, setLive] = useState(false);
  // The link outlives renders: it calls the latest handlers.
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(
    () =>
      connect({
        onLive: setLive,
        onChange: (alert) => current.current.onChange(alert),
        onSignedOut: () => current.current.onSignedOut(),
        onReconnect: () => current.current.onReconnect(),
      }),
    [connect],
  );
  return live;
}
