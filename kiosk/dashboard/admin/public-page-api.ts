// The public page's settings as the dashboard reads and changes them.
import { apiPaths } from '../../../server/contract/api';
import { publicPaths } from '../../../server/contract/public-page';
import type { PublicPageChange, PublicPageSettings } from '../../../server/contract/public-page-schemas';
import { request } from '../api';

export const getPublicPage = (administrationId: string, signal?: AbortSignal) => request<PublicPageSettings>('GET', apiPaths.administrationPublicPage(administrationId), { signal });
/** Only the settings changed, with the version read: a note fixed alone never switches the page on or off behind a colleague's back. */
export const changePublicPage = (administrationId: string, change: PublicPageChange) =>
  request<PublicPageSettings>('PATCH', apiPaths.administrationPublicPage(administrationId), { body: change });

/**
 * The collector's address the links name (PUBLIC_URL, or the address the dashboard was opened at):
 * the page's link without its path, as server/public/links.ts built it.
 */
export function publicBase(settings: Pick<PublicPageSettings, 'administrationId' | 'links'>): string {
  const path = publicPaths.page(settings.administrationId);
  const { page } = settings.links;
  return page.endsWith(path) ? page.slice(0, -path.length) : page;
}
