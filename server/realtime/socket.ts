// socket.io on the collector's own HTTP server: dashboards watch offices, terminals say hello.
import type { Server as HttpServer } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
import { Server } from 'socket.io';
import { rooms, type ClientToServerEvents, type ServerToClientEvents, type VotesStoredEvent } from '../contract/events';
import { getOffice } from '../reports/get-office';
import type { Db } from '../store/database';
import { getTerminalConfig } from '../store/get-terminal-config';

export interface Realtime {
  /** Tells every dashboard watching the office; never throws. */
  broadcast(event: VotesStoredEvent): void;
  /** Disconnects every client (the HTTP server is closed by its owner). */
  close(): void;
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 64;
}

export function attachRealtime(httpServer: HttpServer, db: Db, log: FastifyBaseLogger): Realtime {
  // Same origin only: the dashboard and the terminal are served by this collector.
  const io = new Server<ClientToServerEvents, ServerToClientEvents>(httpServer, { serveClient: false });

  io.on('connection', (socket) => {
    // Payloads come from the network: check their shape before use, and always answer the ack.
    socket.on('report:watch', async (req, ack) => {
      if (typeof ack !== 'function') return;
      if (!isId(req?.officeId)) return ack({ error: { code: 'validation_failed', message: 'officeId must be a non-empty string.' } });
      // Sign-in and per-office scopes come with users (issue 3); until then every office is readable.
      const office = await getOffice(db, req.officeId).catch(() => null);
      if (!office) return ack({ error: { code: 'office_unknown', message: `Office "${req.officeId}" does not exist.` } });
      await socket.join(rooms.office(office.id));
      ack({ data: { officeId: office.id } });
    });

    socket.on('report:unwatch', async (req, ack) => {
      if (typeof ack !== 'function') return;
      if (!isId(req?.officeId)) return ack({ error: { code: 'validation_failed', message: 'officeId must be a non-empty string.' } });
      await socket.leave(rooms.office(req.officeId));
      ack({ data: { officeId: req.officeId } });
    });

    socket.on('terminal:hello', async (req, ack) => {
      if (typeof ack !== 'function') return;
      if (!isId(req?.terminalId)) return ack({ error: { code: 'validation_failed', message: 'terminalId must be a non-empty string.' } });
      const config = await getTerminalConfig(db, req.terminalId).catch(() => null);
      if (!config) return ack({ error: { code: 'terminal_unknown', message: `Terminal "${req.terminalId}" is not registered on this collector.` } });
      await socket.join(rooms.terminal(config.terminal.id));
      ack({ data: { configVersion: config.version } });
    });
  });

  return {
    broadcast(event) {
      try {
        io.to(rooms.office(event.officeId)).emit('vote:stored', event);
      } catch (err) {
        log.warn({ err }, 'vote:stored broadcast failed');
      }
    },
    close() {
      io.disconnectSockets(true);
      io.engine.close();
    },
  };
}
