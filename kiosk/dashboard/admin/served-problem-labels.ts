// The collector's reasons for refusing people-served figures (it writes them in English, without codes), as the dashboard says them.

export const SERVED_PROBLEMS = {
  notADate: (text: string) => `«${text}» non è una data (scrivi 2026-03-31 oppure 31/03/2026)`,
  notACalendarDate: (text: string) => `«${text}» non è una data del calendario`,
  unknownService: (text: string) => `nessun servizio si chiama «${text}» (scrivi il nome o l’identificativo del servizio)`,
  foreignService: (text: string) => `il servizio «${text}» non appartiene all’amministrazione di questo ufficio`,
  notAChannel: (text: string) => `«${text}» non è un canale (sportello, telefono o web)`,
  emptyFigure: 'è vuoto (scrivi 0 per un giorno in cui non è stato servito nessuno)',
  empty: 'è vuoto',
  notACount: (text: string, max: string) => `«${text}» non è un numero intero di persone da 0 a ${max}`,
  notYet: (day: string, today: string) => `il ${day} non è ancora arrivato nel fuso orario dell’ufficio (oggi è il ${today})`,
  duplicate: 'un altro numero per lo stesso servizio, canale e giorno è già indicato prima',
  missingColumns: (columns: string) => `la prima riga deve dare i nomi delle colonne; manca: ${columns} (per esempio «giorno;servizio;canale;persone»)`,
  noFigures: 'il file ha la riga dei nomi delle colonne ma nessun numero',
  headerColumn: 'nomi delle colonne',
  fileColumn: 'file',
  line: (n: number) => `riga ${n}: `,
};
