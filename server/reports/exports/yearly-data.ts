// What an administration's yearly exports are made of: the yearly report, the faces in use and the zone its instants are shown in.
import { DEFAULT_TIME_ZONE } from '../../admin/offices/save-office';
import type { FaceId } from '../../contract/scale';
import type { YearlyReport } from '../../contract/yearly';
import { buildYearlyReport } from '../levels/build-yearly-report';
import type { ReportContext } from '../office/build-office-report';
import { getAdministrationOffices } from '../queries/get-administrations';
import { getTerminalScales } from '../queries/get-terminal-scales';
import { facesInUse } from './faces-in-use';

export interface YearlyExport {
  report: YearlyReport;
  faces: FaceId[];
  timeZone: string;
}

/** Errors as buildYearlyReport's: not_found for the administration, validation_failed for a year out of range. */
export async function yearlyExport(ctx: ReportContext, administrationId: string, year: string): Promise<YearlyExport> {
  const report = await buildYearlyReport(ctx, administrationId, year);
  const offices = await getAdministrationOffices(ctx.db, administrationId);
  const scales = await getTerminalScales(ctx.db, offices.map((o) => o.id));
  const seen = Object.entries(report.faces).filter(([, n]) => n > 0).map(([f]) => f);
  return { report, faces: facesInUse(scales, seen), timeZone: offices[0]?.timeZone ?? DEFAULT_TIME_ZONE };
}
