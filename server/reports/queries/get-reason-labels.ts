// The reasons of an administration with their labels and dimensions, retired ones included: old votes name them.
import type { QualityDimension } from '../../contract/quality';
import type { Db } from '../../store/database';

export interface ReasonLabel {
  label: string;
  dimension: QualityDimension | null;
  position: number;
  /** Retired: no longer offered, still named by older votes. */
  archived: boolean;
}

export async function getReasonLabels(db: Db, administrationIds: readonly string[]): Promise<Map<string, ReasonLabel>> {
  if (administrationIds.length === 0) return new Map();
  const rows = await db.selectFrom('reasons').select(['id', 'label', 'dimension', 'position', 'archived_at']).where('administration_id', 'in', [...administrationIds]).execute();
  return new Map(rows.map((r) => [r.id, { label: r.label, dimension: r.dimension as QualityDimension | null, position: r.position, archived: r.archived_at !== null }]));
}
