// The bytes of an imported CSV file as text: in the charset its Content-Type declares (a spreadsheet
// saved by Italian Excel is windows-1252), UTF-8 when it declares none; never decoded by a guess.
import { AppError } from '../http/app-error';

/** The `charset` parameter of a Content-Type, lower-cased; null when there is none. */
function charsetOf(contentType: string | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match ? match[1]!.toLowerCase() : null;
}

/**
 * A file declared in one charset is read in it; one that declares none must be UTF-8. Read as UTF-8
 * by default, «attività» in windows-1252 became «attivit\uFFFD» and the line was refused for naming no service.
 */
export function decodeCsv(bytes: Buffer, contentType: string | undefined): string {
  const declared = charsetOf(contentType);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared ?? 'utf-8', { fatal: true });
  } catch {
    throw new AppError('unsupported_media_type', (w) => w.csvCharsetUnknown(declared!));
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new AppError('validation_failed', (w) => (declared ? w.csvNotInCharset(declared) : w.csvNotUtf8), [{ field: '/', reason: (w) => w.csvUndecodable }]);
  }
}
