// The public page's settings as the dashboard reads and saves them.
import { apiPaths } from '../../../server/contract/api';
import type { PublicPageInput, PublicPageSettings } from '../../../server/contract/public-page-schemas';
import { request } from '../api';

export const getPublicPage = (administrationId: string, signal?: AbortSignal) => request<PublicPageSettings>('GET', apiPaths.administrationPublicPage(administrationId), { signal });
export const savePublicPage = (administrationId: string, input: PublicPageInput) => request<PublicPageSettings>('PUT', apiPaths.administrationPublicPage(administrationId), { body: input });
