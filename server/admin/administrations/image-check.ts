// What reading a logo's bytes finds: its size, or why no PDF could draw it (png-check.ts, jpeg-check.ts).
import type { Say } from '../../http/words/error-words';

export type ImageCheck =
  | { ok: true; width: number; height: number }
  /** The first bytes are not those of the type it was sent (or stored) as. */
  | { ok: false; fault: 'not-its-type' }
  | { ok: false; fault: 'side'; width: number; height: number }
  /** `reason`: what is wrong inside, as a field problem says it. */
  | { ok: false; fault: 'unreadable'; reason: Say };

export const unreadable = (reason: Say): ImageCheck => ({ ok: false, fault: 'unreadable', reason });

export const NOT_ITS_TYPE: ImageCheck = { ok: false, fault: 'not-its-type' };
