// What heads every page of an administration's PDF: its name and, when uploaded, its logo.
import type { Db } from '../../../store/database';
import { getAdministrationLogo } from '../../queries/get-administration-logo';
import type { ExportText } from '../words/export-text';
import { drawableLogo } from './drawable-logo';
import type { Branding } from './layout';

export async function brandingOf(db: Db, administrationId: string, administration: string, title: string, period: { from: string; to: string }, computedAt: string, timeZone: string, { w, f }: ExportText): Promise<Branding> {
  const logo = await getAdministrationLogo(db, administrationId);
  return { administration, logo: logo && drawableLogo(logo, administrationId), title, period: f.period(period.from, period.to, true), computed: w.pdf.computed(f.instant(computedAt, timeZone)), page: w.pdf.page, unprintable: w.pdf.unprintable };
}
