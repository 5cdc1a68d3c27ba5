// How many report files a collector prepares at once: a workbook of an administration over two years is
// built in memory (exceljs), seconds and hundreds of megabytes for a large one, on the one thread every
// vote and every dashboard shares. Two files at a time per person (a CSV and a PDF clicked one after
// the other both start), a few at a time in all. Another request waits its turn: the dashboard's
// download links are plain links, and a refusal would reach the person as a failed download with no
// word of why. Only when the line is already long, or the wait too long, is it refused (429, saying
// whose files are being prepared, with Retry-After).
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../http/app-error';

/** Files being prepared at once by this collector, everyone together, and by one person. */
export const MAX_EXPORTS_AT_ONCE = 3;
export const MAX_EXPORTS_PER_PERSON = 2;
/** Requests waiting for a turn, everyone together; beyond, refused at once. */
export const MAX_EXPORTS_WAITING = 20;
/** How long a request waits for its turn before it is refused. */
export const EXPORT_WAIT_MS = 60_000;
/** What a refused request is told to wait, in seconds. */
export const EXPORT_RETRY_SECONDS = 5;

interface Waiting {
  who: string;
  start: () => void;
}

export function limitExports(app: FastifyInstance, limits = { atOnce: MAX_EXPORTS_AT_ONCE, perPerson: MAX_EXPORTS_PER_PERSON, waiting: MAX_EXPORTS_WAITING, waitMs: EXPORT_WAIT_MS }): void {
  const byPerson = new Map<string, number>();
  let inFlight = 0;
  const line: Waiting[] = [];
  const held = new WeakMap<object, string>();
  /** Requests still in line, and how each leaves it (its client went away). */
  const waitingOf = new WeakMap<object, () => void>();
  const mayStart = (who: string) => inFlight < limits.atOnce && (byPerson.get(who) ?? 0) < limits.perPerson;
  const take = (who: string) => {
    inFlight += 1;
    byPerson.set(who, (byPerson.get(who) ?? 0) + 1);
  };
  // The first in line whose person has a slot free goes next: one person's third file does not hold up others.
  const next = () => {
    for (let i = 0; i < line.length && inFlight < limits.atOnce; ) {
      if (mayStart(line[i]!.who)) line.splice(i, 1)[0]!.start();
      else i += 1;
    }
  };

  app.addHook('preHandler', async (request) => {
    const who = request.user?.id ?? request.ip;
    if (!mayStart(who)) {
      const mine = (byPerson.get(who) ?? 0) >= limits.perPerson;
      const refuse = () => new AppError('rate_limited', (w) => (mine ? w.exportBusyForYou(EXPORT_RETRY_SECONDS) : w.exportBusy(EXPORT_RETRY_SECONDS)), undefined, EXPORT_RETRY_SECONDS);
      if (line.length >= limits.waiting) throw refuse();
      await new Promise<void>((resolve, reject) => {
        const leave = (error: Error) => {
          clearTimeout(timer);
          waitingOf.delete(request);
          line.splice(line.indexOf(entry), 1);
          reject(error);
        };
        const entry: Waiting = {
          who,
          start: () => {
            clearTimeout(timer);
            waitingOf.delete(request);
            take(who);
            resolve();
          },
        };
        const timer = setTimeout(() => leave(refuse()), limits.waitMs);
        line.push(entry);
        waitingOf.set(request, () => leave(new Error('the client went away while its file waited')));
      });
    } else {
      take(who);
    }
    held.set(request, who);
  });
  const release = async (request: object) => {
    const who = held.get(request);
    if (who === undefined) return;
    held.delete(request);
    inFlight -= 1;
    const left = (byPerson.get(who) ?? 1) - 1;
    if (left > 0) byPerson.set(who, left);
    else byPerson.delete(who);
    next();
  };
  // The slot is freed when the file (or the error) is handed over, which happens even when the client
  // went away meanwhile: the building was still going on until then, and freeing it at the cancel
  // would let a manager who clicks, gives up and clicks again start build after build.
  app.addHook('onSend', async (request) => release(request));
  app.addHook('onResponse', async (request) => release(request));
  // A cancelled request still in line leaves it; one being built keeps its slot until it is done.
  app.addHook('onRequestAbort', async (request) => waitingOf.get(request)?.());
}
