// How many report files a collector prepares at once: a workbook of an administration over two years is
// built in memory (exceljs), tens of seconds and a gigabyte for a large one, on the one thread every vote
// and every dashboard shares. Two files at a time per person (a CSV and a PDF clicked one after the other
// both come), a few at a time in all; the rest are told to try again in a moment (429 with Retry-After),
// rather than queued out of sight.
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../http/app-error';

/** Files being prepared at once by this collector, everyone together, and by one person. */
export const MAX_EXPORTS_AT_ONCE = 3;
export const MAX_EXPORTS_PER_PERSON = 2;
/** What a refused request is told to wait, in seconds. */
export const EXPORT_RETRY_SECONDS = 5;

export function limitExports(app: FastifyInstance, maxAtOnce = MAX_EXPORTS_AT_ONCE): void {
  const byPerson = new Map<string, number>();
  let inFlight = 0;
  const held = new WeakSet<object>();
  app.addHook('preHandler', async (request) => {
    const who = request.user?.id ?? request.ip;
    if ((byPerson.get(who) ?? 0) >= MAX_EXPORTS_PER_PERSON) {
      throw new AppError('rate_limited', (w) => w.exportBusyForYou(EXPORT_RETRY_SECONDS), undefined, EXPORT_RETRY_SECONDS);
    }
    if (inFlight >= maxAtOnce) throw new AppError('rate_limited', (w) => w.exportBusy(EXPORT_RETRY_SECONDS), undefined, EXPORT_RETRY_SECONDS);
    inFlight += 1;
    byPerson.set(who, (byPerson.get(who) ?? 0) + 1);
    held.add(request);
    (request as { exportSlotOf?: string }).exportSlotOf = who;
  });
  const release = async (request: object) => {
    if (!held.has(request)) return;
    held.delete(request);
    inFlight -= 1;
    const who = (request as { exportSlotOf?: string }).exportSlotOf!;
    const left = (byPerson.get(who) ?? 1) - 1;
    if (left > 0) byPerson.set(who, left);
    else byPerson.delete(who);
  };
  // Whether the file went out, failed, or the client went away before it was ready.
  app.addHook('onResponse', async (request) => release(request));
  app.addHook('onRequestAbort', async (request) => release(request));
}
