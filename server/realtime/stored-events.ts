// The vote:stored events of one turn of the event loop, folded into one per office. A group commit
// answers its requests together, and each request told the office's dashboards on its own: on
// PostgreSQL every one was a NOTIFY through the database (socket.io's adapter tells the other
// collectors so), one round trip per vote request for a dashboard that reloads its report once
// anyway. Folded, a group commit of 25 single votes for one office is one event of 25.
import type { VotesStoredEvent } from '../contract/events';

export interface StoredEvents {
  /** Queues the event; it leaves with the others of this turn, after the current I/O callbacks. */
  add(event: VotesStoredEvent): void;
  /** Sends what is queued now (before closing). */
  flush(): void;
}

/** `emit` sends one event and never throws (socket.ts logs its failure). */
export function storedEvents(emit: (event: VotesStoredEvent) => void): StoredEvents {
  const pending = new Map<string, { count: number; days: Set<string> }>();
  let scheduled: NodeJS.Immediate | null = null;
  const flush = () => {
    if (scheduled) clearImmediate(scheduled);
    scheduled = null;
    const events = [...pending].map(([officeId, e]) => ({ officeId, count: e.count, days: [...e.days].sort() }));
    pending.clear();
    for (const event of events) emit(event);
  };
  return {
    add(event) {
      const queued = pending.get(event.officeId);
      if (queued) {
        queued.count += event.count;
        for (const d of event.days) queued.days.add(d);
      } else {
        pending.set(event.officeId, { count: event.count, days: new Set(event.days) });
      }
      scheduled ??= setImmediate(flush);
    },
    flush,
  };
}
