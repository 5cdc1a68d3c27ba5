// What a socket client is told when it speaks outside the contract: an event the collector does not
// know, or one sent without the acknowledgement that carries its answer. socket.io itself ignores
// both without a word, and a third-party terminal's developer would wait for an answer forever.
import type { Socket } from 'socket.io';
import type { ClientToServerEvents, ProtocolError } from '../contract/events';

/** Every event of the contract: the compiler fails here when one is added there and not here. */
const EVENTS: Record<keyof ClientToServerEvents, true> = { 'report:watch': true, 'report:unwatch': true, 'alerts:watch': true, 'terminal:hello': true, 'terminal:heartbeat': true };
const KNOWN: ReadonlySet<string> = new Set(Object.keys(EVENTS));

/**
 * Once per socket, event and problem: a client looping on a wrong event hears it once, and cannot
 * make the collector write as much as it sends.
 */
function tellOnce(socket: Socket, error: ProtocolError): void {
  const told: Set<string> = (socket.data.protocolErrors ??= new Set<string>());
  const key = `${error.code}\u0000${error.event}`;
  if (told.has(key)) return;
  told.add(key);
  socket.emit('protocol:error', error);
}

/** Installs the unknown-event check on a new connection. */
export function tellUnknownEvents(socket: Socket): void {
  socket.onAny((event: unknown) => {
    const name = String(event).slice(0, 100);
    if (KNOWN.has(name)) return;
    tellOnce(socket, { event: name, code: 'unknown_event', message: `The collector does not know the event "${name}"; it knows ${[...KNOWN].join(', ')}. Nothing was done.` });
  });
}

/** For a known event sent without an acknowledgement: false (and the client told) when there is none to answer through. */
export function hasAck(socket: Socket, event: keyof ClientToServerEvents, ack: unknown): ack is (...args: never[]) => void {
  if (typeof ack === 'function') return true;
  tellOnce(socket, { event, code: 'ack_required', message: `"${event}" is answered through its acknowledgement: send it with a callback (socket.emit("${event}", payload, (answer) => ...)). Nothing was done.` });
  return false;
}
