// The collector's reasons for refusing people-served figures, in Italian, and a CSV refusal as "riga N: colonna — motivo". Pure.
import type { FieldProblem } from '../../../server/contract/errors';
import { MAX_SERVED } from './served-cells';

const DAY = new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayText = (day: string) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? DAY.format(new Date(`${day}T00:00:00Z`)) : day);
const MAX = new Intl.NumberFormat('it-IT').format(MAX_SERVED);

/**
 * The reasons server/participation/ writes (check-people-served.ts, parse-csv.ts), as patterns and
 * their Italian. The collector has no codes for them yet; a reason this page does not know is shown
 * as the collector wrote it, never dropped.
 */
const REASONS: readonly [RegExp, (...groups: string[]) => string][] = [
  [/^"(.*)" is not a date \(write 2026-03-31 or 31\/03\/2026\)$/, (t) => `«${t}» non è una data (scrivi 2026-03-31 oppure 31/03/2026)`],
  [/^"(.*)" is not a calendar date$/, (t) => `«${t}» non è una data del calendario`],
  [/^no service is called "(.*)" \(use its name or id\)$/, (t) => `nessun servizio si chiama «${t}» (scrivi il nome o l’identificativo del servizio)`],
  [/^service "(.*)" is not one of this office's administration$/, (t) => `il servizio «${t}» non appartiene all’amministrazione di questo ufficio`],
  [/^"(.*)" is not a channel \(sportello, telefono or web\)$/, (t) => `«${t}» non è un canale (sportello, telefono o web)`],
  [/^is empty \(write 0 for a day nobody was served\)$/, () => 'è vuoto (scrivi 0 per un giorno in cui non è stato servito nessuno)'],
  [/^is empty$/, () => 'è vuoto'],
  [/^"(.*)" is not a whole number of people from 0 to \d+$/, (t) => `«${t}» non è un numero intero di persone da 0 a ${MAX}`],
  [/^(\d{4}-\d{2}-\d{2}) has not come yet in the office's time zone \(today is (\d{4}-\d{2}-\d{2})\)$/, (d, today) => `il ${dayText(d)} non è ancora arrivato nel fuso orario dell’ufficio (oggi è il ${dayText(today)})`],
  // "The first is entry N" counts figures, not lines: in a file it would point at the wrong line.
  [/^a second figure for the same service, channel and day/, () => 'un altro numero per lo stesso servizio, canale e giorno è già indicato prima'],
  [/^the first line must name the columns; missing: (.*) \(e\.g\. .*\)$/, (cols) => `la prima riga deve dare i nomi delle colonne; manca: ${cols} (per esempio «giorno;servizio;canale;persone»)`],
  [/^the file has a header but no figures$/, () => 'il file ha la riga dei nomi delle colonne ma nessun numero'],
];

/** A reason in Italian, or as the collector wrote it when this page does not know it. */
export function servedReason(reason: string): string {
  for (const [pattern, italian] of REASONS) {
    const m = pattern.exec(reason);
    if (m) return italian(...m.slice(1));
  }
  return reason;
}

/** The column a problem names: "/giorno" is the column giorno, "/header" the first line. */
function columnOf(field: string): string {
  if (field === '/header') return 'nomi delle colonne';
  if (field === '/' || field === '') return 'file';
  return field.replace(/^\//, '');
}

/** "riga 3: giorno — «31/02/2026» non è una data del calendario", in line order. */
export function csvProblemLines(problems: readonly FieldProblem[]): string[] {
  return [...problems]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    .map((p) => `${p.line === undefined ? '' : `riga ${p.line}: `}${columnOf(p.field)} — ${servedReason(p.reason)}`);
}
