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
}

/** Runs the alerts link on `socket` (made with socket.io's default reconnection); answers the function that ends it. */
export function watchAlerts(socket: AlertsSocket, handlers: AlertsLinkHandlers, reconnectMs = RECONNECT_AFTER_SERVER_DISCONNECT_MS): () => void {
  let reconnect: ReturnType<typeof setTimeout> | undefined;
  // Rooms are forgotten at each reconnection: ask again every time.
  socket.on('connect', () => socket.timeout(5_000).emit('alerts:watch', {}, (err, res) => handlers.onLive(!err && 'data' in res)));
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

/** Calls `onChange` for every alert the collector announces, `onSignedOut` when the session is over; answers whether the link is live. */
export function useLiveAlerts(onChange: (alert: Alert) => void, onSignedOut: () => void): boolean {
  const [live, setLive] = useState(false);
  const handlers = useRef({ onChange, onSignedOut });
  handlers.current = { onChange, onSignedOut };
  useEffect(() => watchAlerts(io(), { onChange: (alert) => handlers.current.onChange(alert), onLive: setLive, onSignedOut: () => handlers.current.onSignedOut() }), []);
  return live;
}
