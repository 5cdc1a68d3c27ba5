// An administration's logo for the header of its PDF reports, or null when it uploaded none.
import type { Db } from '../../store/database';

export interface AdministrationLogo {
  mediaType: string;
  data: Buffer;
  width: number;
  height: number;
  sha256: string;
  uploadedAt: string;
}

export async function getAdministrationLogo(db: Db, administrationId: string): Promise<AdministrationLogo | null> {
  const row = await db
    .selectFrom('administration_logos')
    .select(['media_type', 'data', 'width', 'height', 'sha256', 'uploaded_at'])
    .where('administration_id', '=', administrationId)
    .executeTakeFirst();
  if (!row) return null;
  return { mediaType: row.media_type, data: Buffer.from(row.data, 'base64'), width: Number(row.width), height: Number(row.height), sha256: row.sha256, uploadedAt: row.uploaded_at };
}
