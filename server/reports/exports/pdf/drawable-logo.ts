// The stored logo, checked again before a PDF embeds it: one stored before the upload checks grew stricter
// may be one png-js fails on inside a zlib callback, which no try/catch reaches and which stops the collector.
import { faultWords, inspectLogo } from '../../../admin/administrations/logo-image';
import { LOGO_MEDIA_TYPES, type LogoMediaType } from '../../../contract/exports';
import { inEnglish } from '../../../http/words/error-words';
import type { AdministrationLogo } from '../../queries/get-administration-logo';

declare const checked: unique symbol;
/** Logo bytes that passed the checks: the only kind the page header (layout.ts) takes, so none reaches pdfkit unchecked. */
export type DrawableLogo = Buffer & { readonly [checked]: true };

/** Code of the warning emitted for a logo left out, so an operator can look it up, and a test listen for it. */
export const LOGO_LEFT_OUT = 'GRADIMENTO_LOGO_LEFT_OUT';

/**
 * The logo when a PDF can draw it; null, with a warning, when not: the PDF then shows the name alone.
 * A process warning rather than the request's logger: the PDF builders are also run by the scheduled
 * e-mails, and none of them is handed a logger; Node prints it on stderr, where the service's log is.
 */
export function drawableLogo(logo: AdministrationLogo, administrationId: string): DrawableLogo | null {
  const mediaType = logo.mediaType as LogoMediaType;
  const check = LOGO_MEDIA_TYPES.includes(mediaType) ? inspectLogo(logo.data, mediaType) : ({ ok: false, fault: 'not-its-type' } as const);
  if (check.ok) return logo.data as DrawableLogo;
  const why = inEnglish(faultWords(check, mediaType).reason);
  process.emitWarning(`The logo of administration ${administrationId} cannot be drawn (${why}); its PDF reports show its name alone until a new logo is uploaded.`, { code: LOGO_LEFT_OUT });
  return null;
}
