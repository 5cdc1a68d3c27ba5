// What the management routes need from the collector: the database, its clock, live pushes, the public URL.
import type { Realtime } from '../realtime/socket';
import type { Db } from '../store/database';

export interface AdminDeps {
  db: Db;
  now: () => Date;
  realtime: Pick<Realtime, 'configChanged' | 'terminalRevoked' | 'endUserSockets'>;
  /** Base of the kiosk URL a pairing code's QR code points to. */
  /** PUBLIC_URL when set; undefined means "the address of the request". */
  publicUrl: string | undefined;
}
