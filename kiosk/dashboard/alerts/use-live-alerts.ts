// Alerts as they open, close or are acknowledged: a socket.io link that says alerts:watch and hands on alert:changed.
import { useEffect, useRef, useState } from 'preact/hooks';
import { io, type Socket } from 'socket.io-client';
import type { Alert } from '../../../server/contract/alerts';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../server/contract/events';

/** Calls `onChange` for every alert the collector announces; answers whether the link is live. */
export function useLiveAlerts(onChange: (alert: Alert) => void): boolean {
  const [live, setLive] = useState(false);
  const handler = useRef(onChange);
  handler.current = onChange;
  useEffect(() => {
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io();
    // Rooms are forgotten at each reconnection: ask again every time.
    socket.on('connect', () => socket.timeout(5_000).emit('alerts:watch', {}, (err, res) => setLive(!err && 'data' in res)));
    socket.on('disconnect', () => setLive(false));
    socket.on('connect_error', () => setLive(false));
    socket.on('alert:changed', (alert) => handler.current(alert));
    return () => {
      socket.off();
      socket.disconnect();
    };
  }, []);
  return live;
}
