// The words of the trend and of the reasons: units, the service picker, small-sample points, reasons over time and the follow-up question.
import type { TrendUnit } from '../../server/contract/report';
import { fromTo, italianArticle } from '../../server/contract/italian-articles';
import { formatNumber } from './format';

export const T = {
  title: { day: 'Andamento giorno per giorno', week: 'Andamento settimana per settimana', month: 'Andamento mese per mese' } satisfies Record<TrendUnit, string>,
  bucket: { day: 'Giorno', week: 'Settimana', month: 'Mese' } satisfies Record<TrendUnit, string>,
  service: 'Servizio',
  allServices: 'Tutti i servizi',
  small: 'campione piccolo',
  shareOfNegative: '% dei giudizi negativi',
  reasonTooltip: (pct: number, count: number) => `${pct}% dei giudizi negativi (${count})`,
  // The count, not its text: the words agree with it (1 giudizio negativo, 2 giudizi negativi).
  reasonsIntro: (negatives: number) =>
    `Quota ${negatives === 1 ? 'di 1 giudizio negativo che indica' : `dei ${formatNumber(negatives)} giudizi negativi che indicano`} ciascuna motivazione. Si può indicarne più di una: insieme le quote possono superare il 100%.`,
  notAsked: 'non richiesti',
  followUpIntro: (negatives: number) =>
    `${negatives === 1 ? 'Dell’unico giudizio negativo' : `Dei ${formatNumber(negatives)} giudizi negativi`} del periodo, dopo la domanda «che cosa non è andato?»:`,
  reasonTrendTitle: 'Motivazioni nel tempo',
  reasonTrendIntro: 'Quota dei giudizi negativi di ogni tratto del periodo che indica ciascuna motivazione. I tratti raggruppano i giorni perché ognuno abbia abbastanza giudizi negativi.',
  reasonTrendEmpty: 'Troppo pochi giudizi negativi per seguire le motivazioni nel tempo.',
  rising: (label: string, from: number, to: number, first: string, last: string) =>
    `In crescita: «${label}», ${italianArticle(`${from}%`, 'da')} dei giudizi negativi (${first}) ${italianArticle(`${to}%`, 'a')} (${last}).`,
  noRise: (points: number) => `Nessuna motivazione è cresciuta di ${points} punti o più tra il primo e l’ultimo tratto.`,
  stretch: 'Tratto',
  /** One stretch of the period in a sentence: its days, and the negative votes its shares stand on. */
  stretchOf: (days: string, negatives: string) => `${days}, su ${negatives}`,
  /** A stretch, a week or a clipped month in a table or a tooltip. */
  days: (from: string, to: string) => fromTo(from, to),
  negatives: 'Giudizi negativi',
  hollow: 'Un punto vuoto poggia su pochi giudizi (campione piccolo): la sua percentuale può cambiare molto.',
  /** A day's hours leave out the website's ratings and the QR codes' votes, given at any hour (migrations 033 and 038). */
  hoursLeftOut: (web: number, qr: number) => {
    const n = web + qr;
    const parts = [
      web > 0 ? (web === 1 ? 'il giudizio dal sito web del comune' : `i ${web} giudizi dal sito web del comune`) : '',
      qr > 0 ? (qr === 1 ? 'il giudizio da un codice QR' : `i ${qr} giudizi dai codici QR`) : '',
    ].filter(Boolean);
    return `Senza ${parts.join(' e ')}, ${n === 1 ? 'dato' : 'dati'} a qualunque ora dal proprio cellulare o computer: gli orari dell’ufficio non ${n === 1 ? 'lo' : 'li'} riguardano. ${n === 1 ? 'È contato' : 'Sono contati'} nel resto del report.`;
  },
} as const;
