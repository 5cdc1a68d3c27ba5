// The words of the heatmap: weekdays, hours, open and closed, votes outside opening hours.
import type { Heatmap } from '../../server/contract/report';
import { formatNumber } from './format';

const WEEKDAYS = [
  { short: 'Lun', long: 'lunedì' },
  { short: 'Mar', long: 'martedì' },
  { short: 'Mer', long: 'mercoledì' },
  { short: 'Gio', long: 'giovedì' },
  { short: 'Ven', long: 'venerdì' },
  { short: 'Sab', long: 'sabato' },
  { short: 'Dom', long: 'domenica' },
] as const;

const votes = (n: number) => (n === 1 ? '1 giudizio' : `${formatNumber(n)} giudizi`);
const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

export const H = {
  title: 'Quando: giorno della settimana e ora',
  show: 'Mostra nelle celle',
  votes: 'Giudizi',
  negativeShare: '% negativi',
  hour: 'Ora',
  weekdays: WEEKDAYS,
  timeZone: (zone: string) => `Ore nel fuso orario dell’ufficio (${zone}); ogni riga è un’ora, dalla prima all’ultima in cui l’ufficio è aperto o ha ricevuto giudizi.`,
  scrollLabel: 'Tabella per giorno e ora: scorre di lato',
  captionVotes: 'Giudizi per giorno della settimana e ora',
  captionNegative: 'Quota di giudizi negativi per giorno della settimana e ora',
  closed: '(chiuso)',
  legendOpen: 'bordo pieno: ufficio aperto',
  legendUnknown: 'orario di apertura non indicato',
  legendClosed: 'a righe: ufficio chiuso',
  legendAbsent: 'vuoto: giorno della settimana non compreso nel periodo',
  absent: 'non nel periodo',
  legendVotes: 'Più scuro: più giudizi. Le ore aperte senza giudizi mostrano 0.',
  legendNegative: 'Più scuro: più giudizi negativi in proporzione. Con pochi giudizi una percentuale cambia molto: il numero è nel suggerimento della cella.',
  cellTitle: (c: Heatmap['cells'][number], hoursKnown: boolean) =>
    `${WEEKDAYS[c.weekday]?.long ?? ''} ${hh(c.hour)}–${hh(c.hour + 1)}: ${votes(c.votes)}${c.votes > 0 ? `, ${formatNumber(c.negative)} negativi` : ''}${hoursKnown && !c.open ? ' (chiuso)' : ''}`,
  /** The website's ratings and the QR codes' votes: cast on the citizen's own device, the office's hours do not apply to them (docs/metrics.md). */
  notInHours: (web: number, qr: number) => {
    const n = web + qr;
    const parts = [
      web > 0 ? (web === 1 ? 'il giudizio dal sito web del comune' : `i ${votes(web)} dal sito web del comune`) : '',
      qr > 0 ? (qr === 1 ? 'il giudizio da un codice QR' : `i ${votes(qr)} dai codici QR`) : '',
    ].filter(Boolean);
    const who = parts.join(' e ');
    return `${who.charAt(0).toUpperCase()}${who.slice(1)} non ${n === 1 ? 'è' : 'sono'} nella mappa né fuori orario: si vota dal proprio cellulare o computer, a qualunque ora e in qualunque giorno, e l’orario dell’ufficio non ${n === 1 ? 'lo' : 'li'} riguarda. ${n === 1 ? 'È contato' : 'Sono contati'} in tutto il resto del report.`;
  },
  outsideTitle: 'Fuori dall’orario di apertura',
  outsideVotes: votes,
  outsideNegative: (n: number) => (n === 1 ? '1 negativo' : `${formatNumber(n)} negativi`),
  onHolidays: (n: number) => `di cui ${votes(n)} in giorni di chiusura`,
  outsideWhich: 'Contano i giudizi dati durante il servizio: terminali, totem e chiamate (canale Telefono). Non quelli dal sito web e dai codici QR.',
  hoursUnknown: 'L’orario di apertura dell’ufficio non è indicato: fuori orario contano soltanto i giorni di chiusura. Si può indicare nella pagina Uffici.',
} as const;
