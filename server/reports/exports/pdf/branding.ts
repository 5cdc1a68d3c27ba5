// What heads every page of an administration's PDF: its name and, when uploaded, its logo.
import type { Db } from '../../../store/database';
import { getAdministrationLogo } from '../../queries/get-administration-logo';
import { formatInstant, formatPeriod } from '../format';
import type { Branding } from './layout';

export async function brandingOf(db: Db, administrationId: string, administration: string, title: string, period: { from: string; to: string }, computedAt: string, timeZone: string): Promise<Branding> {
  const logo = await getAdministrationLogo(db, administrationId);
  return { administration, logo: logo?.data ?? null, title, period: formatPeriod(period.from, period.to), computed: `calcolato il ${formatInstant(computedAt, timeZone)}` };
}
