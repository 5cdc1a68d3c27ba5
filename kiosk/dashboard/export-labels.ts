// The words of the report files: the download buttons of the office and administration reports, the yearly report, printing.
import { fromTo, italianArticle } from '../../server/contract/italian-articles';

export const X = {
  downloads: 'Scarica il report',
  csv: 'CSV',
  xlsx: 'Excel',
  pdf: 'PDF',
  csvHint: 'Giudizi per giorno, servizio e canale, con i motivi: si apre in Excel o LibreOffice',
  csvHintAdministration: 'Giudizi per giorno, ufficio, servizio e canale, con i motivi: si apre in Excel o LibreOffice',
  xlsxHint: 'Cartella di lavoro con un foglio per vista: riepilogo, servizi, giorni, ore, motivazioni, partecipazione, Carta dei servizi',
  xlsxHintAdministration: 'Cartella di lavoro con un foglio per vista: riepilogo, uffici, servizi, giorni, motivazioni, partecipazione, Carta dei servizi',
  pdfHint: 'Rapporto da stampare o allegare: una pagina di sintesi, poi una pagina per servizio',
  print: 'Stampa',
  bulletinDownloads: 'Scarica il bollettino',
  bulletinPdfHint: 'Il bollettino su una pagina, da stampare o allegare',
  /** On paper only, where the period picker is not printed. */
  printedPeriod: (from: string, to: string) => `Periodo: ${fromTo(from, to)}`,
  printHint: 'Stampa questa pagina così come appare, senza menu né pulsanti',
  /** On paper only, in place of a chart not yet drawn when the browser's own print began. */
  chartNotPrinted: 'Grafico non stampato perché non ancora disegnato: per averlo, stampa con il pulsante «Stampa» del report.',
  yearlyTitle: 'Relazione annuale',
  yearlyNote: 'Risultati dell’anno per ufficio e servizio, con la verifica della Carta dei servizi: per la relazione sulla performance.',
  year: 'Anno',
  yearlyPdf: (year: string) => `Relazione ${year} (PDF)`,
  yearlyXlsx: (year: string) => `Relazione ${year} (Excel)`,
  logoTitle: 'Logo nei report PDF',
  logoNote: (kb: number) => `In alto in ogni pagina dei PDF dell’ente, accanto al nome. Un file PNG o JPEG di al massimo ${kb} KB.`,
  logoAbsent: 'Nessun logo: i PDF mostrano solo il nome dell’ente.',
  logoPresent: (type: string, width: number, height: number, kb: number, when: string) => `Logo ${type} di ${width} × ${height} pixel (${kb} KB), caricato ${italianArticle(when)}.`,
  logoUpload: 'Carica il logo…',
  logoReplace: 'Sostituisci il logo…',
  logoRemove: 'Rimuovi il logo',
  logoAlt: 'Il logo come appare nei PDF',
  logoWrongType: (name: string) => `«${name}» non è un’immagine PNG o JPEG: salvala in uno di questi formati e riprova.`,
  logoTooLarge: (kb: number, max: number) => `Il file pesa ${kb} KB, il massimo è ${max} KB: salvalo più piccolo (per un logo bastano circa 500 pixel di larghezza).`,
} as const;
