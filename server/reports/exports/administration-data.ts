// What an administration's exports are made of: its report, its services in detail, the faces in use and its time zone.
import { DEFAULT_TIME_ZONE } from '../../admin/offices/save-office';
import type { AdministrationReport } from '../../contract/levels';
import type { FaceId } from '../../contract/scale';
import { buildAdministrationReport } from '../levels/build-administration-report';
import { buildAdministrationServices, type AdministrationServices } from '../levels/build-administration-services';
import type { ReportContext } from '../office/build-office-report';
import { getAdministrationOffices } from '../queries/get-administrations';
import { getTerminalScales } from '../queries/get-terminal-scales';
import { facesInUse } from './faces-in-use';

export interface AdministrationExport {
  report: AdministrationReport;
  services: AdministrationServices;
  offices: { id: string; name: string }[];
  faces: FaceId[];
  /**
   * The zone its instants are shown in: the first office's, as the administration's report takes
   * "today" from (an administration's offices share one zone in practice: one comune, one country).
   */
  timeZone: string;
}

/** Errors as buildAdministrationReport's: validation_failed for the period, not_found for the administration. */
export async function administrationExport(ctx: ReportContext, administrationId: string, from: string, to: string): Promise<AdministrationExport> {
  const report = await buildAdministrationReport(ctx, administrationId, from, to);
  const offices = await getAdministrationOffices(ctx.db, administrationId);
  const officeIds = offices.map((o) => o.id);
  const [services, scales] = await Promise.all([buildAdministrationServices(ctx, administrationId, officeIds, from, to), getTerminalScales(ctx.db, officeIds)]);
  const seen = Object.entries(report.totals.faces).filter(([, n]) => n > 0).map(([f]) => f);
  return {
    report,
    services,
    offices: offices.map((o) => ({ id: o.id, name: o.name })),
    faces: facesInUse(scales, seen),
    timeZone: offices[0]?.timeZone ?? DEFAULT_TIME_ZONE,
  };
}
